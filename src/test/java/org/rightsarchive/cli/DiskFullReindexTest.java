package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.index.IndexStore;

/**
 * A reindex onto a full disk: a real, tiny tmpfs (mounting needs root, as on CI; skipped elsewhere). The rebuild
 * fails with one clear line and the previous generation stays live and complete.
 */
class DiskFullReindexTest {
    @TempDir
    Path tmp;

    private Path mount;

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    @Timeout(240)
    void aFullDiskFailsTheRebuildAndKeepsThePreviousGeneration() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("small"));
        Assumptions.assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", dir.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        mount = dir;
        Path index = mount.resolve("index");
        Path small = Files.createDirectories(tmp.resolve("corpus-small/pages/en"));
        Files.writeString(
                small.resolve("a.html"),
                "<html><body><article><h1>Alert</h1><p>Yao Fuxin was detained in Liaoyang.</p></article></body></html>",
                StandardCharsets.UTF_8);
        assertEquals(
                0, Main.run("index", "--corpus", tmp.resolve("corpus-small").toString(), "--index", index.toString()));
        long before = new IndexStore(index).liveGeneration();

        int exit = Main.run(
                "index", "--corpus", Path.of("corpus").toAbsolutePath().toString(), "--index", index.toString());

        assertEquals(1, exit, "a rebuild that cannot be written must fail");
        assertEquals(before, new IndexStore(index).liveGeneration());
        try (var d = FSDirectory.open(new IndexStore(index).live().orElseThrow());
                var reader = DirectoryReader.open(d)) {
            assertEquals(1, reader.numDocs());
        }
        try (var children = Files.list(index)) {
            assertTrue(children.noneMatch(p -> p.getFileName().toString().endsWith(".building")), "leftovers removed");
        }
    }
}
