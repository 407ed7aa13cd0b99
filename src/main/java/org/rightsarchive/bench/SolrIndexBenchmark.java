package org.rightsarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;
import org.rightsarchive.index.solr.SolrClients;
import org.rightsarchive.index.solr.SolrCollections;
import org.rightsarchive.index.solr.SolrConfigset;
import org.rightsarchive.index.solr.SolrIndexer;
import org.rightsarchive.index.solr.SolrTarget;

/**
 * {@code bench index --backend solr}: the synthetic pages through the project's own Solr indexing path
 * ({@link SolrIndexer}: the embedded pipeline's documents, converted and sent in batches) into a new collection
 * behind the alias {@link SolrTarget#collection()}, so {@code bench search --backend solr} can measure
 * {@link org.rightsarchive.search.solr.SolrSearchBackend} on the same documents as the embedded index. The pages go in
 * the batches {@link IndexBenchmark#ensureIndex} uses, so duplicate folding drops the same pages in both.
 */
public final class SolrIndexBenchmark {
    private SolrIndexBenchmark() {}

    /**
     * What to run.
     *
     * @param threads pipeline threads (extraction, annotation, document building)
     * @param shards shards of the new collection
     * @param replicas replicas per shard
     */
    public record Options(
            long docs, long seed, int threads, SolrTarget target, int shards, int replicas, String command) {
        public Options {
            if (docs < 1 || threads < 1 || shards < 1 || replicas < 1) {
                throw new IllegalArgumentException("docs, threads, shards and replicas must be positive");
            }
        }
    }

    /**
     * The result, as written to JSON.
     *
     * @param collection the collection the alias now points to
     * @param seconds wall time from the first page to the last commit (collection creation excluded)
     */
    public record Result(
            String benchmark,
            Machine machine,
            String command,
            long docs,
            long seed,
            long indexed,
            long skipped,
            long failed,
            String alias,
            String collection,
            int shards,
            int replicas,
            int threads,
            double seconds,
            double docsPerSecond) {}

    /** Creates the collection, indexes the pages into it, then points the alias at it (an existing alias moves). */
    public static Result run(Options o, PrintStream log) throws IOException {
        Machine machine = Machine.current();
        String alias = o.target().collection();
        try (CloudSolrClient client = SolrClients.cloud(o.target())) {
            SolrCollections admin = new SolrCollections(client);
            String collection =
                    SolrCollections.stampedName(alias, Clock.systemUTC().instant());
            admin.uploadConfigset(alias, SolrConfigset.generate());
            admin.create(collection, alias, o.shards(), o.replicas());
            log.printf(
                    Locale.ROOT,
                    "bench: indexing %,d pages into %s (%d shards x %d replicas)%n",
                    o.docs(),
                    collection,
                    o.shards(),
                    o.replicas());
            SyntheticArchive archive = new SyntheticArchive(o.seed());
            SolrIndexer indexer = new SolrIndexer(
                    new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), o.threads()),
                    SolrIndexer.DEFAULT_BATCH,
                    SolrIndexer.Retry.DEFAULT);
            long indexed = 0;
            long skipped = 0;
            long failed = 0;
            long start = System.nanoTime();
            for (long from = 0; from < o.docs(); from += IndexBenchmark.KEPT_INDEX_BATCH) {
                List<Capture> batch = archive.captures(from, Math.min(IndexBenchmark.KEPT_INDEX_BATCH, o.docs() - from))
                        .toList();
                IndexSummary s = indexer.index(batch, client, collection, ArchiveIndexer.Progress.NONE);
                indexed += s.indexed();
                skipped += s.skipped().size();
                failed += s.failed().size();
                if ((from / IndexBenchmark.KEPT_INDEX_BATCH) % 10 == 9) {
                    log.printf(Locale.ROOT, "bench: %,d pages sent%n", from + batch.size());
                }
            }
            double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1e3;
            admin.pointAlias(alias, collection);
            return new Result(
                    "solr-index",
                    machine,
                    o.command(),
                    o.docs(),
                    o.seed(),
                    indexed,
                    skipped,
                    failed,
                    alias,
                    collection,
                    o.shards(),
                    o.replicas(),
                    o.threads(),
                    seconds,
                    indexed / Math.max(1e-9, seconds));
        }
    }
}
