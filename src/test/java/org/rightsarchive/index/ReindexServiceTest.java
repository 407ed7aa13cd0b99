package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;

class ReindexServiceTest {
    @TempDir
    Path tmp;

    private static List<Capture> pages(int n) {
        List<Capture> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String html = "<html><body><article><h1>Alert " + i + "</h1><p>Worker " + i
                    + " was detained in Liaoyang.</p></article></body></html>";
            out.add(new Capture(
                    "corpus:pages/en/a" + i + ".html",
                    Instant.EPOCH,
                    200,
                    "text/html",
                    html.getBytes(StandardCharsets.UTF_8),
                    "pages/en/a" + i + ".html"));
        }
        return out;
    }

    private Reindexer reindexer() {
        return new Reindexer(
                new IndexStore(tmp.resolve("index")),
                new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 2));
    }

    @Test
    @Timeout(60)
    void runsInTheBackgroundAndReportsTheNewGeneration() throws Exception {
        try (ReindexService service = new ReindexService(reindexer(), () -> pages(20))) {
            assertEquals(ReindexService.State.IDLE, service.status().state());
            service.start(false);
            assertTrue(service.awaitIdle(50, TimeUnit.SECONDS));
            ReindexService.Status done = service.status();
            assertEquals(ReindexService.State.SUCCEEDED, done.state(), done.toString());
            assertEquals(1, done.generation());
            assertEquals(20, done.done());
            assertTrue(done.summary().startsWith("indexed 20, skipped 0, failed 0"), done.summary());
        }
    }

    @Test
    @Timeout(60)
    void refusesASecondRunWhileOneIsRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ReindexService service = new ReindexService(reindexer(), () -> {
            release.await();
            return pages(3);
        })) {
            service.start(false);
            assertThrows(IllegalStateException.class, () -> service.start(true));
            release.countDown();
            assertTrue(service.awaitIdle(50, TimeUnit.SECONDS));
            assertEquals(ReindexService.State.SUCCEEDED, service.status().state());
        }
    }

    @Test
    @Timeout(60)
    void aFailingListingIsReportedAndTheLiveIndexStays() throws Exception {
        Reindexer reindexer = reindexer();
        reindexer.full(pages(2), ArchiveIndexer.Progress.NONE);
        try (ReindexService service = new ReindexService(reindexer, () -> {
            throw new java.io.IOException("corpus directory not readable");
        })) {
            service.start(false);
            assertTrue(service.awaitIdle(50, TimeUnit.SECONDS));
            assertEquals(ReindexService.State.FAILED, service.status().state());
            assertEquals("corpus directory not readable", service.status().error());
        }
        assertEquals(1, new IndexStore(tmp.resolve("index")).liveGeneration());
    }
}
