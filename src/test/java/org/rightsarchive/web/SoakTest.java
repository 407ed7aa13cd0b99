package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.ReindexService;
import org.rightsarchive.index.Reindexer;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;

/**
 * A bounded soak: two clients send a few thousand mixed good and hostile requests to a live server while full
 * reindexes run through {@link ReindexService}. No answer may be a 5xx, a query that must match never comes back
 * empty, no document is lost, and the heap after a GC stays within {@link #HEAP_GROWTH_BYTES} of the start.
 * Bounded by {@code -Dsoak.seconds} (default 60) and {@code -Dsoak.requests} (default 3000); prints its seed.
 */
@Tag("soak")
class SoakTest {
    private static final long HEAP_GROWTH_BYTES = 100L << 20;
    private static final long MAX_MILLIS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Good requests that must match at least one document, with or without a reindex going on. */
    private static final List<String> MUST_MATCH = List.of(
            "/api/search?q=Liaoning&size=3",
            "/api/search?q=" + URLEncoder.encode("姚福信", StandardCharsets.UTF_8),
            "/api/search?q=" + URLEncoder.encode("\"Yao Fuxin\"", StandardCharsets.UTF_8) + "&sort=date",
            "/api/search?province=Liaoning&page=2&size=2",
            "/api/search?q=detain*&topic=labor-rights");

    @TempDir
    Path indexDir;

    @Test
    void mixedTrafficDuringReindexesNeverFailsLosesNothingAndKeepsTheHeapStable() throws Exception {
        long seed = Long.getLong("soak.seed", System.nanoTime());
        long seconds = Long.getLong("soak.seconds", 60);
        int maxRequests = Integer.getInteger("soak.requests", 3000);
        System.out.println("SoakTest seed " + seed + " (-Dsoak.seed=" + seed + ")");
        IndexStore store = GoldCorpus.build(indexDir);
        var corpus = new CorpusReader(GoldCorpus.CORPUS);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(store);
                ArchiveServer server = ArchiveServer.start(
                        ServerConfig.defaults()
                                .withPort(0)
                                .withStaticFolder("/web-test")
                                .withRateLimit(RateLimit.OFF),
                        backend,
                        corpus);
                ReindexService reindex = new ReindexService(
                        new Reindexer(store, new ArchiveIndexer(new PageExtractor(), GoldCorpus.goldAnnotators(), 1)),
                        corpus::readAll)) {
            long documentsBefore = backend.documentCount();
            long generationBefore = backend.generation();
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            for (String path : MUST_MATCH) { // warm up before the heap baseline
                client.send(request(server, path), HttpResponse.BodyHandlers.ofString());
            }
            long heapBefore = usedHeapAfterGc(memory);

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            AtomicLong slowest = new AtomicLong();
            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
            List<String> failures = new CopyOnWriteArrayList<>();
            List<Thread> clients = List.of(0, 1).stream()
                    .map(n -> new Thread(
                            () -> drive(
                                    server,
                                    client,
                                    new Random(seed + n),
                                    running,
                                    requests,
                                    maxRequests,
                                    slowest,
                                    statuses,
                                    failures),
                            "soak-client-" + n))
                    .toList();
            clients.forEach(Thread::start);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            int reindexes = 0;
            List<String> reindexFailures = new CopyOnWriteArrayList<>();
            while (System.nanoTime() < deadline && (reindexes == 0 || requests.get() < maxRequests)) {
                reindex.start(false);
                assertTrue(reindex.awaitIdle(Math.max(1, seconds) * 2, TimeUnit.SECONDS), "a reindex ends in time");
                ReindexService.Status status = reindex.status();
                if (status.state() != ReindexService.State.SUCCEEDED) {
                    reindexFailures.add(status.state() + ": " + status.error());
                }
                reindexes++;
            }
            running.set(false);
            for (Thread t : clients) {
                t.join(30_000);
            }
            backend.refresh();
            long heapAfter = usedHeapAfterGc(memory);
            System.out.printf(
                    "SoakTest: %d requests, %d reindexes, statuses %s, slowest %d ms, heap %d MB -> %d MB%n",
                    requests.get(), reindexes, statuses, slowest.get(), heapBefore >> 20, heapAfter >> 20);

            assertEquals(List.of(), reindexFailures);
            assertEquals(List.of(), failures, "seed " + seed);
            assertTrue(statuses.getOrDefault(200, 0) > 0 && statuses.getOrDefault(400, 0) > 0, statuses.toString());
            assertEquals(documentsBefore, backend.documentCount(), "no document lost");
            assertEquals(generationBefore + reindexes, backend.generation(), "every rebuild went live");
            assertTrue(
                    heapAfter <= heapBefore + HEAP_GROWTH_BYTES,
                    "heap grew from " + (heapBefore >> 20) + " MB to " + (heapAfter >> 20) + " MB");
        }
    }

    private static void drive(
            ArchiveServer server,
            HttpClient client,
            Random random,
            AtomicBoolean running,
            AtomicInteger requests,
            int maxRequests,
            AtomicLong slowest,
            Map<Integer, Integer> statuses,
            List<String> failures) {
        while (running.get() && failures.size() < 20) {
            if (requests.get() >= maxRequests) {
                sleep(); // enough traffic: wait for the reindex under way to end
                continue;
            }
            requests.incrementAndGet();
            String what = "?";
            try {
                int kind = random.nextInt(10);
                int status;
                long millis;
                if (kind < 5) {
                    String path = MUST_MATCH.get(random.nextInt(MUST_MATCH.size()));
                    what = path;
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.send(
                            request(server, path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    millis = (System.nanoTime() - start) / 1_000_000;
                    status = response.statusCode();
                    if (status == 200) {
                        JsonNode body = JSON.readTree(response.body());
                        if (body.get("total").asLong() == 0 || body.get("hits").isEmpty()) {
                            failures.add(path + " -> empty answer at generation " + body.get("generation"));
                        }
                    } else {
                        failures.add(path + " -> " + status + " " + response.body());
                    }
                } else if (kind < 6) {
                    String path = random.nextBoolean()
                            ? "/api/feed.atom?province=Liaoning"
                            : "/api/export?format=jsonl&province=Liaoning";
                    what = path;
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.send(
                            request(server, path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    millis = (System.nanoTime() - start) / 1_000_000;
                    status = response.statusCode();
                    if (status != 200 || response.body().isEmpty()) {
                        failures.add(
                                path + " -> " + status + " (" + response.body().length() + " chars)");
                    }
                } else {
                    byte[] target = HostileQueryTest.mutate(random);
                    what = new String(target, StandardCharsets.ISO_8859_1);
                    RawHttp.Response response = RawHttp.get(server.port(), target);
                    millis = response.millis();
                    status = response.status();
                    List<String> problems = HostileQueryTest.problems(response);
                    if (!problems.isEmpty()) {
                        failures.add(what + " -> " + problems);
                    }
                }
                statuses.merge(status, 1, Integer::sum);
                slowest.accumulateAndGet(millis, Math::max);
                if (millis > MAX_MILLIS) {
                    failures.add(what + " took " + millis + " ms");
                }
            } catch (Exception e) {
                failures.add(what + " -> " + e);
            }
        }
    }

    private static HttpRequest request(ArchiveServer server, String path) {
        return HttpRequest.newBuilder(URI.create(server.uri().toString()).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
