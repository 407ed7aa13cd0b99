package org.rightsarchive.search;

import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A filter matching one run of {@code block} consecutive document ids in every {@code every}: a fixed sample of the index
 * spread over all of it, that a query ANDed with it evaluates at about {@code 1/every} of its cost, because the
 * postings skip the runs left out.
 *
 * <p>It estimates what a query matching a large part of a large archive would count (its total and its facet
 * counts) without evaluating it on every page. Documents are numbered in the order they were indexed, so runs of
 * neighbours are taken throughout the index rather than one stretch of it; the run chosen within each group of
 * {@code every} is {@code offset}, so the same request samples the same documents.
 */
final class DocBlockSample extends Query {
    /** Document ids per run: a few of the postings format's blocks, so the postings skip a left-out run whole. */
    static final int BLOCK = 256;

    private final int block;
    private final int every;
    private final int offset;

    /**
     * @param block document ids per run
     * @param every one run in this many is taken (at least 2)
     * @param offset which run of each group, {@code 0 <= offset < every}
     */
    DocBlockSample(int block, int every, int offset) {
        if (block < 1) {
            throw new IllegalArgumentException("a run has at least one document: " + block);
        }
        if (every < 2) {
            throw new IllegalArgumentException("a sample takes one run in at least 2: " + every);
        }
        if (offset < 0 || offset >= every) {
            throw new IllegalArgumentException("offset must be in [0, " + every + "): " + offset);
        }
        this.block = block;
        this.every = every;
        this.offset = offset;
    }

    /** How many of the first {@code maxDoc} document ids the sample takes. */
    long sampledDocs(long maxDoc) {
        long sampled = 0;
        for (long start = (long) offset * block; start < maxDoc; start += (long) every * block) {
            sampled += Math.min(block, maxDoc - start);
        }
        return sampled;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                var iterator = new Runs(context.docBase, context.reader().maxDoc());
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The sampled ids of one segment, whose first document has global id {@code docBase}. */
    private final class Runs extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private int doc = -1;

        Runs(int docBase, int maxDoc) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (target >= maxDoc) {
                return doc = NO_MORE_DOCS;
            }
            long global = (long) docBase + target;
            long run = global / block;
            long skip = Math.floorMod(offset - run, (long) every);
            long next = skip == 0 ? global : (run + skip) * block;
            long local = next - docBase;
            return doc = local >= maxDoc ? NO_MORE_DOCS : (int) local;
        }

        @Override
        public long cost() {
            return Math.max(1, maxDoc / every);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "sample(1 run of " + block + " in " + every + ", run " + offset + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && ((DocBlockSample) other).block == block
                && ((DocBlockSample) other).every == every
                && ((DocBlockSample) other).offset == offset;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), block, every, offset);
    }
}
