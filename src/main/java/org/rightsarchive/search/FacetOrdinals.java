package org.rightsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Facet counting over the index's facet doc values, with what costs most in Lucene's own counter computed once per
 * reader: each segment's ordinals as an array of the index's ordinals, and the label of every ordinal.
 *
 * <p>Lucene maps each value of each counted document through a compressed ordinal map; in an index of a dozen
 * segments that lookup was half of the time of a search that counts facets. Plain arrays cost about 4 bytes per
 * value per segment and 40 per distinct value (6 MB at a million pages), paid when a reader opens.
 *
 * <p>Thread-safe: counts go into an array of the caller's.
 */
final class FacetOrdinals {
    private final SortedSetDocValuesReaderState state;
    private final int[][] globalBySegment;
    private final String[] labels;
    private final Map<String, int[]> rangeByDimension = new HashMap<>();

    FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        IndexReader reader = state.getReader();
        SortedSetDocValues all = state.getDocValues();
        List<LeafReaderContext> leaves = reader.leaves();
        globalBySegment = new int[leaves.size()][];
        if (all instanceof MultiDocValues.MultiSortedSetDocValues multi) {
            for (int seg = 0; seg < leaves.size(); seg++) {
                SortedSetDocValues dv = leaves.get(seg).reader().getSortedSetDocValues(state.getField());
                int segOrds = dv == null ? 0 : Math.toIntExact(dv.getValueCount());
                LongValues global = multi.mapping.getGlobalOrds(seg);
                int[] map = new int[segOrds];
                for (int ord = 0; ord < segOrds; ord++) {
                    map[ord] = Math.toIntExact(global.get(ord));
                }
                globalBySegment[seg] = map;
            }
        }
        labels = new String[state.getSize()];
        for (int ord = 0; ord < labels.length; ord++) {
            String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
            labels[ord] = path.length == 2 ? path[1] : null;
        }
        for (String dim : state.getDims()) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            rangeByDimension.put(dim, new int[] {range.start(), range.end()});
        }
    }

    /** How many of {@code hits} have each ordinal. */
    int[] count(FacetsCollector hits) throws IOException {
        int[] counts = new int[labels.length];
        for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
            if (segment.totalHits() == 0) {
                continue;
            }
            SortedSetDocValues dv = segment.context().reader().getSortedSetDocValues(state.getField());
            if (dv == null) {
                continue;
            }
            int[] global = globalBySegment[segment.context().ord];
            DocIdSetIterator docs = segment.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (dv.advanceExact(doc)) {
                    for (int i = dv.docValueCount(); i > 0; i--) {
                        int ord = (int) dv.nextOrd();
                        counts[global == null ? ord : global[ord]]++;
                    }
                }
            }
        }
        return counts;
    }

    /** How many live documents of the whole index have each ordinal. */
    int[] countAll() throws IOException {
        int[] counts = new int[labels.length];
        for (LeafReaderContext leaf : state.getReader().leaves()) {
            SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(state.getField());
            if (dv == null) {
                continue;
            }
            int[] global = globalBySegment[leaf.ord];
            var live = leaf.reader().getLiveDocs();
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                if (live == null || live.get(doc)) {
                    for (int i = dv.docValueCount(); i > 0; i--) {
                        int ord = (int) dv.nextOrd();
                        counts[global == null ? ord : global[ord]]++;
                    }
                }
            }
        }
        return counts;
    }

    /**
     * The {@code n} most frequent values of {@code dim} in {@code counts}, most frequent first (ties in value order),
     * each count multiplied by {@code scale} and rounded.
     */
    List<SearchResult.FacetCount> top(int[] counts, String dim, int n, double scale) {
        int[] range = rangeByDimension.get(dim);
        if (range == null) {
            return List.of();
        }
        // Least wanted at the head: the smaller count, or the later value of an equal count.
        PriorityQueue<int[]> best =
                new PriorityQueue<>((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
        for (int ord = range[0]; ord <= range[1]; ord++) {
            int count = counts[ord];
            if (count == 0) {
                continue;
            }
            if (best.size() < n) {
                best.add(new int[] {ord, count});
            } else if (count > best.peek()[1]) {
                best.poll();
                best.add(new int[] {ord, count});
            }
        }
        List<SearchResult.FacetCount> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int[] entry = best.poll();
            out.add(new SearchResult.FacetCount(labels[entry[0]], Math.round(entry[1] * scale)));
        }
        return out.reversed();
    }

    /** Every value of {@code dim} present in {@code counts}, in value order, scaled like {@link #top}. */
    List<SearchResult.FacetCount> all(int[] counts, String dim, double scale) {
        int[] range = rangeByDimension.get(dim);
        if (range == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> out = new ArrayList<>();
        for (int ord = range[0]; ord <= range[1]; ord++) {
            if (counts[ord] > 0) {
                out.add(new SearchResult.FacetCount(labels[ord], Math.round(counts[ord] * scale)));
            }
        }
        return out;
    }

    /** The values of every dimension, by dimension. */
    Map<String, List<String>> values() {
        Map<String, List<String>> out = new HashMap<>();
        rangeByDimension.forEach((dim, range) -> {
            List<String> values = new ArrayList<>();
            for (int ord = range[0]; ord <= range[1]; ord++) {
                if (labels[ord] != null) {
                    values.add(labels[ord]);
                }
            }
            out.put(dim, values);
        });
        return out;
    }
}
