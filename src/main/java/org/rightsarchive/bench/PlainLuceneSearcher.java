package org.rightsarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.rightsarchive.index.ArchiveAnalyzers;
import org.rightsarchive.index.Schema;
import org.rightsarchive.lang.ChineseScript;
import org.rightsarchive.search.SearchRequest;

/**
 * The search baseline: the same requests as plain Lucene over the same index, the way one would write them by hand.
 * The text is analyzed once for one body field (English, or Chinese bigrams when it has Han characters) into a
 * {@link BooleanQuery} of required {@link TermQuery}s, filters are required terms and a point range, and only the
 * top ten doc ids come back: no query parsing over many fields, no facets, no stored fields, no snippets.
 */
final class PlainLuceneSearcher implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer english = ArchiveAnalyzers.english();
    private final Analyzer bigrams = ArchiveAnalyzers.chineseBigrams();

    PlainLuceneSearcher(Path indexDir) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(indexDir));
        this.searcher = new IndexSearcher(reader);
    }

    /** Runs the request and returns the total hit count (a lower bound past Lucene's counting threshold). */
    long search(SearchRequest request) throws IOException {
        return searcher.search(toQuery(request), 10).totalHits.value();
    }

    Query toQuery(SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String text = request.query().replace("\"", " ").strip();
        boolean chinese = ChineseScript.hanCount(text) > 0;
        List<String> terms = terms(chinese ? bigrams : english, chinese ? Schema.BODY_CJK : Schema.BODY_EN, text);
        for (String term : terms) {
            b.add(new TermQuery(new Term(chinese ? Schema.BODY_CJK : Schema.BODY_EN, term)), BooleanClause.Occur.MUST);
        }
        if (terms.isEmpty()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        request.filters().forEach((dim, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String value : values) {
                any.add(
                        new TermQuery(new Term(dim.equals("lang") ? Schema.LANGUAGE : dim, value)),
                        BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        });
        if (request.publishedFrom() != null || request.publishedTo() != null) {
            long from = request.publishedFrom() == null
                    ? Long.MIN_VALUE
                    : request.publishedFrom().toEpochDay();
            long to = request.publishedTo() == null
                    ? Long.MAX_VALUE
                    : request.publishedTo().toEpochDay();
            b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a string cannot fail", e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        english.close();
        bigrams.close();
        reader.close();
    }
}
