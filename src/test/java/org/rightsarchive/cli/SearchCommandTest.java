package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.PipelineVersion;
import org.rightsarchive.search.GoldCorpus;

/** The search, serve and demo commands, run in-process through {@link Main#run}. */
class SearchCommandTest {
    private static String index;

    @BeforeAll
    static void buildIndex() throws IOException {
        index = GoldCorpus.shared().root().toString();
    }

    /** Output of one run: exit code, stdout, stderr. */
    record Run(int exit, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsRankedTitleUrlAndDateLines() {
        Run run = run("search", "Yao Fuxin", "--size", "3", "--index", index);
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches("\\d+ hits"), lines[0]);
        assertTrue(lines[1].startsWith("  1. "), lines[1]);
        assertTrue(lines[2].contains("corpus:pages/") && lines[2].matches(".*\\d{4}-\\d{2}-\\d{2}.*"), lines[2]);
        assertEquals(7, lines.length);
    }

    @Test
    void traditionalQueryFindsSimplifiedPages() {
        Run run = run("search", "遼寧", "--size", "20", "--index", index);
        assertTrue(
                run.out().contains("pages/zh-hans/2002-03-liaoyang-worker-representatives-detained.html"), run.out());
    }

    @Test
    void jsonIsTheApiShape() throws IOException {
        Run run = run("search", "姚福信", "--json", "--province", "Liaoning", "--index", index);
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("total").asLong() > 0);
        assertTrue(json.get("facets").has("province"));
        json.get("hits")
                .forEach(h ->
                        assertTrue(h.get("places").findValuesAsText("province").contains("Liaoning"), h.toString()));
    }

    @Test
    void badQueryIsOneLineAndExitTwo() {
        Run run = run("search", "\"unclosed", "--index", index);
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("archive: bad query:"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void missingIndexIsOneLine(@TempDir Path empty) {
        Run run = run("search", "x", "--index", empty.resolve("none").toString());
        assertTrue(run.exit() != 0);
        assertTrue(run.err().contains("no index in"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void unknownOptionIsOneLine() {
        Run run = run("search", "x", "--colour", "red");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    @Test
    void serveRejectsABadPortAndAMissingCorpus(@TempDir Path empty) {
        assertEquals(2, run("serve", "--port", "70000", "--index", index).exit());
        Run run =
                run("serve", "--index", index, "--corpus", empty.resolve("none").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("corpus directory not found"), run.err());
    }

    @Test
    void demoIndexesOnlyWhenTheCorpusIsNewer(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/pages/en"));
        Path page = corpus.resolve("a.html");
        Files.writeString(page, "<html><body><article><h1>A</h1><p>Yao Fuxin detained.</p></article></body></html>");
        IndexStore store = new IndexStore(dir.resolve("index"));
        assertTrue(DemoCommand.needsIndexing(dir.resolve("corpus"), store), "no index yet");
        IndexCommand.run(dir.resolve("corpus"), store.root(), 1, false);
        Files.setLastModifiedTime(page, FileTime.from(Instant.now().minusSeconds(3600)));
        assertFalse(DemoCommand.needsIndexing(dir.resolve("corpus"), store), "index is newer than every page");
        Files.setLastModifiedTime(page, FileTime.from(Instant.now().plusSeconds(3600)));
        assertTrue(DemoCommand.needsIndexing(dir.resolve("corpus"), store), "a page changed since");
    }

    @Test
    void demoReindexesAnIndexBuiltByOtherCode(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/pages/en"));
        Path page = corpus.resolve("a.html");
        Files.writeString(page, "<html><body><article><h1>A</h1><p>Yao Fuxin detained.</p></article></body></html>");
        Files.setLastModifiedTime(page, FileTime.from(Instant.now().minusSeconds(3600)));
        IndexStore store = new IndexStore(dir.resolve("index"));
        IndexCommand.run(dir.resolve("corpus"), store.root(), 1, false);
        assertFalse(DemoCommand.needsIndexing(dir.resolve("corpus"), store), "built by this code");
        try (var d = org.apache.lucene.store.FSDirectory.open(store.live().orElseThrow());
                var w = new org.apache.lucene.index.IndexWriter(
                        d,
                        new org.apache.lucene.index.IndexWriterConfig()
                                .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(java.util.Map.of(PipelineVersion.COMMIT_KEY, "0123456789abcdef")
                    .entrySet());
            w.commit();
        }
        assertTrue(DemoCommand.needsIndexing(dir.resolve("corpus"), store), "built by another version");
    }
}
