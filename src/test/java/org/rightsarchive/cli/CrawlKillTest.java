package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.crawl.FixtureSite;

/** A crawl killed with SIGKILL in a child JVM resumes from its saved frontier. */
class CrawlKillTest {
    private static final List<String> PAGES = List.of(
            "/",
            "/en/alert.html",
            "/zh/alert.html",
            "/en/moved.html",
            "/gbk.html",
            "/big5.html",
            "/copy/alert.html",
            "/zh/only-in-sitemap.html",
            "/missing.html",
            "/oops.html");

    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void killedCrawlResumesAndFetchesEveryPageOnceMoreAtMost() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (FixtureSite site = new FixtureSite()) {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            Main.class.getName(),
                            "crawl",
                            site.base() + "/",
                            "--delay",
                            "400",
                            "--corpus",
                            corpus.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("child.log").toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && child.isAlive() && fetchedPages(site) < 3) {
                Thread.sleep(10);
            }
            assertTrue(
                    child.isAlive(),
                    "the crawl ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertTrue(Files.list(corpus.resolve("crawl-state")).findAny().isPresent(), "a frontier was saved");

            assertEquals(0, Main.run("crawl", site.base() + "/", "--delay", "0", "--corpus", corpus.toString()));

            int twice = 0;
            for (String path : PAGES) {
                int n = site.requests(path);
                assertTrue(n == 1 || n == 2, path + " requested " + n + " times");
                twice += n - 1;
            }
            assertTrue(twice <= 1, "only the page in flight at the kill is fetched again: " + twice);
            try (var states = Files.list(corpus.resolve("crawl-state"))) {
                assertFalse(states.anyMatch(p -> p.toString().endsWith(".json")), "the finished crawl left no state");
            }
            Set<String> good = ArchiveReader.open(corpus).latestGoodCaptures().stream()
                    .map(Capture::url)
                    .collect(Collectors.toSet());
            for (String path : List.of("/", "/en/alert.html", "/zh/alert.html", "/gbk.html", "/big5.html")) {
                assertTrue(good.contains(site.base() + path), path);
            }
        }
    }

    private static int fetchedPages(FixtureSite site) {
        int n = 0;
        for (String path : PAGES) {
            n += site.requests(path);
        }
        return n;
    }
}
