package org.rightsarchive.index.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;
import org.rightsarchive.index.Schema;

/**
 * Streams captures into a Solr collection: extraction and annotation on the indexer's worker threads (the same
 * documents as the embedded index), sent in batches. A batch that fails for the cluster's sake (a node restarting, a
 * timeout) is retried with growing pauses; a batch Solr rejects is sent again one document at a time, so one bad
 * document is reported as failed and the rest are indexed. One commit at the end makes the run visible.
 */
public final class SolrIndexer {
    /** Documents per update request. */
    public static final int DEFAULT_BATCH = 200;

    private final ArchiveIndexer indexer;
    private final int threads;
    private final int batchSize;
    private final Retry retry;

    /** How often and how patiently a failing request is tried again. */
    public record Retry(int attempts, Duration firstPause) {
        /** Four attempts, pausing 0.5, 1 and 2 s. */
        public static final Retry DEFAULT = new Retry(4, Duration.ofMillis(500));

        public Retry {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
            }
        }
    }

    public SolrIndexer(ArchiveIndexer indexer, int threads, int batchSize, Retry retry) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be >= 1");
        }
        this.indexer = indexer;
        this.threads = threads;
        this.batchSize = batchSize;
        this.retry = retry;
    }

    /** Indexes every capture into {@code collection} and commits. */
    public IndexSummary index(
            List<Capture> captures, SolrClient client, String collection, ArchiveIndexer.Progress progress)
            throws IOException {
        long start = System.nanoTime();
        List<IndexSummary.Problem> skipped = Collections.synchronizedList(new ArrayList<>());
        List<IndexSummary.Problem> failed = new ArrayList<>();
        int indexed = 0;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, ArchiveIndexer.namedThreads("solr-indexer"));
        try {
            // Bounded look-ahead: at most a few batches are extracted ahead of what Solr has taken.
            int window = batchSize * 2;
            for (int from = 0; from < captures.size(); from += window) {
                List<Capture> slice = captures.subList(from, Math.min(captures.size(), from + window));
                List<Future<Document>> futures = new ArrayList<>();
                for (Capture c : slice) {
                    futures.add(pool.submit(() -> indexer.process(c, skipped)));
                }
                List<Pending> batch = new ArrayList<>();
                for (int i = 0; i < slice.size(); i++) {
                    Capture capture = slice.get(i);
                    try {
                        Document doc = futures.get(i).get();
                        if (doc != null) {
                            batch.add(new Pending(capture.source(), SolrDocuments.from(doc)));
                        }
                    } catch (ExecutionException e) {
                        failed.add(new IndexSummary.Problem(capture.source(), describe(e.getCause())));
                    }
                    progress.update(++done, captures.size());
                    if (batch.size() >= batchSize) {
                        indexed += send(batch, client, collection, failed);
                        batch.clear();
                    }
                }
                indexed += send(batch, client, collection, failed);
            }
            withRetry(() -> client.commit(collection), "commit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing into Solr interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new IndexSummary(indexed, skipped, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Pending(String source, SolrInputDocument doc) {}

    /** Sends one batch; returns how many documents Solr took. */
    private int send(List<Pending> batch, SolrClient client, String collection, List<IndexSummary.Problem> failed)
            throws IOException, InterruptedException {
        if (batch.isEmpty()) {
            return 0;
        }
        List<SolrInputDocument> docs = batch.stream().map(Pending::doc).toList();
        try {
            withRetry(() -> client.add(collection, docs), "batch of " + docs.size());
            return docs.size();
        } catch (Rejected e) {
            int taken = 0;
            for (Pending p : batch) {
                try {
                    withRetry(
                            () -> client.add(collection, p.doc()),
                            "document " + p.doc().getFieldValue(Schema.ID));
                    taken++;
                } catch (Rejected one) {
                    failed.add(new IndexSummary.Problem(p.source(), "Solr rejected the document: " + one.getMessage()));
                }
            }
            return taken;
        }
    }

    @FunctionalInterface
    private interface Request {
        void run() throws SolrServerException, IOException;
    }

    /** Solr refused the request itself (HTTP 4xx): sending it again cannot help. */
    private static final class Rejected extends IOException {
        private static final long serialVersionUID = 1L;

        Rejected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void withRetry(Request request, String what) throws IOException, InterruptedException {
        Duration pause = retry.firstPause();
        for (int attempt = 1; ; attempt++) {
            try {
                request.run();
                return;
            } catch (SolrException e) {
                if (e.code() >= 400 && e.code() < 500) {
                    throw new Rejected(e.getMessage(), e);
                }
                if (attempt >= retry.attempts()) {
                    throw new IOException(what + " failed after " + attempt + " attempts: " + e.getMessage(), e);
                }
            } catch (SolrServerException | IOException | RuntimeException e) {
                if (attempt >= retry.attempts()) {
                    throw new IOException(what + " failed after " + attempt + " attempts: " + describe(e), e);
                }
            }
            Thread.sleep(pause.toMillis());
            pause = pause.multipliedBy(2);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
