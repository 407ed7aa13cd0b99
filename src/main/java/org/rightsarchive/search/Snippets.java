package org.rightsarchive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.rightsarchive.index.ArchiveAnalyzers;
import org.rightsarchive.index.Schema;

/**
 * Picks the best passage of each hit's stored body and marks the query's matches in it, as safe HTML: every
 * character of the text is escaped and only {@code <mark>} elements are added.
 *
 * <p>The body is stored once but indexed three ways; the passage is found by re-analyzing it as the English field
 * and as the Chinese bigram field (Traditional folded, so a Traditional query marks Simplified text) and keeping the
 * version that marks something, preferring the one that fits the page's language.
 */
final class Snippets {
    static final String MARK_OPEN = "<mark>";
    static final String MARK_CLOSE = "</mark>";
    private static final int PASSAGE_CHARS = 220;
    private static final int MAX_ANALYZED_CHARS = 50_000;
    private static final String[] FIELDS = {Schema.BODY_EN, Schema.BODY_CJK, Schema.BODY_ZH};
    private static final Set<String> BODY_FIELDS = Set.of(FIELDS);
    private static final Analyzer ANALYZER = ArchiveAnalyzers.perField();

    private Snippets() {}

    /**
     * One snippet per document, in the order of {@code docIds}.
     *
     * @param languages language tag of each document, same order
     */
    static List<String> highlight(IndexSearcher searcher, Query query, int[] docIds, List<String> languages)
            throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = new StoredBodyHighlighter(UnifiedHighlighter.builder(searcher, ANALYZER)
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withMaxNoHighlightPassages(1));
        int[] passages = new int[FIELDS.length];
        java.util.Arrays.fill(passages, 1);
        Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, docIds, passages);
        List<String> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            boolean chinese = languages.get(i).startsWith("zh");
            String[] order = chinese
                    ? new String[] {Schema.BODY_CJK, Schema.BODY_ZH, Schema.BODY_EN}
                    : new String[] {Schema.BODY_EN, Schema.BODY_CJK, Schema.BODY_ZH};
            String chosen = null;
            for (String field : order) {
                String s = byField.get(field)[i];
                if (s != null && s.contains(MARK_OPEN)) {
                    chosen = s;
                    break;
                }
                if (chosen == null) {
                    chosen = s;
                }
            }
            out.add(chosen == null ? "" : chosen.strip());
        }
        return out;
    }

    /** Highlights the analyzed body fields using the one stored copy of the body. */
    private static final class StoredBodyHighlighter extends UnifiedHighlighter {
        StoredBodyHighlighter(Builder builder) {
            super(builder);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheThreshold)
                throws IOException {
            var stored = searcher.storedFields();
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String body = stored.document(doc, Set.of(Schema.BODY)).get(Schema.BODY);
                CharSequence[] perField = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    perField[i] = BODY_FIELDS.contains(fields[i]) && body != null ? body : "";
                }
                values.add(perField);
            }
            return values;
        }
    }
}
