package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.index.Reindexer;

class IndexCommandTest {
    @TempDir
    Path tmp;

    private Path corpusOf(String... bodies) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus/pages/en"));
        for (int i = 0; i < bodies.length; i++) {
            Files.writeString(
                    dir.resolve("p" + i + ".html"),
                    "<html><body><article><h1>Alert " + i + "</h1><p>" + bodies[i] + "</p></article></body></html>",
                    StandardCharsets.UTF_8);
        }
        return tmp.resolve("corpus");
    }

    @Test
    void maxPageBytesSkipsLargerCapturesAndNamesTheirSize() throws Exception {
        Path corpus = corpusOf("Yao Fuxin was detained in Liaoyang.", "Liu Xiaobo was detained. ".repeat(200));
        Path index = tmp.resolve("index");
        assertEquals(
                0,
                Main.run(
                        "index",
                        "--corpus",
                        corpus.toString(),
                        "--index",
                        index.toString(),
                        "--max-page-bytes",
                        "2000"));
        String report = Files.readString(index.resolve(Reindexer.FAILURE_REPORT));
        assertTrue(report.contains("pages/en/p1.html\tskipped\ttoo large"), report);
        assertTrue(!report.contains("p0.html"), report);
    }

    @Test
    void aBadMaxPageBytesIsAOneLineErrorNamingTheSetting() throws Exception {
        Path corpus = corpusOf("Yao Fuxin was detained in Liaoyang.");
        assertEquals(2, Main.run("index", "--corpus", corpus.toString(), "--max-page-bytes", "0"));
    }
}
