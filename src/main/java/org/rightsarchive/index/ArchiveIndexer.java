package org.rightsarchive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
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
import org.rightsarchive.acquire.OnDemandCaptures;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.extract.DuplicateGroups;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;

/**
 * Batch indexer: extracts, annotates and indexes captures on a named pool of worker threads. One broken capture is
 * counted as failed with its reason and the batch goes on; error pages and empty pages are skipped.
 *
 * <p>Memory is bounded by {@link #pagesInMemory()}: a batch of at most that many captures is extracted once and its
 * pages are held until they are indexed; a larger batch (a whole archive, e.g. {@link
 * org.rightsarchive.acquire.OnDemandCaptures}) is indexed in two passes that hold only fingerprints between them.
 * The first pass extracts each capture and keeps what duplicate folding compares ({@link DuplicateGroups.Key}, about
 * 1.7 KB a page); the groups are formed over the whole batch; the second pass reads and extracts each canonical
 * capture again and indexes it. Each worker holds one capture at a time, so the heap needed grows with the
 * fingerprints, not with the pages; the price is a second read and extraction of every canonical page.
 */
public final class ArchiveIndexer {
    /** Default of {@link #pagesInMemory()}: about 100-200 MB of extracted pages of news size. */
    public static final int DEFAULT_PAGES_IN_MEMORY = 10_000;

    private final PageExtractor extractor;
    private final AnnotationPipeline annotator;
    private final DocumentMapper mapper = new DocumentMapper();
    private final CaptureScreen screen;
    private final int threads;
    private final int pagesInMemory;

    public ArchiveIndexer(PageExtractor extractor, AnnotationPipeline annotator, int threads) {
        this(extractor, annotator, threads, CaptureScreen.defaults());
    }

    /** An indexer that screens captures with the given limits before extracting them. */
    public ArchiveIndexer(PageExtractor extractor, AnnotationPipeline annotator, int threads, CaptureScreen screen) {
        this(extractor, annotator, threads, screen, DEFAULT_PAGES_IN_MEMORY);
    }

    /**
     * An indexer that holds at most {@code pagesInMemory} extracted pages at once.
     *
     * @param pagesInMemory batches larger than this are indexed in two passes (see the class comment)
     */
    public ArchiveIndexer(
            PageExtractor extractor,
            AnnotationPipeline annotator,
            int threads,
            CaptureScreen screen,
            int pagesInMemory) {
        this.screen = Objects.requireNonNull(screen, "screen");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        if (pagesInMemory < 1) {
            throw new IllegalArgumentException("pages in memory must be >= 1: " + pagesInMemory);
        }
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.threads = threads;
        this.pagesInMemory = pagesInMemory;
    }

    /** The most extracted pages this indexer holds at once; larger batches are indexed in two passes. */
    public int pagesInMemory() {
        return pagesInMemory;
    }

    /** Opens a writer configured for the archive schema, whose commits record this code's {@link PipelineVersion}. */
    public static IndexWriter openWriter(Directory dir, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ArchiveAnalyzers.perField());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(dir, config);
        PipelineVersion.recordIn(writer);
        return writer;
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
     * annotation and documents as {@link #add(List, IndexWriter, Progress)}. Duplicates fold across the whole list
     * whatever its size; a list larger than {@link #pagesInMemory()} is read twice (see the class comment).
     */
    public IndexSummary add(List<Capture> captures, DocumentSink sink, Progress progress) throws IOException {
        long start = System.nanoTime();
        Run run = new Run(captures.size(), progress);
        boolean keepPages = captures.size() <= pagesInMemory;
        ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads("archive-indexer"));
        try {
            List<Item> items = Collections.synchronizedList(new ArrayList<>());
            runInParts(pool, captures.size(), index -> {
                Item item = fingerprint(captures, index, keepPages, run);
                if (item != null) {
                    items.add(item);
                }
            });
            List<Item> ordered = new ArrayList<>(items);
            // Workers finish in any order; grouping breaks ties by input order, so restore it.
            ordered.sort(Comparator.comparingInt(Item::index));
            List<DuplicateGroups.Group<Item>> groups = new ArrayList<>(DuplicateGroups.groupByKey(ordered, Item::key));
            // Read the archive in its own order in the second pass too.
            groups.sort(Comparator.comparingInt(g -> g.canonical().index()));
            runInParts(pool, groups.size(), g -> index(captures, groups.get(g), sink, run));
        } finally {
            pool.shutdownNow();
        }
        return new IndexSummary(
                run.indexed.get(), run.skipped, run.failed, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Counts and problems of one {@link #add} call, shared by its workers. */
    private static final class Run {
        final List<IndexSummary.Problem> skipped = Collections.synchronizedList(new ArrayList<>());
        final List<IndexSummary.Problem> failed = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger indexed = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final int total;
        final Progress progress;

        Run(int total, Progress progress) {
            this.total = total;
            this.progress = progress;
        }

        void processed() {
            progress.update(done.incrementAndGet(), total);
        }
    }

    /**
     * One capture after the first pass: its position, what grouping compares and its content hash; the capture and
     * its page too while they may be held.
     */
    private record Item(
            int index,
            DuplicateGroups.Key key,
            String source,
            String contentHash,
            Capture capture,
            ExtractedPage page) {}

    /** Runs {@code task} for 0..count-1, submitting at most {@link #pagesInMemory} tasks at a time. */
    private void runInParts(ExecutorService pool, int count, IntConsumer task) throws IOException {
        for (int from = 0; from < count; from += pagesInMemory) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + pagesInMemory); i++) {
                int index = i;
                futures.add(pool.submit(() -> task.accept(index)));
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
    }

    /** First pass over one capture: the item to group, or {@code null} when it is skipped or fails. */
    private Item fingerprint(List<Capture> captures, int index, boolean keepPage, Run run) {
        Capture capture;
        try {
            capture = captures.get(index);
        } catch (OnDemandCaptures.UnreadableCaptureException e) {
            run.failed.add(new IndexSummary.Problem(e.source(), describe(e.getCause())));
            run.processed();
            return null;
        }
        try {
            ExtractedPage page = extract(capture, run.skipped);
            if (page == null) {
                run.processed();
                return null;
            }
            DuplicateGroups.Key key = DuplicateGroups.Key.of(page, DuplicateGroups.fingerprint(page));
            String hash = contentHash(capture);
            return keepPage
                    ? new Item(index, key, capture.source(), hash, capture, page)
                    : new Item(index, key, capture.source(), hash, null, null);
        } catch (RuntimeException | StackOverflowError e) {
            run.failed.add(new IndexSummary.Problem(capture.source(), describe(e)));
            run.processed();
            return null;
        }
    }

    /** Second pass over one group: indexes the canonical member, counts the others as its duplicates. */
    private void index(List<Capture> captures, DuplicateGroups.Group<Item> group, DocumentSink sink, Run run) {
        Item canonical = group.canonical();
        try {
            Capture capture = canonical.capture();
            ExtractedPage page = canonical.page();
            if (capture == null) {
                capture = captures.get(canonical.index());
                page = extractor.extract(capture);
            }
            String hash = canonical.capture() != null ? canonical.contentHash() : contentHash(capture);
            sink.accept(document(capture, hash, page, group.duplicates()));
            run.indexed.incrementAndGet();
        } catch (OnDemandCaptures.UnreadableCaptureException e) {
            run.failed.add(new IndexSummary.Problem(e.source(), describe(e.getCause())));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            run.failed.add(new IndexSummary.Problem(canonical.source(), describe(e)));
        }
        for (Item duplicate : group.duplicates()) {
            run.skipped.add(new IndexSummary.Problem(
                    duplicate.source(), "duplicate of " + canonical.key().url()));
            run.processed();
        }
        run.processed();
    }

    /** The page extracted from a capture, or {@code null} when the capture is skipped (with its reason). */
    private ExtractedPage extract(Capture capture, List<IndexSummary.Problem> skipped) {
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
        return page;
    }

    private Document document(Capture capture, String contentHash, ExtractedPage page, List<Item> duplicates)
            throws IOException {
        Annotations annotations = annotator.annotate(page);
        List<String> otherUrls =
                duplicates.stream().map(d -> d.key().url()).sorted().toList();
        ArchiveDocument doc = new ArchiveDocument(
                ArchiveDocument.idFor(page.url()), capture.source(), capture.fetchedAt(), page, annotations, otherUrls);
        Document lucene = mapper.toLucene(doc);
        lucene.add(new StringField(Schema.CONTENT_HASH, contentHash, Field.Store.YES));
        for (Item duplicate : duplicates) {
            String id = ArchiveDocument.idFor(duplicate.key().url());
            lucene.add(new StoredField(Schema.FOLDED, id + " " + duplicate.contentHash()));
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
