package org.rightsarchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.lang.Language;

/**
 * {@code bench generate}: streams (or writes) a synthetic archive and reports what it produced: pages per language,
 * bytes, speed, the heap it needed and a SHA-256 over every page, which is the same for the same seed on any machine.
 */
public final class GeneratorRun {
    private GeneratorRun() {}

    /**
     * The figures of one run.
     *
     * @param sha256 digest of all pages' bytes in order
     * @param peakHeapBytes highest used heap sampled during the run
     */
    public record Result(
            String benchmark,
            Machine machine,
            String command,
            long docs,
            long seed,
            Map<String, Long> pagesPerLanguage,
            long bytes,
            double seconds,
            double pagesPerSecond,
            long peakHeapBytes,
            String sha256,
            String writtenTo) {}

    /** Generates {@code docs} pages; writes them under {@code out} when it is not {@code null}. */
    public static Result run(long docs, long seed, Path out, String command) throws IOException {
        Machine machine = Machine.current();
        SyntheticArchive archive = new SyntheticArchive(seed);
        MessageDigest sha = sha256();
        Map<Language, Long> perLanguage = new EnumMap<>(Language.class);
        long bytes = 0;
        long start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            for (long i = 0; i < docs; i++) {
                Capture c = archive.capture(i);
                Language language = archive.draw(i).language();
                perLanguage.merge(language, 1L, Long::sum);
                sha.update(c.body());
                bytes += c.body().length;
                if (out != null) {
                    Path file = out.resolve(SyntheticArchive.relativePath(language, i));
                    Files.createDirectories(file.getParent());
                    Files.write(file, c.body());
                }
            }
            double seconds = Math.max(1, System.nanoTime() - start) / 1e9;
            Map<String, Long> languages = new LinkedHashMap<>();
            perLanguage.forEach((k, v) -> languages.put(k.tag(), v));
            return new Result(
                    "generate",
                    machine,
                    command,
                    docs,
                    seed,
                    languages,
                    bytes,
                    seconds,
                    docs / seconds,
                    Math.max(heap.peak(HeapSampler.Phase.OTHER), usedHeap()),
                    HexFormat.of().formatHex(sha.digest()),
                    out == null ? null : out.toAbsolutePath().toString());
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
