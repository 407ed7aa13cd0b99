package org.rightsarchive.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.warc.WarcArchive;
import org.rightsarchive.extract.DuplicateGroups;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;

/** Crawls a real HTTP server on 127.0.0.1 into a real WARC archive, then reads the archive back. */
class CrawlerTest {
    @TempDir
    Path corpus;

    private FixtureSite site;

    @BeforeEach
    void startSite() throws IOException {
        site = new FixtureSite();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private CrawlConfig config(int maxPages) {
        return config(maxPages, Duration.ZERO, 1 << 20);
    }

    private CrawlConfig config(int maxPages, Duration delay, int maxBytes) {
        return new CrawlConfig(
                List.of(URI.create(site.base() + "/")),
                List.of(),
                maxPages,
                delay,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                1,
                Duration.ofMillis(5),
                maxBytes);
    }

    @Test
    void waitsThePolitenessDelayBetweenRequestsToOneHost() throws Exception {
        new Crawler(corpus, config(5, Duration.ofMillis(150), 1 << 20)).run(Crawler.Listener.NONE);
        List<Long> times = site.requestNanos();
        assertTrue(times.size() >= 6, "robots.txt, sitemap and pages: " + times.size());
        // Measured where the server handles requests, so one late handler may shorten one gap: allow one.
        long spanMs = (times.get(times.size() - 1) - times.get(0)) / 1_000_000;
        assertTrue(spanMs >= 150L * (times.size() - 2), times.size() + " requests in " + spanMs + " ms");
    }

    @Test
    void cutsBodiesAtTheSizeLimitAndNeverIndexesTheTruncatedCopy() throws Exception {
        CrawlSummary summary = new Crawler(corpus, config(100, Duration.ZERO, 600)).run(Crawler.Listener.NONE);
        WarcResponse alert = records(WarcResponse.class).stream()
                .filter(r -> r.target().equals(site.base() + "/en/alert.html"))
                .findFirst()
                .orElseThrow();
        assertEquals(org.netpreserve.jwarc.WarcTruncationReason.LENGTH, alert.truncated());
        byte[] first600 =
                java.util.Arrays.copyOf(FixtureSite.alertPage().getBytes(java.nio.charset.StandardCharsets.UTF_8), 600);
        assertEquals(
                WarcArchive.sha1(first600),
                alert.payloadDigest().map(d -> "sha1:" + d.base32()).orElseThrow(),
                "the first 600 bytes are kept");
        assertFalse(latestGood().containsKey(site.base() + "/en/alert.html"));
        assertTrue(latestGood().containsKey(site.base() + "/zh/only-in-sitemap.html"), "small pages are whole");
        assertEquals(2, summary.errors(), "the front page and the alert are cut: " + summary.line());
    }

    private CrawlSummary crawl(int maxPages) throws Exception {
        return new Crawler(corpus, config(maxPages)).run(Crawler.Listener.NONE);
    }

    private Map<String, Capture> latestGood() throws IOException {
        return ArchiveReader.open(corpus).latestGoodCaptures().stream()
                .collect(Collectors.toMap(Capture::url, Function.identity()));
    }

    @Test
    void crawlsTheSiteObeyingRobotsTxtAndReadingTheSitemap() throws Exception {
        CrawlSummary summary = crawl(100);

        assertTrue(summary.complete());
        assertEquals(0, site.requests("/private/secret.html"), "robots.txt disallows /private/");
        assertEquals(1, summary.blockedByRobots());
        assertEquals(1, site.requests("/zh/only-in-sitemap.html"), "found only through the sitemap");
        assertEquals(0, site.requests("/out.html"), "other sites are out of scope");
        assertEquals(CrawlConfig.USER_AGENT, site.userAgent("/en/alert.html"));
        assertEquals(1, summary.redirects());
        assertEquals(1, site.requests("/en/moved.html"), "the redirect target is crawled");
        assertEquals(2, site.requests("/broken.html"), "a 500 is retried once");
        assertEquals(3, summary.errors(), "404, 500 and the error page");
        assertEquals(0, summary.unchanged());
        assertEquals(summary.fetched(), summary.newPages() + summary.errors() + summary.redirects());
    }

    @Test
    void archiveHoldsGoodPagesOnlyForIndexing() throws Exception {
        crawl(100);
        Map<String, Capture> good = latestGood();
        String base = site.base();
        for (String path : List.of(
                "/",
                "/en/alert.html",
                "/zh/alert.html",
                "/en/moved.html",
                "/gbk.html",
                "/big5.html",
                "/copy/alert.html",
                "/zh/only-in-sitemap.html")) {
            assertTrue(good.containsKey(base + path), path + " is a good capture: " + good.keySet());
        }
        for (String path : List.of("/missing.html", "/broken.html", "/oops.html", "/old-alert", "/robots.txt")) {
            assertFalse(good.containsKey(base + path), path + " is not indexed");
        }
        // ...but every response is in the WARC files, errors included.
        List<String> responses = records(WarcResponse.class).stream()
                .map(WarcTargetRecord::target)
                .toList();
        assertTrue(responses.contains(base + "/broken.html"));
        assertTrue(responses.contains(base + "/oops.html"));
        assertTrue(responses.contains(base + "/robots.txt"));
    }

    @Test
    void everyResponseRecordCarriesAPayloadDigestThatMatchesItsBody() throws Exception {
        crawl(100);
        List<WarcResponse> responses = records(WarcResponse.class);
        assertFalse(responses.isEmpty());
        for (WarcResponse r : responses) {
            assertTrue(r.payloadDigest().isPresent(), "payload digest on " + r.target());
            assertTrue(r.blockDigest().isPresent(), "block digest on " + r.target());
        }
        Capture alert = latestGood().get(site.base() + "/en/alert.html");
        assertEquals(FixtureSite.alertPage(), new String(alert.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void decodesGbkAndBig5PagesFromTheCrawl() throws Exception {
        crawl(100);
        Map<String, Capture> good = latestGood();
        PageExtractor extractor = new PageExtractor();
        ExtractedPage gbk = extractor.extract(good.get(site.base() + "/gbk.html"));
        ExtractedPage big5 = extractor.extract(good.get(site.base() + "/big5.html"));
        assertTrue(gbk.text().contains("国务院总理朱镕基"), gbk.text());
        assertTrue(big5.text().contains("遼寧省遼陽市"), big5.text());
        assertFalse(gbk.text().contains("\uFFFD") || big5.text().contains("\uFFFD"));
        assertEquals("朱镕基谈辽阳", gbk.title());
    }

    @Test
    void linksTranslationPairAndFoldsTheDuplicate() throws Exception {
        crawl(100);
        Map<String, Capture> good = latestGood();
        PageExtractor extractor = new PageExtractor();
        String base = site.base();
        ExtractedPage en = extractor.extract(good.get(base + "/en/alert.html"));
        ExtractedPage zh = extractor.extract(good.get(base + "/zh/alert.html"));
        assertEquals(base + "/zh/alert.html", en.translations().get("zh-Hans"));
        assertEquals(base + "/en/alert.html", zh.translations().get("en"));
        assertEquals(java.time.LocalDate.of(2002, 3, 19), en.published());
        assertEquals(java.time.LocalDate.of(2002, 3, 19), zh.published());

        List<ExtractedPage> pages =
                good.values().stream().map(extractor::extract).toList();
        List<DuplicateGroups.Group<ExtractedPage>> groups = DuplicateGroups.group(pages, p -> p);
        DuplicateGroups.Group<ExtractedPage> alert = groups.stream()
                .filter(g -> g.canonical().url().equals(base + "/copy/alert.html")
                        || g.canonical().url().equals(base + "/en/alert.html"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, alert.duplicates().size(), "the copy folds into the alert");
        assertEquals(pages.size() - 1, groups.size(), "nothing else is folded; translations stay apart");
    }

    @Test
    void recrawlWritesRevisitsForUnchangedPages() throws Exception {
        crawl(100);
        int responsesBefore = records(WarcResponse.class).size();
        CrawlSummary again = crawl(100);

        assertEquals(0, again.newPages());
        assertEquals(8, again.unchanged(), again.line());
        long alertResponses = records(WarcResponse.class).stream()
                .filter(r -> r.target().equals(site.base() + "/en/alert.html"))
                .count();
        assertEquals(1, alertResponses, "an unchanged page is stored once");
        assertTrue(
                records(WarcRevisit.class).stream().anyMatch(r -> r.target().equals(site.base() + "/en/alert.html")));
        assertTrue(records(WarcResponse.class).size() > responsesBefore, "errors and robots.txt are stored again");
    }

    @Test
    void errorPageOrFailureNeverReplacesTheGoodCopy() throws Exception {
        crawl(100);
        site.html("/en/alert.html", FixtureSite.ERROR_PAGE);
        site.respond("/zh/alert.html", 503, "<h1>Service Unavailable</h1>");
        site.respond("/gbk.html", 404, "<h1>Not Found</h1>");
        CrawlSummary again = crawl(100);
        assertTrue(again.errors() >= 6, again.line());

        Map<String, Capture> good = latestGood();
        String alert =
                new String(good.get(site.base() + "/en/alert.html").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(alert.contains("Yao Fuxin"), "the good copy stays the one indexed");
        assertTrue(good.containsKey(site.base() + "/zh/alert.html"));
        assertTrue(good.containsKey(site.base() + "/gbk.html"));

        // When the page comes back changed, the new content wins.
        site.html("/en/alert.html", FixtureSite.alertPage().replace("March 17", "March 18"));
        crawl(100);
        String updated = new String(
                latestGood().get(site.base() + "/en/alert.html").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(updated.contains("March 18"));
    }

    @Test
    void aPageServedAsBytesThatAreNotTextNeverReplacesTheGoodCopy() throws Exception {
        crawl(100);
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        site.rawHtml("/en/alert.html", noise);
        CrawlSummary again = crawl(100);
        assertTrue(again.errors() >= 1, again.line());
        String alert = new String(
                latestGood().get(site.base() + "/en/alert.html").body(), java.nio.charset.StandardCharsets.UTF_8);
        // Indexed from this copy, a full reindex and an incremental one agree: neither loses the page.
        assertTrue(alert.contains("Yao Fuxin"), "the good copy stays the one indexed");
    }

    @Test
    void resumesAfterInterruptionWithoutFetchingAnyPageTwice() throws Exception {
        Crawler first = new Crawler(corpus, config(100));
        List<String> seen = new ArrayList<>();
        try {
            first.run((url, status, outcome, fetched, queued) -> {
                seen.add(url);
                if (fetched == 4) {
                    throw new IllegalStateException("simulated kill");
                }
            });
        } catch (IllegalStateException expected) {
            // the crawl died here, as under kill -9: the frontier was saved after the last page
        }
        assertEquals(4, seen.size());
        Path state = first.stateFile();
        assertTrue(Files.isRegularFile(state), "frontier saved");

        CrawlSummary rest = crawl(100);
        assertTrue(rest.complete());
        assertFalse(Files.exists(state), "state removed once the crawl is complete");
        for (String path : List.of(
                "/",
                "/en/alert.html",
                "/zh/alert.html",
                "/gbk.html",
                "/big5.html",
                "/copy/alert.html",
                "/en/moved.html",
                "/oops.html",
                "/zh/only-in-sitemap.html",
                "/missing.html")) {
            assertEquals(1, site.requests(path), path + " fetched exactly once over both runs");
        }
        assertEquals(0, site.requests("/private/secret.html"));
    }

    @Test
    void aSiteThatIsDownKeepsItsQueuedPagesUntilItIsBack() throws Exception {
        CrawlSummary first = crawl(3);
        assertFalse(first.complete());
        Crawler down = new Crawler(corpus, config(100));
        Path state = down.stateFile();
        site.respond("/robots.txt", 503, "<h1>Service Unavailable</h1>");

        CrawlSummary during = down.run(Crawler.Listener.NONE);
        assertEquals(0, during.fetched(), during.line());
        assertEquals(first.queued(), during.queued(), "nothing queued is dropped");
        assertTrue(Files.isRegularFile(state), "the frontier is kept");
        assertTrue(
                down.warnings().stream().anyMatch(w -> w.startsWith("stopped:") && w.contains("robots.txt")),
                down.warnings().toString());

        site.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        CrawlSummary back = crawl(100);
        assertTrue(back.complete(), back.line());
        for (String path : List.of("/en/alert.html", "/zh/alert.html", "/gbk.html", "/zh/only-in-sitemap.html")) {
            assertEquals(1, site.requests(path), path + " fetched once over the three runs");
        }
    }

    @Test
    void aPageWhoseBodyTricklesInFailsAtTheTimeoutAndTheCrawlGoesOn() throws Exception {
        site.trickle("/en/alert.html");
        CrawlConfig oneSecond = new CrawlConfig(
                List.of(URI.create(site.base() + "/")),
                List.of(),
                100,
                Duration.ZERO,
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                0,
                Duration.ofMillis(5),
                1 << 20);
        Crawler crawler = new Crawler(corpus, oneSecond);
        CrawlSummary summary = crawler.run(Crawler.Listener.NONE);
        assertTrue(summary.complete(), summary.line());
        assertTrue(
                crawler.warnings().stream()
                        .anyMatch(w -> w.contains("/en/alert.html") && w.contains("did not arrive within 1 s")),
                crawler.warnings().toString());
        assertTrue(latestGood().containsKey(site.base() + "/zh/alert.html"), "the pages after it were crawled");
        assertFalse(latestGood().containsKey(site.base() + "/en/alert.html"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {"2|2000", " 30 |30000", "3600|60000", "-5|0", "soon|0", "|0"})
    void retryAfterIsHeededUpToAMinute(String header, long millis) {
        assertEquals(millis, Crawler.retryAfterMillis(header));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        String inTenSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
        long millis = Crawler.retryAfterMillis(inTenSeconds);
        assertTrue(millis > 5_000 && millis <= 10_000, Long.toString(millis));
    }

    @Test
    void aPageCompressedUnaskedIsReadDecodedFollowedAndNotStoredAgain() throws Exception {
        site.gzipped(
                "/en/alert.html",
                FixtureSite.alertPage()
                        .replace("</article>", "<p><a href=\"/en/linked-from-gzip.html\">more</a></p></article>"));
        site.html(
                "/en/linked-from-gzip.html",
                "<html><body><article><p>Reached through a compressed page.</p></article></body></html>");
        crawl(100);
        String alert = new String(
                latestGood().get(site.base() + "/en/alert.html").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(alert.contains("Yao Fuxin"), "stored decoded");
        assertEquals(1, site.requests("/en/linked-from-gzip.html"), "its links are followed");

        List<String> outcomes = new ArrayList<>();
        new Crawler(corpus, config(100)).run((url, status, outcome, fetched, queued) -> {
            if (url.endsWith("/en/alert.html")) {
                outcomes.add(String.valueOf(outcome));
            }
        });
        assertEquals(List.of("UNCHANGED"), outcomes, "a revisit, not a second copy");
    }

    @Test
    void stopsAtMaxPagesAndContinuesOnTheNextRun() throws Exception {
        CrawlSummary first = crawl(3);
        assertEquals(3, first.fetched());
        assertFalse(first.complete());
        CrawlSummary second = crawl(100);
        assertTrue(second.complete());
        assertEquals(0, second.unchanged(), "the second run fetched only what the first left");
        assertEquals(1, site.requests("/"));
    }

    @Test
    void warcSourcesLoadBackAndNeverLeaveTheArchive() throws Exception {
        crawl(100);
        ArchiveReader archive = ArchiveReader.open(corpus);
        Capture alert = latestGood().get(site.base() + "/en/alert.html");
        assertTrue(alert.source().startsWith("warc/"), alert.source());
        Optional<Capture> loaded = archive.load(alert.source());
        assertTrue(loaded.isPresent());
        assertEquals(alert.url(), loaded.get().url());
        String file = alert.source().substring(0, alert.source().indexOf('@'));
        for (String bad : List.of(
                "warc/../../etc/passwd@0",
                file + "@1",
                file + "@999999999",
                "warc/nope.warc.gz@0",
                "../pom.xml",
                "/etc/passwd")) {
            assertTrue(archive.load(bad).isEmpty(), bad);
        }
    }

    private <T extends WarcRecord> List<T> records(Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        for (Path file : new WarcArchive(corpus).files()) {
            try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
                for (WarcRecord record : reader) {
                    if (type.isInstance(record)) {
                        out.add(type.cast(record));
                    }
                }
            }
        }
        return out;
    }
}
