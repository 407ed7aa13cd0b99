package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;

class ReindexerTest {
    @TempDir
    Path root;

    private Reindexer reindexer;

    @BeforeEach
    void createReindexer() {
        reindexer = new Reindexer(
                new IndexStore(root), new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 2));
    }

    static Capture page(String name, int status, String body) {
        String html = "<html><body><article><h1>" + name + "</h1><p>" + body + "</p></article></body></html>";
        return new Capture(
                "corpus:pages/" + name + ".html",
                Instant.parse("2026-01-01T00:00:00Z"),
                status,
                "text/html",
                html.getBytes(StandardCharsets.UTF_8),
                "pages/" + name + ".html");
    }

    private long count(String field, String value) throws IOException {
        try (var dir = FSDirectory.open(new IndexStore(root).live().orElseThrow());
                var reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
        }
    }

    private long docs() throws IOException {
        try (var dir = FSDirectory.open(new IndexStore(root).live().orElseThrow());
                var reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    @Test
    void fullRebuildPublishesANewGenerationEachTime() throws IOException {
        List<Capture> corpus = List.of(page("a", 200, "Yao Fuxin detained"), page("b", 200, "Liu Xiaobo"));
        Reindexer.Result first = reindexer.full(corpus, ArchiveIndexer.Progress.NONE);
        Reindexer.Result second = reindexer.full(corpus, ArchiveIndexer.Progress.NONE);
        assertEquals(2, first.summary().indexed());
        assertEquals(first.generation() + 1, second.generation());
        assertEquals(2, docs());
    }

    @Test
    void incrementalAfterAnUpgradeRebuildsEveryPage() throws IOException {
        List<Capture> corpus = List.of(page("a", 200, "Yao Fuxin detained"), page("b", 200, "Liu Xiaobo"));
        Reindexer.Result built = reindexer.full(corpus, ArchiveIndexer.Progress.NONE);
        PipelineVersionTest.stamp(new IndexStore(root).live().orElseThrow(), "0123456789abcdef");

        Reindexer.Result upgraded = reindexer.incremental(corpus, ArchiveIndexer.Progress.NONE);
        assertTrue(upgraded.rebuiltForOtherCode());
        assertEquals(2, upgraded.summary().indexed());
        assertEquals(0, upgraded.unchanged());
        assertEquals(built.generation() + 1, upgraded.generation(), "rebuilt as a new generation");
        assertEquals(2, docs());

        Reindexer.Result again = reindexer.incremental(corpus, ArchiveIndexer.Progress.NONE);
        assertFalse(again.rebuiltForOtherCode());
        assertEquals(2, again.unchanged());
        assertEquals(0, again.summary().indexed());
    }

    @Test
    void incrementalAddsUpdatesAndDeletes() throws IOException {
        reindexer.full(
                List.of(page("a", 200, "alpha"), page("b", 200, "bravo"), page("c", 200, "charlie")),
                ArchiveIndexer.Progress.NONE);
        List<Capture> next = new ArrayList<>();
        next.add(page("a", 200, "alpha")); // unchanged
        next.add(page("b", 200, "bravo revised")); // changed
        next.add(page("d", 200, "delta")); // new; c is gone
        Reindexer.Result result = reindexer.incremental(next, ArchiveIndexer.Progress.NONE);
        assertEquals(2, result.summary().indexed());
        assertEquals(1, result.unchanged());
        assertEquals(1, result.deleted());
        assertEquals(3, docs());
        assertEquals(1, count(Schema.BODY_EN, "revis"));
        assertEquals(1, count(Schema.BODY_EN, "delta"));
        assertEquals(0, count(Schema.BODY_EN, "charli"));
    }

    @Test
    void anErrorResponseNeverReplacesTheLastGoodCopy() throws IOException {
        reindexer.full(List.of(page("a", 200, "the good copy")), ArchiveIndexer.Progress.NONE);
        Reindexer.Result result =
                reindexer.incremental(List.of(page("a", 500, "server error")), ArchiveIndexer.Progress.NONE);
        assertEquals(1, result.summary().skipped().size());
        assertEquals(1, count(Schema.BODY_EN, "good"));
        assertEquals(0, count(Schema.BODY_EN, "error"));
    }

    @Test
    void writesAFailureReportNamingEachSkippedCapture() throws IOException {
        Reindexer.Result result = reindexer.full(
                List.of(page("ok", 200, "fine"), page("gone", 404, "not found")), ArchiveIndexer.Progress.NONE);
        String report = Files.readString(result.failureReport());
        assertTrue(report.contains("pages/gone.html\tskipped\tHTTP status 404"), report);
    }
}
