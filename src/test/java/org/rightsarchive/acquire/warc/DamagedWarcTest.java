package org.rightsarchive.acquire.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;

/**
 * Damaged WARC files in {@code corpus/warc/}: a truncated gzip member, garbage between records, a record whose
 * Content-Length is wrong, a file that is no WARC at all. Each is reported, the good records of every file are
 * still read (before and after the damage), and what was archived earlier is not lost.
 */
class DamagedWarcTest {
    @TempDir
    Path corpus;

    private static byte[] record(String url, String text, WarcCompression compression) throws IOException {
        String html = "<html><head><title>" + text + "</title></head><body><article><p>" + text
                + " was detained in Liaoyang.</p></article></body></html>";
        WarcResponse response = new WarcResponse.Builder(url)
                .date(Instant.parse("2024-05-01T00:00:00Z"))
                .body(new HttpResponse.Builder(200, "OK")
                        .addHeader("Content-Type", "text/html; charset=utf-8")
                        .body(MediaType.HTML, html.getBytes(StandardCharsets.UTF_8))
                        .build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            writer.write(response);
        }
        return out.toByteArray();
    }

    private static byte[] gz(String url, String text) throws IOException {
        return record(url, text, WarcCompression.GZIP);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path warc = corpus.resolve("warc");
        Files.createDirectories(warc);
        return Files.write(warc.resolve(name), bytes);
    }

    private Set<String> urls(ArchiveReader reader) throws IOException {
        return reader.latestGoodCaptures().stream().map(Capture::url).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void truncatedGzipMemberKeepsTheRecordsBeforeIt() throws IOException {
        byte[] last = gz("https://a.example/3", "Third");
        write(
                "20240501-crawl.warc.gz",
                concat(
                        gz("https://a.example/1", "First"),
                        gz("https://a.example/2", "Second"),
                        java.util.Arrays.copyOf(last, last.length / 2)));
        ArchiveReader reader = ArchiveReader.open(corpus);
        assertEquals(Set.of("https://a.example/1", "https://a.example/2"), urls(reader));
        assertFalse(reader.warnings().isEmpty(), "the damage is reported");
        assertTrue(
                reader.warnings().get(0).startsWith("20240501-crawl.warc.gz"),
                reader.warnings().toString());
    }

    @Test
    void garbageBetweenRecordsIsSkippedAndTheRecordsAfterItAreRead() throws IOException {
        byte[] garbage = new byte[3000];
        new Random(42).nextBytes(garbage);
        write(
                "20240502-crawl.warc.gz",
                concat(
                        gz("https://b.example/1", "First"),
                        garbage,
                        gz("https://b.example/2", "Second"),
                        "not a record at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                        gz("https://b.example/3", "Third")));
        ArchiveReader reader = ArchiveReader.open(corpus);
        assertEquals(Set.of("https://b.example/1", "https://b.example/2", "https://b.example/3"), urls(reader));
        assertTrue(
                reader.warnings().stream().anyMatch(w -> w.contains("skipped")),
                reader.warnings().toString());
        for (Capture c : reader.latestGoodCaptures()) {
            assertEquals(c.url(), reader.load(c.source()).orElseThrow().url(), "loads back from " + c.source());
        }
    }

    @Test
    void aWrongContentLengthIsReportedAndTheOtherRecordsRead() throws IOException {
        String broken = new String(
                        record("https://c.example/2", "Second", WarcCompression.NONE), StandardCharsets.ISO_8859_1)
                .replaceFirst("Content-Length: (\\d+)", "Content-Length: 99999");
        write(
                "20240503-import.warc",
                concat(
                        record("https://c.example/1", "First", WarcCompression.NONE),
                        broken.getBytes(StandardCharsets.ISO_8859_1),
                        record("https://c.example/3", "Third", WarcCompression.NONE)));
        ArchiveReader reader = ArchiveReader.open(corpus);
        Set<String> urls = urls(reader);
        assertTrue(urls.contains("https://c.example/1"), urls.toString());
        assertFalse(urls.contains("https://c.example/2"), "the record that overruns the file is not indexed: " + urls);
        assertFalse(reader.warnings().isEmpty());
    }

    @Test
    void aFileThatIsNoWarcIsReportedAndTheOthersRead() throws IOException {
        write("20240504-crawl.warc.gz", gz("https://d.example/1", "Good"));
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        write("20240505-fake.warc.gz", junk);
        write("20240506-text.warc.gz", "<html>this is a web page, not a WARC</html>".getBytes(StandardCharsets.UTF_8));
        ArchiveReader reader = ArchiveReader.open(corpus);
        assertEquals(Set.of("https://d.example/1"), urls(reader));
        List<String> warnings = reader.warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("20240505-fake.warc.gz")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("20240506-text.warc.gz")), warnings.toString());
    }

    @Test
    void aDamagedLaterCrawlNeverShadowsTheGoodCopyArchivedBefore() throws IOException {
        write("20240501-crawl.warc.gz", gz("https://e.example/alert", "Original alert"));
        byte[] later = gz("https://e.example/alert", "Later copy");
        write("20240601-crawl.warc.gz", java.util.Arrays.copyOf(later, later.length - 40));
        ArchiveReader reader = ArchiveReader.open(corpus);
        List<Capture> captures = reader.latestGoodCaptures();
        assertEquals(1, captures.size());
        assertTrue(new String(captures.get(0).body(), StandardCharsets.UTF_8).contains("Original alert"));
        assertFalse(reader.warnings().isEmpty());
    }
}
