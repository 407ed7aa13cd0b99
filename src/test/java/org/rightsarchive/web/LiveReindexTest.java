package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Reindexer;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;

/** A running server picks up rebuilt and updated indexes without a restart and without a failed answer. */
class LiveReindexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path indexDir;

    @Test
    void fullRebuildSwitchesGenerationWhileClientsGetAnswers() throws Exception {
        IndexStore store = GoldCorpus.build(indexDir);
        long before = store.liveGeneration();
        List<Capture> corpus = new CorpusReader(GoldCorpus.CORPUS).readAll();
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(store);
                ArchiveServer server = ArchiveServer.start(
                        // A client in a tight loop is exactly what the rate limit stops; this test is about reindexing.
                        ServerConfig.defaults().withPort(0).withRateLimit(RateLimit.OFF),
                        backend,
                        new CorpusReader(GoldCorpus.CORPUS))) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            URI search = server.uri().resolve("/api/search?q=Liaoning&size=3");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answers = new AtomicInteger();
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<Long> generations = ConcurrentHashMap.newKeySet();
            Thread clientThread = new Thread(
                    () -> {
                        while (running.get()) {
                            try {
                                HttpResponse<String> r = client.send(
                                        HttpRequest.newBuilder(search)
                                                .timeout(Duration.ofSeconds(30))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                                JsonNode body = JSON.readTree(r.body());
                                if (r.statusCode() != 200) {
                                    failures.add(r.statusCode() + " " + r.body());
                                } else if (body.get("total").asLong() == 0
                                        || body.get("hits").isEmpty()) {
                                    failures.add("empty answer at generation " + body.get("generation"));
                                } else {
                                    generations.add(body.get("generation").asLong());
                                }
                                answers.incrementAndGet();
                            } catch (Exception e) {
                                failures.add(e.toString());
                            }
                        }
                    },
                    "live-reindex-client");
            clientThread.start();
            Reindexer reindexer =
                    new Reindexer(store, new ArchiveIndexer(new PageExtractor(), GoldCorpus.goldAnnotators(), 2));
            while (answers.get() == 0) {
                Thread.sleep(10);
            }
            int beforeRebuild = answers.get();
            for (int build = 0; build < 2; build++) {
                reindexer.full(corpus, ArchiveIndexer.Progress.NONE);
            }
            int duringRebuild = answers.get() - beforeRebuild;
            long after = store.liveGeneration();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!generations.contains(after) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            int seenAtSwitch = answers.get();
            while (answers.get() < seenAtSwitch + 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            running.set(false);
            clientThread.join(30_000);
            System.out.printf(
                    "live reindex: %d answers, %d during the rebuilds, generations %s%n",
                    answers.get(), duringRebuild, generations);
            assertEquals(List.of(), failures);
            assertEquals(before + 2, after);
            assertTrue(generations.contains(before), "answered from the first generation: " + generations);
            assertTrue(generations.contains(after), "answered from the new generation: " + generations);
            assertEquals(after, backend.generation());
            assertTrue(duringRebuild > 0, "the client got answers while the rebuild ran: " + duringRebuild);
        }
    }

    @Test
    void incrementalUpdateInPlaceIsPickedUp() throws Exception {
        IndexStore store = GoldCorpus.build(indexDir);
        List<Capture> corpus = new CorpusReader(GoldCorpus.CORPUS).readAll();
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(store)) {
            long generation = backend.generation();
            assertEquals(corpus.size(), backend.documentCount());
            List<Capture> fewer = corpus.stream()
                    .filter(c -> !c.source().contains("script-injection"))
                    .toList();
            new Reindexer(store, new ArchiveIndexer(new PageExtractor(), GoldCorpus.goldAnnotators(), 2))
                    .incremental(fewer, ArchiveIndexer.Progress.NONE);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (backend.documentCount() != fewer.size() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(fewer.size(), backend.documentCount());
            assertEquals(generation, backend.generation(), "an in-place update keeps the generation");
        }
    }
}
