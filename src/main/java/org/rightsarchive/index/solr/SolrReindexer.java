package org.rightsarchive.index.solr;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;

/**
 * Zero-downtime rebuild on SolrCloud, the counterpart of the embedded index's generation switch: the captures go
 * into a new collection ({@link SolrCollections#stampedName}, built from the configset just uploaded), and only when it is
 * complete does the alias searches use move to it, in one step. Until then searches keep answering from the old
 * collection, which is then dropped (or kept, if asked). A failed run leaves the alias where it was and deletes the
 * half-built collection.
 */
public final class SolrReindexer {
    private final SolrClient client;
    private final SolrCollections collections;
    private final SolrIndexer indexer;
    private final Clock clock;

    public SolrReindexer(SolrClient client, SolrIndexer indexer, Clock clock) {
        this.client = client;
        this.collections = new SolrCollections(client);
        this.indexer = indexer;
        this.clock = clock;
    }

    /**
     * The layout of a new collection.
     *
     * @param shards number of shards
     * @param replicas replicas per shard
     * @param keepOld keep the collection the alias pointed to before, instead of deleting it
     */
    public record Layout(int shards, int replicas, boolean keepOld) {
        public Layout {
            if (shards < 1 || replicas < 1) {
                throw new IllegalArgumentException("shards and replicas must be >= 1");
            }
        }
    }

    /**
     * What a rebuild did.
     *
     * @param summary counts of the indexing run
     * @param collection the collection the alias now points to
     * @param previous the collection it pointed to before, if any
     */
    public record Result(IndexSummary summary, String collection, Optional<String> previous) {}

    /** Rebuilds the archive behind {@code alias} from all captures. */
    public Result rebuild(List<Capture> captures, String alias, Layout layout, ArchiveIndexer.Progress progress)
            throws IOException {
        if (collections.collections().contains(alias)) {
            throw new IOException("'" + alias + "' is a collection, not an alias: a zero-downtime rebuild swaps an"
                    + " alias; search through another name (an alias) or delete that collection first");
        }
        Optional<String> previous = collections.aliasTarget(alias);
        String next = SolrCollections.stampedName(alias, clock.instant());
        if (previous.filter(next::equals).isPresent()) {
            throw new IOException("a rebuild of " + alias + " started in the same millisecond: " + next);
        }
        collections.uploadConfigset(alias, SolrConfigset.generate());
        collections.create(next, alias, layout.shards(), layout.replicas());
        IndexSummary summary;
        try {
            summary = indexer.index(captures, client, next, progress);
        } catch (IOException | RuntimeException e) {
            try {
                collections.delete(next);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        collections.pointAlias(alias, next);
        if (previous.isPresent() && !layout.keepOld()) {
            collections.delete(previous.get());
        }
        return new Result(summary, next, previous);
    }
}
