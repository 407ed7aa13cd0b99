package org.rightsarchive.index.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * Streams captures into a Solr collection: extraction, duplicate folding and annotation by the embedded index's own
 * {@link ArchiveIndexer} (so both backends hold the same documents), sent in batches. A batch that fails for the cluster's sake (a node restarting, a
 * timeout) is retried with growing pauses; a batch Solr rejects is sent again one document at a time, so one bad
 * document is reported as failed and the rest are indexed. One commit at the end makes the run visible.
 */
public final class SolrIndexer {
    /** Documents per update request. */
    public static final int DEFAULT_BATCH = 200;

    private final ArchiveIndexer indexer;
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

    /**
     * @param indexer extracts, folds duplicates, annotates and builds the documents, on its own worker threads
     * @param batchSize documents per update request
     * @param retry how failing requests are retried
     */
    public SolrIndexer(ArchiveIndexer indexer, int batchSize, Retry retry) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1: " + batchSize);
        }
        this.indexer = indexer;
        this.batchSize = batchSize;
        this.retry = retry;
    }

    /** Indexes every capture into {@code collection} and commits. */
    public IndexSummary index(
            List<Capture> captures, SolrClient client, String collection, ArchiveIndexer.Progress progress)
            throws IOException {
        long start = System.nanoTime();
        Batcher batcher = new Batcher(client, collection);
        IndexSummary extracted = indexer.add(captures, batcher, progress);
        try {
            batcher.flush();
            if (batcher.fatal != null) {
                throw new IOException("Solr stopped taking documents: " + batcher.fatal.getMessage(), batcher.fatal);
            }
            withRetry(() -> client.commit(collection), "commit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing into Solr interrupted", e);
        }
        List<IndexSummary.Problem> failed = new ArrayList<>(extracted.failed());
        failed.addAll(batcher.rejected);
        return new IndexSummary(
                extracted.indexed() - batcher.rejected.size(),
                extracted.skipped(),
                failed,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Collects documents from the indexer's workers into batches and sends each full batch; a worker whose document
     * fills a batch sends it, so at most one batch waits in memory and Solr's pace holds the workers back.
     */
    private final class Batcher implements ArchiveIndexer.DocumentSink {
        private final SolrClient client;
        private final String collection;
        private final List<Pending> batch = new ArrayList<>();
        final List<IndexSummary.Problem> rejected = Collections.synchronizedList(new ArrayList<>());
        /** Why a batch could not be sent even after retries; the run as a whole fails then. */
        volatile IOException fatal;

        Batcher(SolrClient client, String collection) {
            this.client = client;
            this.collection = collection;
        }

        @Override
        public synchronized void accept(Document doc) throws IOException {
            batch.add(new Pending(doc.get(Schema.SOURCE), SolrDocuments.from(doc)));
            if (batch.size() >= batchSize) {
                try {
                    flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("indexing into Solr interrupted", e);
                }
            }
        }

        synchronized void flush() throws IOException, InterruptedException {
            if (fatal != null) {
                throw fatal;
            }
            List<Pending> sending = List.copyOf(batch);
            batch.clear();
            try {
                send(sending, client, collection, rejected);
            } catch (IOException e) {
                fatal = e;
                throw e;
            }
        }
    }

    private record Pending(String source, SolrInputDocument doc) {}

    /** Sends one batch; a document Solr rejects is reported in {@code rejected} and the others are sent. */
    private void send(List<Pending> batch, SolrClient client, String collection, List<IndexSummary.Problem> rejected)
            throws IOException, InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        List<SolrInputDocument> docs = batch.stream().map(Pending::doc).toList();
        try {
            withRetry(() -> client.add(collection, docs), "batch of " + docs.size());
        } catch (Rejected e) {
            for (Pending p : batch) {
                try {
                    withRetry(
                            () -> client.add(collection, p.doc()),
                            "document " + p.doc().getFieldValue(Schema.ID));
                } catch (Rejected one) {
                    rejected.add(
                            new IndexSummary.Problem(p.source(), "Solr rejected the document: " + one.getMessage()));
                }
            }
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
