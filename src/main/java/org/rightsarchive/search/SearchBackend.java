package org.rightsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the web layer, the export and the feeds need of a search engine. The embedded Lucene index is the default
 * implementation; a distributed engine may be another. Callers never learn which one answers.
 *
 * <p>Implementations are thread-safe, and keep answering while the index behind them is rebuilt.
 */
public interface SearchBackend extends Closeable {
    /**
     * Runs a search.
     *
     * @throws QuerySyntaxException if the query text cannot be parsed (the message says why, for the user)
     */
    SearchResult search(SearchRequest request) throws IOException;

    /** The stored document with this id, if any. */
    Optional<StoredDocument> document(String id) throws IOException;

    /**
     * Streams every hit of the request, in its sort order, ignoring its page and size; for exports. Facets are not
     * computed.
     */
    void export(SearchRequest request, Consumer<SearchResult.Hit> sink) throws IOException;

    /**
     * The request with its filter values as the index spells them (a person's name is their id, 北京 is Beijing), so
     * that a caller can select what its filters select among a hit's annotations; the request itself by default.
     */
    default SearchRequest asIndexed(SearchRequest request) throws IOException {
        return request;
    }

    /** Number of documents searchable now. */
    long documentCount() throws IOException;

    /** The index generation answering now (changes when a rebuild is switched live). */
    long generation();

    /**
     * The Chinese names the archive's pages give a person, in Simplified characters, the most written first; empty
     * for a person named only in pinyin, or a backend that does not know.
     */
    default java.util.Set<String> chineseNamesOf(String personId) throws IOException {
        return java.util.Set.of();
    }
}
