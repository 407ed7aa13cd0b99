package org.rightsarchive.search;

import java.util.function.BinaryOperator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The user's query text as a Lucene query, parsed exactly as the embedded backend parses it ({@link
 * ArchiveQueryParser}). Other backends translate this query instead of parsing the text their own way, so every
 * backend understands a query alike.
 */
public final class UserQueries {
    private UserQueries() {}

    /**
     * Parses query text: empty text, {@code *} and {@code *:*} match everything; text with no searchable words
     * matches nothing.
     *
     * @param expander alternatives for terms and phrases
     * @param canonical maps (dimension, value as typed) to the value as indexed
     * @throws QuerySyntaxException if the text cannot be parsed (the message is for the user)
     */
    public static Query parse(String text, QueryExpander expander, BinaryOperator<String> canonical) {
        if (text.isEmpty() || text.equals("*") || text.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        Query parsed = new ArchiveQueryParser(expander, canonical).parseUserQuery(text);
        return parsed == null ? new MatchNoDocsQuery("the query has no searchable words") : parsed;
    }
}
