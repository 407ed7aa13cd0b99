package org.rightsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.index.IndexStore;

/**
 * The tiny CI version of the index and search benchmarks: they run end to end on a few hundred pages and give sane
 * figures. No timing is asserted; speed is what the real runs in BENCHMARKS.md measure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchSmokeTest {
    private static final long DOCS = 120;

    private Path results;
    private BenchFiles files;
    private IndexBenchmark.Result index;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    void runIndexBenchmark(@TempDir Path dir) throws IOException {
        results = dir;
        files = new BenchFiles(results);
        index = IndexBenchmark.run(
                new IndexBenchmark.Options(DOCS, 42, 2, 40, 0, "test"),
                files,
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void pipelineIndexesOrAccountsForEveryPage() {
        assertEquals(
                DOCS,
                index.pipeline().indexed() + index.pipeline().skipped(),
                index.notes().toString());
        assertTrue(index.pipeline().indexed() >= DOCS * 9 / 10, "few pages are folded as near duplicates");
        assertEquals(0, index.pipeline().failed(), index.notes().toString());
    }

    @Test
    void bothIndexersReportPositiveFinitefigures() {
        for (IndexBenchmark.Side side : new IndexBenchmark.Side[] {index.pipeline(), index.baseline()}) {
            assertTrue(side.docsPerSecond() > 0 && Double.isFinite(side.docsPerSecond()), side.toString());
            assertTrue(side.mbPerSecond() > 0, side.toString());
            assertTrue(side.indexBytes() > 0, side.toString());
            assertTrue(side.peakHeapBytes() > 0, side.toString());
        }
        assertTrue(index.speedRatio() > 0 && Double.isFinite(index.speedRatio()));
        assertEquals(index.pipeline().docsPerSecond() / index.baseline().docsPerSecond(), index.speedRatio(), 1e-9);
    }

    @Test
    void corpusSizeIsTheSumOfThePages() {
        SyntheticArchive archive = new SyntheticArchive(42);
        long bytes = archive.captures(0, DOCS).mapToLong(c -> c.body().length).sum();
        assertEquals(bytes, index.corpusBytes());
    }

    @Test
    void stageCostsAreMeasured() {
        assertTrue(index.stages().sampleDocs() > 0);
        assertTrue(index.stages().extractMicros() > 0);
        assertTrue(index.stages().foldMicros() > 0);
        assertTrue(index.stages().bareAnalysisMicros() > 0);
        assertTrue(index.stages().invertMicros() > 0);
        assertTrue(index.stages().bareIndexMicros() > 0);
    }

    @Test
    void parsingIsMeasuredAsPartOfExtraction() {
        var stages = index.stages();
        assertTrue(stages.parseMicros() > 0);
        assertTrue(stages.parseMicros() < stages.extractMicros(), "extraction parses, then does more: " + stages);
    }

    @Test
    void keepsThePipelineIndexForReuse() throws IOException {
        assertTrue(IndexBenchmark.hasIndex(files, DOCS, 42));
        long generation = new IndexStore(files.indexDir(DOCS, 42)).liveGeneration();
        IndexBenchmark.ensureIndex(files, DOCS, 42, 2, new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(generation, new IndexStore(files.indexDir(DOCS, 42)).liveGeneration(), "reused, not rebuilt");
        assertTrue(!IndexBenchmark.hasIndex(files, DOCS, 43), "another seed is another archive");
        try (var stream = Files.list(results)) {
            assertTrue(stream.noneMatch(p -> p.getFileName().toString().startsWith("bare-lucene")), "baseline removed");
        }
    }

    @Test
    void resultRoundTripsThroughJson() throws IOException {
        Path file = files.write("index", DOCS, index);
        IndexBenchmark.Result back = BenchFiles.read(file, IndexBenchmark.Result.class);
        assertEquals(index.pipeline(), back.pipeline());
        assertEquals(index.machine().cores(), back.machine().cores());
    }

    @Test
    void searchBenchmarkRunsBothEnginesWithOneAndTwoClients() throws IOException {
        SearchBenchmark.Result r = SearchBenchmark.run(
                new SearchBenchmark.Options(DOCS, 42, 14, 20, 7, 2, "test"),
                files,
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(index.pipeline().indexed(), r.indexedDocs());
        assertEquals(4, r.runs().size());
        for (SearchBenchmark.Run run : r.runs()) {
            // Bounded by time too: on a loaded machine some queries may be left unsent.
            assertTrue(run.latency().count() >= 1 && run.latency().count() <= 14, run.toString());
            assertTrue(run.latency().p50Ms() <= run.latency().p95Ms(), run.toString());
            assertTrue(run.latency().p95Ms() <= run.latency().p99Ms(), run.toString());
            assertTrue(run.latency().qps() > 0, run.toString());
        }
        assertTrue(!r.backendByKind().isEmpty());
        r.backendByKind().forEach((kind, k) -> assertTrue(k.latency().count() >= 1, kind.toString()));
        List<SearchBenchmark.SlowQuery> slowest = r.slowestBackendQueries();
        assertTrue(
                !slowest.isEmpty() && slowest.size() <= Math.min(SearchBenchmark.SLOWEST, r.mixSize()), "" + slowest);
        for (int i = 1; i < slowest.size(); i++) {
            assertTrue(slowest.get(i - 1).meanMs() >= slowest.get(i).meanMs(), "slowest first: " + slowest);
        }
        assertTrue(slowest.stream().allMatch(q -> q.runs() >= 1 && !q.request().isBlank()), slowest.toString());
        assertTrue(r.runs().get(0).meanHits() > 0, "the mix finds documents");
        assertTrue(r.p95Ratio() > 0 && r.qpsRatio() > 0);
    }

    @Test
    void httpBenchmarkLoadsTheRealServer() throws IOException {
        HttpBenchmark.Result r = HttpBenchmark.run(
                new HttpBenchmark.Options(DOCS, 42, 2, 12, 20, 6, 2, "test"),
                files,
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(
                List.of("in-process", "http-search", "http-health"),
                r.runs().stream().map(HttpBenchmark.Run::target).toList());
        for (HttpBenchmark.Run run : r.runs()) {
            assertTrue(run.latency().count() >= 1 && run.latency().count() <= 12, run.toString());
            assertEquals(0, run.errors(), run.toString());
            assertTrue(run.latency().qps() > 0, run.toString());
        }
        assertTrue(r.runs().get(1).meanBytes() > r.runs().get(2).meanBytes(), "search answers carry hits");
        assertTrue(r.httpToInProcess() > 0 && r.searchToHealth() > 0);
    }

    @Test
    void httpQueryStringCarriesEveryPartOfTheRequest() {
        var request = new org.rightsarchive.search.SearchRequest(
                "\"house arrest\" 姚福信",
                java.util.Map.of("province", List.of("Liaoning")),
                null,
                null,
                java.time.LocalDate.of(2002, 1, 1),
                java.time.LocalDate.of(2003, 12, 31),
                org.rightsarchive.search.SearchRequest.Sort.RELEVANCE,
                1,
                10);
        assertEquals(
                "q=%22house+arrest%22+%E5%A7%9A%E7%A6%8F%E4%BF%A1&province=Liaoning&publishedFrom=2002-01-01"
                        + "&publishedTo=2003-12-31&page=1&size=10",
                HttpBenchmark.queryString(request));
    }
}
