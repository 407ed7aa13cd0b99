package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.index.IndexStore;

/** Kills a reindex process with SIGKILL half-way and checks the previous index stays live and intact. */
class ReindexCrashTest {
    @TempDir
    Path tmp;

    private static final String[] WORDS = ("worker representative detained police Liaoyang protest unpaid wages"
                    + " pensions family held lawyer court trial sentenced released prison petition factory steel"
                    + " bankrupt managers assets march crowd city government appeal health visit denied charges"
                    + " subversion custody hearing verdict appeal relatives letter hospital mine oilfield Daqing")
            .split(" ");

    /** Distinct pages (no two near duplicates, which the indexer would fold into one document). */
    private static void writeCorpus(Path corpus, int pages) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("pages/en"));
        java.util.Random random = new java.util.Random(pages);
        for (int i = 0; i < pages; i++) {
            StringBuilder text = new StringBuilder("Alert number " + i + ":");
            for (int w = 0; w < 150; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            String html = "<html><body><article><h1>Alert " + i + "</h1><p>" + text + ".</p></article></body></html>";
            Files.writeString(dir.resolve("alert-%05d.html".formatted(i)), html, StandardCharsets.UTF_8);
        }
    }

    private static int liveDocs(Path index) throws IOException {
        try (var dir = FSDirectory.open(new IndexStore(index).live().orElseThrow());
                var reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    @Test
    @Timeout(420)
    void killDuringReindexLeavesThePreviousIndexLiveAndTheNextRunSucceeds() throws Exception {
        Path small = tmp.resolve("small");
        Path big = tmp.resolve("big");
        Path index = tmp.resolve("index");
        writeCorpus(small, 5);
        writeCorpus(big, 1500);
        assertEquals(0, Main.run("index", "--corpus", small.toString(), "--index", index.toString()));
        long before = new IndexStore(index).liveGeneration();
        assertEquals(5, liveDocs(index));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "index",
                        "--corpus",
                        big.toString(),
                        "--index",
                        index.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        // Wait until the child is writing segments of the new generation, then kill it without warning.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive() && !writingSegments(index)) {
            Thread.sleep(20);
        }
        assertTrue(
                child.isAlive(),
                "the reindex finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertEquals(before, new IndexStore(index).liveGeneration(), "the live generation must not change");
        assertEquals(5, liveDocs(index), "the previous index must still be complete");

        assertEquals(0, Main.run("index", "--corpus", big.toString(), "--index", index.toString()));
        assertTrue(new IndexStore(index).liveGeneration() > before);
        assertEquals(1500, liveDocs(index));
        try (var children = Files.list(index)) {
            List<String> names =
                    children.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".building")), names.toString());
        }
    }

    private static boolean writingSegments(Path index) throws IOException {
        try (var children = Files.list(index)) {
            for (Path p : children.filter(p -> p.getFileName().toString().endsWith(".building"))
                    .toList()) {
                try (var files = Files.list(p)) {
                    if (files.anyMatch(f -> !f.getFileName().toString().equals("write.lock"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
