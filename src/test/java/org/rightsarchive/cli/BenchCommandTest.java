package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchCommandTest {
    @Test
    void generateWritesPagesAndAResultWithTheCommandAndDigest(@TempDir Path dir) throws IOException {
        Path pages = dir.resolve("pages");
        int exit = Main.run(
                "bench",
                "generate",
                "--docs",
                "30",
                "--seed",
                "7",
                "--out",
                pages.toString(),
                "--results",
                dir.resolve("results").toString());
        assertEquals(0, exit);
        try (Stream<Path> files = Files.walk(pages)) {
            assertEquals(30, files.filter(p -> p.toString().endsWith(".html")).count());
        }
        List<Path> results;
        try (Stream<Path> files = Files.list(dir.resolve("results"))) {
            results = files.toList();
        }
        assertEquals(1, results.size());
        JsonNode json = new ObjectMapper().readTree(results.get(0).toFile());
        assertEquals(30, json.get("docs").asLong());
        assertTrue(json.get("command").asText().startsWith("./archive bench generate --docs 30"), json.toString());
        assertTrue(json.get("sha256").asText().matches("[0-9a-f]{64}"));
        assertTrue(json.get("machine").get("cores").asInt() >= 1);
    }

    @ParameterizedTest
    @CsvSource({"generate, --docs, 0", "index, --docs, -5", "index, --threads, 0", "search, --queries, 0"})
    void badOptionsAreUserErrors(String command, String option, String value, @TempDir Path dir) {
        assertEquals(2, Main.run("bench", command, option, value, "--results", dir.toString()));
    }
}
