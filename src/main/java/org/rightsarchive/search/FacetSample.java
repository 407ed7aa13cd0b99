package org.rightsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * A uniform random sample of the documents a query matched, for counting the facets of a large result set. Counting
 * costs a read of every facet value of every document counted (about 15 a page here), so a query matching a
 * fifth of a million-page archive would spend most of its time counting; a sample of a fixed size bounds that cost,
 * and its counts scaled by {@link #scale()} estimate the exact ones within a few percent for any value common enough
 * to be among the top ones.
 *
 * <p>The sample takes one document from each run of {@code total / size} consecutive matches, at a random place in
 * the run, so it spreads over the whole index. The same seed gives the same sample, so the same request shows the
 * same counts each time.
 */
final class FacetSample {
    private final FacetsCollector hits;
    private final double scale;

    private FacetSample(FacetsCollector hits, double scale) {
        this.hits = hits;
        this.scale = scale;
    }

    /**
     * At most {@code size} of the matches of {@code all}; all of them (and scale 1) when there are no more than
     * {@code size}.
     */
    static FacetSample of(FacetsCollector all, int size, long seed) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("sample size must be at least 1: " + size);
        }
        long total = totalHits(all);
        if (total <= size) {
            return new FacetSample(all, 1);
        }
        double run = (double) total / size;
        SplittableRandom random = new SplittableRandom(seed);
        List<FacetsCollector.MatchingDocs> sampled = new ArrayList<>();
        long position = 0;
        long runIndex = 0;
        long next = pick(runIndex, run, random);
        long kept = 0;
        for (FacetsCollector.MatchingDocs segment : all.getMatchingDocs()) {
            FixedBitSet bits = new FixedBitSet(segment.context().reader().maxDoc());
            int keptHere = 0;
            DocIdSetIterator it =
                    segment.totalHits() == 0 ? null : segment.bits().iterator();
            if (it != null) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc(), position++) {
                    if (position == next) {
                        bits.set(doc);
                        keptHere++;
                        next = pick(++runIndex, run, random);
                    }
                }
            }
            kept += keptHere;
            sampled.add(new FacetsCollector.MatchingDocs(
                    segment.context(), new BitDocIdSet(bits, keptHere), keptHere, null));
        }
        return new FacetSample(new SampledCollector(sampled), (double) total / kept);
    }

    /** The position of the document taken from run {@code index}. */
    private static long pick(long index, double run, SplittableRandom random) {
        long start = (long) Math.ceil(index * run);
        long end = Math.max(start + 1, (long) Math.ceil((index + 1) * run));
        return start + random.nextLong(end - start);
    }

    private static long totalHits(FacetsCollector collector) {
        return collector.getMatchingDocs().stream()
                .mapToLong(FacetsCollector.MatchingDocs::totalHits)
                .sum();
    }

    /** The documents to count. */
    FacetsCollector hits() {
        return hits;
    }

    /** What a count over the sample is multiplied by to estimate the count over every match; 1 when exact. */
    double scale() {
        return scale;
    }

    /** Whether the counts are estimates. */
    boolean estimated() {
        return scale != 1;
    }

    /** A collector that has already collected: it only hands over the sampled documents. */
    private static final class SampledCollector extends FacetsCollector {
        private final List<MatchingDocs> docs;

        SampledCollector(List<MatchingDocs> docs) {
            this.docs = List.copyOf(docs);
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }
}
