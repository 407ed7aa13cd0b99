package org.rightsarchive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmark results directory: JSON result files, and bench indexes kept for reuse. */
public final class BenchFiles {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;

    /** @param root the results directory ({@code bench-results/} of the project) */
    public BenchFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where the pipeline index of {@code docs} pages of {@code seed} is kept (an index store). */
    public Path indexDir(long docs, long seed) {
        return root.resolve("index-%d-seed%d".formatted(docs, seed));
    }

    /** Writes a result as pretty JSON to {@code <kind>-<docs>-<timestamp>.json} and returns the file. */
    public Path write(String kind, long docs, Object result) throws IOException {
        Files.createDirectories(root);
        Path file = root.resolve("%s-%d-%s.json".formatted(kind, docs, STAMP.format(Instant.now())));
        JSON.writeValue(file.toFile(), result);
        return file;
    }

    /** Reads a JSON file back (for tests and for the index metadata). */
    public static <T> T read(Path file, Class<T> type) throws IOException {
        return JSON.readValue(file.toFile(), type);
    }

    /** Writes JSON to a given file. */
    static void writeTo(Path file, Object value) throws IOException {
        JSON.writeValue(file.toFile(), value);
    }

    /** Total size of the regular files under a directory. */
    public static long sizeOf(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0; // a segment file merged away while we walked
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    /** Deletes a directory tree. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
