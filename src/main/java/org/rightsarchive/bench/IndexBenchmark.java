package org.rightsarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.DuplicateGroups;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.HtmlDecoding;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveDocument;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.CaptureScreen;
import org.rightsarchive.index.DocumentMapper;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.IndexSummary;

/**
 * {@code bench index}: the archive's full pipeline (parse, extract, annotate, tag, index) against bare Lucene on the
 * same synthetic pages in the same run.
 *
 * <p>Pages are generated batch by batch (generation is not timed); each batch goes through both indexers one after
 * the other, in alternating order, so both see the same noise of a shared machine and the ratio stays meaningful
 * when absolute figures do not. A warm-up on other pages of the archive comes first. The pipeline's index is kept in
 * the results directory, where {@code bench search} and {@code bench http} reuse it.
 */
public final class IndexBenchmark {
    /** Target: the pipeline at least a third of the speed of bare Lucene. */
    public static final double TARGET_RATIO = 1.0 / 3;

    private static final String META = "bench-meta.json";
    private static final int STAGE_SAMPLE = 1_000;

    private IndexBenchmark() {}

    /**
     * What to run.
     *
     * @param docs pages to index
     * @param seed generator seed
     * @param threads indexing threads, for both indexers
     * @param batch pages per batch
     * @param warmup pages indexed (by both) before measuring
     * @param command the command line, recorded with the results
     */
    public record Options(long docs, long seed, int threads, int batch, long warmup, String command) {
        public Options {
            if (docs < 1) {
                throw new IllegalArgumentException("--docs must be at least 1: " + docs);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1: " + threads);
            }
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be at least 1: " + batch);
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("warm-up must be >= 0: " + warmup);
            }
        }

        /** A warm-up of a tenth of the run, between 200 and 2,000 pages. */
        public static long defaultWarmup(long docs) {
            return Math.max(200, Math.min(2_000, docs / 10));
        }
    }

    /**
     * Figures of one indexer.
     *
     * @param indexed documents written
     * @param skipped pages deliberately left out, e.g. near duplicates folded into another (first reason in the notes)
     * @param failed pages that failed (with the first reason in the notes)
     * @param seconds time spent indexing, commit included, generation excluded
     * @param docsPerSecond pages per second
     * @param mbPerSecond megabytes (10^6 bytes) of raw HTML per second
     * @param indexBytes size of the committed index
     * @param indexToCorpus index size / raw HTML size
     * @param peakHeapBytes highest used heap sampled while this indexer ran (garbage included)
     */
    public record Side(
            long indexed,
            long skipped,
            long failed,
            double seconds,
            double docsPerSecond,
            double mbPerSecond,
            long indexBytes,
            double indexToCorpus,
            long peakHeapBytes) {}

    /**
     * Single-threaded cost of each pipeline stage per page, on a sample, in microseconds of the thread's CPU time
     * (what other processes on a shared machine take does not count). The pipeline's cost per page is about
     * {@code extract + fold + annotate + map + invert}, the baseline's {@code bareIndex}.
     *
     * @param parseMicros jsoup's parse of the decoded HTML alone: the part of {@code extract} no extraction avoids
     * @param foldMicros what duplicate folding needs of each page: the capture's screen and content hash, and the
     *     fingerprints of its text
     * @param mapMicros building the Lucene document of the page and its annotations
     * @param invertMicros adding that document to an in-memory index: the analysis of its text fields (English,
     *     smartcn words, CJK bigrams, names), postings, doc values, stored fields
     * @param bareAnalysisMicros StandardAnalyzer over the raw HTML: the baseline's main cost
     * @param bareIndexMicros adding the baseline's document (the raw HTML) to an in-memory index, analysis included
     */
    public record StageCosts(
            int sampleDocs,
            double parseMicros,
            double extractMicros,
            double foldMicros,
            double annotateMicros,
            double mapMicros,
            double invertMicros,
            double bareAnalysisMicros,
            double bareIndexMicros) {
        /**
         * The highest pipeline / bare-Lucene speed ratio possible with this schema: what it would be if extraction
         * and annotation cost nothing.
         */
        public double invertOnlyRatio() {
            return bareIndexMicros / Math.max(1e-9, invertMicros);
        }

        /**
         * The highest ratio possible with this extraction and schema if annotation cost nothing: what the stages
         * that every archive page must go through (parse and extract, fold duplicates, map, invert) leave.
         */
        public double withoutAnnotationRatio() {
            return bareIndexMicros / Math.max(1e-9, extractMicros + foldMicros + mapMicros + invertMicros);
        }
    }

    /**
     * The result, as written to JSON.
     *
     * @param speedRatio pipeline docs/s divided by bare-Lucene docs/s
     * @param sizeRatio pipeline index size divided by bare-Lucene index size
     * @param targetMet whether {@link #speedRatio} reaches {@link #TARGET_RATIO}
     */
    public record Result(
            String benchmark,
            Machine machine,
            String command,
            long docs,
            long seed,
            int threads,
            int batch,
            long warmupDocs,
            long corpusBytes,
            double generatorPagesPerSecond,
            Side pipeline,
            Side baseline,
            double speedRatio,
            double sizeRatio,
            boolean targetMet,
            StageCosts stages,
            long jvmPeakHeapBytes,
            String indexDir,
            List<String> notes) {}

    /** What the kept index holds, so later runs can tell whether it fits. */
    public record IndexMeta(long docs, long seed, int generatorVersion, long indexed) {}

    /** Runs the benchmark, keeping the pipeline's index under {@code files}. */
    public static Result run(Options o, BenchFiles files, PrintStream log) throws IOException {
        Machine machine = Machine.current();
        SyntheticArchive archive = new SyntheticArchive(o.seed());
        ArchiveIndexer pipeline = new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), o.threads());
        List<String> notes = new ArrayList<>();
        Files.createDirectories(files.root());
        warmUp(o, archive, pipeline, files, log);

        IndexStore store = new IndexStore(files.indexDir(o.docs(), o.seed()));
        Path bareDir =
                files.root().resolve("bare-lucene-" + ProcessHandle.current().pid());
        BenchFiles.delete(bareDir);
        long pipelineNanos = 0;
        long bareNanos = 0;
        long generationNanos = 0;
        long corpusBytes = 0;
        long indexed = 0;
        long failed = 0;
        long skipped = 0;
        String firstSkip = null;
        long pipelineIndexBytes;
        long bareIndexBytes;
        long publishedGeneration;
        try (HeapSampler heap = new HeapSampler()) {
            try (IndexStore.Build build = store.beginBuild()) {
                try (Directory dir = FSDirectory.open(build.directory());
                        IndexWriter writer = ArchiveIndexer.openWriter(dir, IndexWriterConfig.OpenMode.CREATE);
                        Directory bare = FSDirectory.open(bareDir);
                        BareLuceneIndexer baseline = new BareLuceneIndexer(bare, o.threads())) {
                    long reportEvery = Math.max(o.batch(), o.docs() / 10);
                    long nextReport = reportEvery;
                    for (long from = 0, round = 0; from < o.docs(); from += o.batch(), round++) {
                        long g = System.nanoTime();
                        List<Capture> batch = archive.captures(from, Math.min(o.batch(), o.docs() - from))
                                .toList();
                        generationNanos += System.nanoTime() - g;
                        for (Capture c : batch) {
                            corpusBytes += c.body().length;
                        }
                        // Alternate who goes first: the second one may find caches warm or the machine busier.
                        for (int turn = 0; turn < 2; turn++) {
                            if ((turn == 0) == (round % 2 == 0)) {
                                heap.phase(HeapSampler.Phase.PIPELINE);
                                long t = System.nanoTime();
                                IndexSummary s = pipeline.add(batch, writer, ArchiveIndexer.Progress.NONE);
                                pipelineNanos += System.nanoTime() - t;
                                indexed += s.indexed();
                                failed += s.failed().size();
                                skipped += s.skipped().size();
                                if (firstSkip == null && !s.skipped().isEmpty()) {
                                    var first = s.skipped().get(0);
                                    firstSkip = "first skipped: " + first.source() + ": " + first.reason();
                                }
                                if (!s.failed().isEmpty() && notes.isEmpty()) {
                                    var first = s.failed().get(0);
                                    notes.add("first failure: " + first.source() + ": " + first.reason());
                                }
                            } else {
                                heap.phase(HeapSampler.Phase.BASELINE);
                                long t = System.nanoTime();
                                baseline.add(batch);
                                bareNanos += System.nanoTime() - t;
                            }
                            heap.phase(HeapSampler.Phase.OTHER);
                        }
                        long done = from + batch.size();
                        if (done >= nextReport || done == o.docs()) {
                            nextReport += reportEvery;
                            log.printf(
                                    Locale.ROOT,
                                    "bench: %d/%d pages  pipeline %.0f docs/s  bare Lucene %.0f docs/s%n",
                                    done,
                                    o.docs(),
                                    done / seconds(pipelineNanos),
                                    done / seconds(bareNanos));
                        }
                    }
                    heap.phase(HeapSampler.Phase.PIPELINE);
                    long t = System.nanoTime();
                    writer.commit();
                    pipelineNanos += System.nanoTime() - t;
                    heap.phase(HeapSampler.Phase.BASELINE);
                    t = System.nanoTime();
                    baseline.commit();
                    bareNanos += System.nanoTime() - t;
                    heap.phase(HeapSampler.Phase.OTHER);
                }
                pipelineIndexBytes = BenchFiles.sizeOf(build.directory());
                bareIndexBytes = BenchFiles.sizeOf(bareDir);
                build.publish();
                publishedGeneration = build.generation();
            } finally {
                BenchFiles.delete(bareDir);
            }
            BenchFiles.writeTo(
                    store.root().resolve(META), new IndexMeta(o.docs(), o.seed(), AlertPageRenderer.VERSION, indexed));
            if (firstSkip != null) {
                notes.add(firstSkip);
            }
            Side pipelineSide = side(
                    indexed,
                    skipped,
                    failed,
                    pipelineNanos,
                    o.docs(),
                    corpusBytes,
                    pipelineIndexBytes,
                    heap.peak(HeapSampler.Phase.PIPELINE));
            Side bareSide = side(
                    o.docs(),
                    0,
                    0,
                    bareNanos,
                    o.docs(),
                    corpusBytes,
                    bareIndexBytes,
                    heap.peak(HeapSampler.Phase.BASELINE));
            double ratio = pipelineSide.docsPerSecond() / bareSide.docsPerSecond();
            notes.add("pipeline index is generation " + publishedGeneration + " of " + store.root());
            return new Result(
                    "index",
                    machine,
                    o.command(),
                    o.docs(),
                    o.seed(),
                    o.threads(),
                    o.batch(),
                    o.warmup(),
                    corpusBytes,
                    o.docs() / seconds(generationNanos),
                    pipelineSide,
                    bareSide,
                    ratio,
                    (double) pipelineIndexBytes / Math.max(1, bareIndexBytes),
                    ratio >= TARGET_RATIO,
                    stageCosts(archive, (int) Math.min(STAGE_SAMPLE, o.docs())),
                    HeapSampler.poolPeaks(),
                    store.root().toString(),
                    notes);
        }
    }

    /** Whether {@code dir} holds a complete bench index of these pages, from this generator. */
    public static boolean hasIndex(BenchFiles files, long docs, long seed) throws IOException {
        Path root = files.indexDir(docs, seed);
        Path meta = root.resolve(META);
        if (!Files.isRegularFile(meta) || new IndexStore(root).live().isEmpty()) {
            return false;
        }
        IndexMeta m = BenchFiles.read(meta, IndexMeta.class);
        return m.docs() == docs && m.seed() == seed && m.generatorVersion() == AlertPageRenderer.VERSION;
    }

    /** Pages per call of the pipeline when building a kept index (duplicates fold within one call). */
    static final int KEPT_INDEX_BATCH = 2_000;

    /** Builds the pipeline index of these pages (no baseline, no figures) unless a fitting one is kept. */
    public static Path ensureIndex(BenchFiles files, long docs, long seed, int threads, PrintStream log)
            throws IOException {
        IndexStore store = new IndexStore(files.indexDir(docs, seed));
        if (hasIndex(files, docs, seed)) {
            log.println("bench: reusing the index of " + docs + " pages at " + store.root());
            return store.live().orElseThrow();
        }
        log.println("bench: building an index of " + docs + " pages at " + store.root());
        SyntheticArchive archive = new SyntheticArchive(seed);
        ArchiveIndexer pipeline = new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), threads);
        long indexed = 0;
        try (IndexStore.Build build = store.beginBuild()) {
            try (Directory dir = FSDirectory.open(build.directory());
                    IndexWriter writer = ArchiveIndexer.openWriter(dir, IndexWriterConfig.OpenMode.CREATE)) {
                for (long from = 0; from < docs; from += KEPT_INDEX_BATCH) {
                    List<Capture> batch = archive.captures(from, Math.min(KEPT_INDEX_BATCH, docs - from))
                            .toList();
                    indexed += pipeline.add(batch, writer, ArchiveIndexer.Progress.NONE)
                            .indexed();
                }
                writer.commit();
            }
            build.publish();
        }
        BenchFiles.writeTo(store.root().resolve(META), new IndexMeta(docs, seed, AlertPageRenderer.VERSION, indexed));
        return store.live().orElseThrow();
    }

    private static void warmUp(
            Options o, SyntheticArchive archive, ArchiveIndexer pipeline, BenchFiles files, PrintStream log)
            throws IOException {
        if (o.warmup() == 0) {
            return;
        }
        log.printf("bench: warming up on %d other pages%n", o.warmup());
        Path dir = files.root().resolve("warmup-" + ProcessHandle.current().pid());
        try (Directory pipelineDir = FSDirectory.open(dir.resolve("pipeline"));
                IndexWriter writer = ArchiveIndexer.openWriter(pipelineDir, IndexWriterConfig.OpenMode.CREATE);
                Directory bareDir = FSDirectory.open(dir.resolve("bare"));
                BareLuceneIndexer bare = new BareLuceneIndexer(bareDir, o.threads())) {
            // Pages beyond the measured range: the same kind of page, none of the same bytes.
            for (long from = o.docs(); from < o.docs() + o.warmup(); from += o.batch()) {
                List<Capture> batch = archive.captures(from, Math.min(o.batch(), o.docs() + o.warmup() - from))
                        .toList();
                pipeline.add(batch, writer, ArchiveIndexer.Progress.NONE);
                bare.add(batch);
            }
            writer.commit();
            bare.commit();
        } finally {
            BenchFiles.delete(dir);
        }
    }

    private static StageCosts stageCosts(SyntheticArchive archive, int sample) throws IOException {
        PageExtractor extractor = new PageExtractor();
        AnnotationPipeline annotator = StandardAnnotators.create();
        DocumentMapper mapper = new DocumentMapper();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        CaptureScreen screen = CaptureScreen.defaults();
        long[] nanos = new long[8];
        try (Analyzer standard = new StandardAnalyzer();
                Directory pipelineDir = new ByteBuffersDirectory();
                IndexWriter pipelineWriter = ArchiveIndexer.openWriter(pipelineDir, IndexWriterConfig.OpenMode.CREATE);
                Directory bareDir = new ByteBuffersDirectory();
                IndexWriter bareWriter = new IndexWriter(bareDir, BareLuceneIndexer.config())) {
            for (int i = 0; i < sample; i++) {
                Capture c = archive.capture(i);
                long t0 = cpu.getCurrentThreadCpuTime();
                Jsoup.parse(HtmlDecoding.decode(c.body(), c.contentType()), c.url());
                long t1 = cpu.getCurrentThreadCpuTime();
                ExtractedPage page = extractor.extract(c);
                long t2 = cpu.getCurrentThreadCpuTime();
                screen.rejectReason(c);
                ArchiveIndexer.contentHash(c);
                DuplicateGroups.fingerprint(page);
                long t3 = cpu.getCurrentThreadCpuTime();
                Annotations a = annotator.annotate(page);
                long t4 = cpu.getCurrentThreadCpuTime();
                Document doc = mapper.toLucene(new ArchiveDocument(
                        ArchiveDocument.idFor(page.url()), c.source(), c.fetchedAt(), page, a, List.of()));
                long t5 = cpu.getCurrentThreadCpuTime();
                pipelineWriter.addDocument(doc);
                long t6 = cpu.getCurrentThreadCpuTime();
                try (TokenStream ts =
                        standard.tokenStream(BareLuceneIndexer.FIELD, new String(c.body(), StandardCharsets.UTF_8))) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        // consume
                    }
                    ts.end();
                }
                long t7 = cpu.getCurrentThreadCpuTime();
                bareWriter.addDocument(BareLuceneIndexer.document(c));
                long t8 = cpu.getCurrentThreadCpuTime();
                long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7, t8};
                for (int k = 0; k < nanos.length; k++) {
                    nanos[k] += marks[k + 1] - marks[k];
                }
            }
        }
        double n = Math.max(1, sample) * 1_000.0;
        return new StageCosts(
                sample,
                nanos[0] / n,
                nanos[1] / n,
                nanos[2] / n,
                nanos[3] / n,
                nanos[4] / n,
                nanos[5] / n,
                nanos[6] / n,
                nanos[7] / n);
    }

    private static Side side(
            long indexed,
            long skipped,
            long failed,
            long nanos,
            long docs,
            long corpusBytes,
            long indexBytes,
            long peakHeap) {
        double s = seconds(nanos);
        return new Side(
                indexed,
                skipped,
                failed,
                s,
                docs / s,
                corpusBytes / 1e6 / s,
                indexBytes,
                (double) indexBytes / Math.max(1, corpusBytes),
                peakHeap);
    }

    private static double seconds(long nanos) {
        return Math.max(1, nanos) / 1e9;
    }
}
