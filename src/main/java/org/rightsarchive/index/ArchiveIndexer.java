package org.rightsarchive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.extract.DuplicateGroups;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.extract.TextFingerprints;

/**
 * Batch indexer: extracts, annotates and indexes captures on a named pool of worker threads. One broken capture is
 * counted as failed with its reason and the batch goes on; error pages and empty pages are skipped.
 */
public final class ArchiveIndexer {
    private final PageExtractor extractor;
    private final AnnotationPipeline annotator;
    private final DocumentMapper mapper = new DocumentMapper();
    private final CaptureScreen screen;
    private final int threads;

    public ArchiveIndexer(PageExtractor extractor, AnnotationPipeline annotator, int threads) {
        this(extractor, annotator, threads, CaptureScreen.defaults());
    }

    /** An indexer that screens captures with the given limits before extracting them. */
    public ArchiveIndexer(PageExtractor extractor, AnnotationPipeline annotator, int threads, CaptureScreen screen) {
        this.screen = java.util.Objects.requireNonNull(screen, "screen");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.extractor = extractor;
        this.annotator = annotator;
        this.threads = threads;
    }

    /** Opens a writer configured for the archive schema. */
    public static IndexWriter openWriter(Directory dir, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ArchiveAnalyzers.perField());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return new IndexWriter(dir, config);
    }

    /** Replaces whatever is in {@code indexDir} with the given captures. */
    public IndexSummary rebuild(List<Capture> captures, Path indexDir, Progress progress) throws IOException {
        try (Directory dir = FSDirectory.open(indexDir);
                IndexWriter writer = openWriter(dir, IndexWriterConfig.OpenMode.CREATE)) {
            IndexSummary summary = add(captures, writer, progress);
            writer.commit();
            return summary;
        }
    }

    /**
     * Processes captures into an open writer (documents are updated by id); the caller commits. Captures are
     * extracted first; exact and near duplicates among them are then folded into one canonical document that lists
     * the other URLs ({@link ArchiveDocument#otherUrls()}), and only canonical documents are annotated and indexed.
     */
    public IndexSummary add(List<Capture> captures, IndexWriter writer, Progress progress) throws IOException {
        return add(captures, doc -> writer.updateDocument(new Term(Schema.ID, doc.get(Schema.ID)), doc), progress);
    }

    /** Where finished documents go; called from the worker threads, so implementations are thread-safe. */
    @FunctionalInterface
    public interface DocumentSink {
        /** Takes one document; an exception counts the document's capture as failed. */
        void accept(Document doc) throws IOException;
    }

    /**
     * Processes captures into any sink (another backend's writer), with the same extraction, duplicate folding,
     * annotation and documents as {@link #add(List, IndexWriter, Progress)}.
     */
    public IndexSummary add(List<Capture> captures, DocumentSink sink, Progress progress) throws IOException {
        long start = System.nanoTime();
        List<IndexSummary.Problem> skipped = Collections.synchronizedList(new ArrayList<>());
        List<IndexSummary.Problem> failed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Extracted> extracted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads("archive-indexer"));
        try {
            runAll(pool, captures, capture -> {
                try {
                    Extracted e = extract(capture, skipped);
                    if (e != null) {
                        extracted.add(e);
                    } else {
                        progress.update(done.incrementAndGet(), captures.size());
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    failed.add(new IndexSummary.Problem(capture.source(), describe(e)));
                    progress.update(done.incrementAndGet(), captures.size());
                }
            });
            List<DuplicateGroups.Group<Extracted>> groups =
                    DuplicateGroups.group(List.copyOf(extracted), Extracted::page, Extracted::fingerprint);
            runAll(pool, groups, group -> {
                Extracted canonical = group.canonical();
                try {
                    Document doc = index(canonical, group.duplicates());
                    sink.accept(doc);
                    indexed.incrementAndGet();
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    failed.add(new IndexSummary.Problem(canonical.capture().source(), describe(e)));
                }
                for (Extracted duplicate : group.duplicates()) {
                    skipped.add(new IndexSummary.Problem(
                            duplicate.capture().source(),
                            "duplicate of " + canonical.page().url()));
                    progress.update(done.incrementAndGet(), captures.size());
                }
                progress.update(done.incrementAndGet(), captures.size());
            });
        } finally {
            pool.shutdownNow();
        }
        return new IndexSummary(indexed.get(), skipped, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    private static <T> void runAll(ExecutorService pool, List<T> items, java.util.function.Consumer<T> task)
            throws IOException {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> task.accept(item)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("indexing worker died", e.getCause());
        }
    }

    /** A capture and what extraction kept of it. */
    private record Extracted(Capture capture, ExtractedPage page, TextFingerprints.Fingerprint fingerprint) {}

    private Extracted extract(Capture capture, List<IndexSummary.Problem> skipped) {
        if (!capture.isSuccess()) {
            skipped.add(new IndexSummary.Problem(capture.source(), "HTTP status " + capture.status()));
            return null;
        }
        var rejected = screen.rejectReason(capture);
        if (rejected.isPresent()) {
            skipped.add(new IndexSummary.Problem(capture.source(), rejected.get()));
            return null;
        }
        ExtractedPage page = extractor.extract(capture);
        if (page.paragraphs().isEmpty()) {
            skipped.add(new IndexSummary.Problem(capture.source(), "no main text"));
            return null;
        }
        return new Extracted(capture, page, DuplicateGroups.fingerprint(page));
    }

    private Document index(Extracted canonical, List<Extracted> duplicates) throws IOException {
        Capture capture = canonical.capture();
        ExtractedPage page = canonical.page();
        Annotations annotations = annotator.annotate(page);
        List<String> otherUrls =
                duplicates.stream().map(d -> d.page().url()).sorted().toList();
        ArchiveDocument doc = new ArchiveDocument(
                ArchiveDocument.idFor(page.url()), capture.source(), capture.fetchedAt(), page, annotations, otherUrls);
        Document lucene = mapper.toLucene(doc);
        lucene.add(new StringField(Schema.CONTENT_HASH, contentHash(capture), Field.Store.YES));
        for (Extracted duplicate : duplicates) {
            String id = ArchiveDocument.idFor(duplicate.page().url());
            lucene.add(new StoredField(Schema.FOLDED, id + " " + contentHash(duplicate.capture())));
        }
        return lucene;
    }

    /** The hash an incremental reindex compares: status and bytes of the capture. */
    public static String contentHash(Capture capture) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Integer.toString(capture.status()).getBytes(StandardCharsets.US_ASCII));
            sha.update(capture.body());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Told after each capture is processed; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        /** Silence. */
        Progress NONE = (done, total) -> {};

        void update(int done, int total);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** A thread factory whose threads carry a name prefix and a counter, so thread dumps say who they are. */
    public static ThreadFactory namedThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
