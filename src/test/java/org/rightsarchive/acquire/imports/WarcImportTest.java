package org.rightsarchive.acquire.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;

/** A WARC written elsewhere (gzip content-encoding, no digests, as some tools write) imported into the archive. */
class WarcImportTest {
    @TempDir
    Path dir;

    private static WarcResponse response(String url, Instant date, int status, String contentEncoding, byte[] body)
            throws Exception {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Error")
                .addHeader("Content-Type", "text/html; charset=utf-8");
        if (contentEncoding != null) {
            http.addHeader("Content-Encoding", contentEncoding);
        }
        return new WarcResponse.Builder(url)
                .date(date)
                .body(http.body(MediaType.HTML, body).build())
                .build();
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void importsWaybackStyleWarcAndKeepsTheGoodCaptureOverALaterError() throws Exception {
        Path warc = dir.resolve("wayback-export.warc.gz");
        String good = "<html><body><article><p>Liu Xiaobo was sentenced to eleven years.</p></article></body></html>";
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        warc, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            writer.write(response(
                    "https://alerts.example/liu.html", Instant.parse("2009-12-25T00:00:00Z"), 200, "gzip", gzip(good)));
            writer.write(response(
                    "https://alerts.example/liu.html",
                    Instant.parse("2010-01-02T00:00:00Z"),
                    500,
                    null,
                    "<h1>Internal Server Error</h1>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response(
                    "https://alerts.example/later.html",
                    Instant.parse("2010-01-03T00:00:00Z"),
                    200,
                    null,
                    ("<html><body><p>The website encountered an unexpected error. Please try again later.</p>"
                                    + "</body></html>")
                            .getBytes(StandardCharsets.UTF_8)));
        }
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        ImportSummary summary = new Importer(corpus).importAll(List.of(warc), line -> {});
        assertEquals(1, summary.warcFiles());
        assertEquals(3, summary.warcRecords());

        ArchiveReader archive = ArchiveReader.open(corpus);
        Map<String, Capture> latest =
                archive.latestGoodCaptures().stream().collect(Collectors.toMap(Capture::url, Function.identity()));
        Capture liu = latest.get("https://alerts.example/liu.html");
        assertEquals(200, liu.status());
        assertEquals(good, new String(liu.body(), StandardCharsets.UTF_8), "content-encoding is undone");
        assertFalse(latest.containsKey("https://alerts.example/later.html"), "an error page alone is not indexed");
        assertTrue(archive.load(liu.source()).isPresent());

        ImportSummary again = new Importer(corpus).importAll(List.of(warc), line -> {});
        assertEquals(0, again.warcFiles(), "the same file is imported once");
    }

    private Path twoRecordWarc() throws Exception {
        Path warc = dir.resolve("two.warc.gz");
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        warc, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (String name : List.of("first", "second")) {
                writer.write(response(
                        "https://alerts.example/" + name + ".html",
                        Instant.parse("2015-07-10T00:00:00Z"),
                        200,
                        null,
                        ("<html><body><article><p>The " + name + " alert about the 709 crackdown on lawyers.</p>"
                                        + "</article></body></html>")
                                .getBytes(StandardCharsets.UTF_8)));
            }
        }
        return warc;
    }

    @Test
    void aWarcCutShortKeepsTheRecordsBeforeTheCutAndSaysSo() throws Exception {
        byte[] whole = Files.readAllBytes(twoRecordWarc());
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 40));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> lines = new java.util.ArrayList<>();
        ImportSummary summary = new Importer(corpus).importAll(List.of(cut), lines::add);
        assertEquals(List.of(), summary.failed());
        assertEquals(1, summary.warcRecords(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("the rest is lost")), lines.toString());
        assertTrue(ArchiveReader.open(corpus).latestGoodCaptures().stream()
                .anyMatch(c -> c.url().equals("https://alerts.example/first.html")));
    }

    @Test
    void aWarcWithNoRecordsIsRefusedWithAMessage() throws Exception {
        Path empty = dir.resolve("empty.warc.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(empty))) {
            gz.write(new byte[0]);
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        ImportSummary summary = new Importer(corpus).importAll(List.of(empty), line -> {});
        assertEquals(1, summary.failed().size(), summary.failed().toString());
        assertTrue(
                summary.failed().get(0).contains("no response or resource records"),
                summary.failed().toString());
        assertEquals(0, summary.warcFiles());
    }

    @Test
    void twoSavedPagesClaimingOneCanonicalUrlAreBothKeptAndSaidSo() throws Exception {
        for (String name : List.of("first", "second")) {
            Files.writeString(
                    dir.resolve(name + ".html"),
                    "<html><head><link rel=\"canonical\" href=\"https://example.org/alerts/1\"></head><body><p>The "
                            + name + " text about Wang Yu.</p></body></html>");
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> lines = new java.util.ArrayList<>();
        ImportSummary summary = new Importer(corpus)
                .importAll(List.of(dir.resolve("first.html"), dir.resolve("second.html")), lines::add);
        assertEquals(2, summary.pages(), summary.line());
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("https://example.org/alerts/1") && l.contains("first.html")),
                lines.toString());
        List<String> texts = ArchiveReader.open(corpus).latestGoodCaptures().stream()
                .map(c -> new String(c.body(), StandardCharsets.UTF_8))
                .toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("The first text")), "both are indexed");
        assertTrue(texts.stream().anyMatch(t -> t.contains("The second text")), "both are indexed");
    }

    @Test
    void reportsAFileThatIsNotWarcAndGoesOn() throws Exception {
        Path bad = dir.resolve("broken.warc");
        Files.writeString(bad, "this is not a WARC file\n");
        Path page = dir.resolve("saved.html");
        Files.writeString(page, "<html><body><p>Saved alert about Ilham Tohti.</p></body></html>");
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        ImportSummary summary = new Importer(corpus).importAll(List.of(bad, page), line -> {});
        assertEquals(1, summary.failed().size(), summary.failed().toString());
        assertTrue(summary.failed().get(0).startsWith(bad.toString()));
        assertEquals(1, summary.pages());
        assertTrue(ArchiveReader.open(corpus).latestGoodCaptures().stream()
                .anyMatch(c -> c.url().equals(page.toUri().toString())));
    }
}
