package org.rightsarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.index.ArchiveIndexer;

/**
 * The indexing baseline: each capture's raw bytes decoded and indexed as one {@link TextField} with Lucene's
 * {@link StandardAnalyzer}, no parsing, extraction or annotation, on the same number of threads and with the same RAM
 * buffer as the archive's own writer. What the pipeline costs beyond this is the price of its features.
 */
final class BareLuceneIndexer implements AutoCloseable {
    static final String FIELD = "text";

    private final IndexWriter writer;
    private final ExecutorService pool;

    BareLuceneIndexer(Directory dir, int threads) throws IOException {
        this.writer = new IndexWriter(dir, config());
        this.pool = Executors.newFixedThreadPool(threads, ArchiveIndexer.namedThreads("bench-bare-lucene"));
    }

    /** The baseline's document of a capture: the raw HTML as one analyzed field, nothing else. */
    static Document document(Capture capture) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, new String(capture.body(), StandardCharsets.UTF_8), Field.Store.NO));
        return doc;
    }

    /** A writer configured as the baseline's. */
    static IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    /** Indexes a batch and waits for it. */
    void add(List<Capture> captures) throws IOException {
        List<Future<?>> futures = new ArrayList<>(captures.size());
        for (Capture capture : captures) {
            futures.add(pool.submit(() -> {
                writer.addDocument(document(capture));
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("baseline indexing interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("baseline indexing failed", e.getCause());
        }
    }

    void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        writer.close();
    }
}
