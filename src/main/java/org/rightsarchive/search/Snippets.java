package org.rightsarchive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>The body is stored once but indexed three ways; the passage is found by re-analyzing it as the field that fits
 * the page's language: Chinese bigrams for Chinese pages (Traditional folded, so a Traditional query marks
 * Simplified text and the other way round), English analysis for the others.
 */
final class Snippets {
    static final String MARK_OPEN = "<mark>";
    static final String MARK_CLOSE = "</mark>";
    private static final int PASSAGE_CHARS = 220;
    private static final int MAX_ANALYZED_CHARS = 50_000;
    // Not BODY_ZH: re-running smartcn's segmenter over every hit costs more than the bigrams, which mark the same text.
    private static final Set<String> BODY_FIELDS = Set.of(Schema.BODY_EN, Schema.BODY_CJK);
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
                .withMaxNoHighlightPassages(1)
                // A word of the query marks the body whichever field it matched in: the body is indexed three ways.
                .withFieldMatcher(Schema.TEXT_FIELDS::contains));
        String[] out = new String[docIds.length];
        highlightGroup(highlighter, query, docIds, languages, true, out);
        highlightGroup(highlighter, query, docIds, languages, false, out);
        return java.util.Arrays.stream(out).map(x -> x == null ? "" : x.strip()).toList();
    }

    /**
     * Highlights the Chinese (or the other) documents through the one field whose analysis fits their language:
     * analyzing each body once instead of once per field halves the cost of a page of hits.
     */
    private static void highlightGroup(
            UnifiedHighlighter highlighter,
            Query query,
            int[] docIds,
            List<String> languages,
            boolean chinese,
            String[] out)
            throws IOException {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            if (languages.get(i).startsWith("zh") == chinese) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return;
        }
        // The highlighter wants ascending doc ids; it answers in the order given.
        positions.sort(java.util.Comparator.comparingInt(i -> docIds[i]));
        int[] group = positions.stream().mapToInt(i -> docIds[i]).toArray();
        String field = chinese ? Schema.BODY_CJK : Schema.BODY_EN;
        String[] snippets = highlighter
                .highlightFields(new String[] {field}, query, group, new int[] {1})
                .get(field);
        for (int k = 0; k < group.length; k++) {
            out[positions.get(k)] = snippets[k];
        }
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
