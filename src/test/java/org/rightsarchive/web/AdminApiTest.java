package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.ReindexService;
import org.rightsarchive.index.Reindexer;
import org.rightsarchive.search.LuceneSearchBackend;

/** The admin API on a real server: the token guards it, a reindex runs in the background and goes live. */
@Timeout(120)
class AdminApiTest {
    private static final String TOKEN = "test-admin-token-0123456789";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path corpus;
    private LuceneSearchBackend backend;
    private ReindexService reindex;
    private ArchiveServer server;

    private void writePages(int n) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("pages/en"));
        String[] people = {"Yao Fuxin", "Liu Xiaobo", "Huang Qi", "Gao Zhisheng", "Ilham Tohti", "Xu Zhiyong"};
        String[] places = {"Liaoyang", "Beijing", "Chengdu", "Urumqi", "Guangzhou", "Shenyang"};
        for (int i = 0; i < n; i++) {
            String html = "<html><body><article><h1>Alert " + i + ": " + people[i] + "</h1><p>" + people[i]
                    + " was detained in " + places[i] + " on March " + (i + 1) + ", 2015, police said.</p>"
                    + "</article></body></html>";
            Files.writeString(dir.resolve("alert-" + i + ".html"), html, StandardCharsets.UTF_8);
        }
    }

    private void start(Optional<AdminToken> token) throws IOException {
        corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        writePages(3);
        Reindexer reindexer = new Reindexer(
                new IndexStore(index), new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 2));
        reindexer.full(ArchiveReader.open(corpus).latestGoodCaptures(), ArchiveIndexer.Progress.NONE);
        backend = LuceneSearchBackend.open(new IndexStore(index));
        reindex = new ReindexService(reindexer, () -> ArchiveReader.open(corpus).latestGoodCaptures());
        AdminRoutes admin = new AdminRoutes(token, reindex, backend);
        server = ArchiveServer.start(
                ServerConfig.defaults().withPort(0).withExtension(admin::register),
                backend,
                ArchiveReader.open(corpus));
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (reindex != null) {
            reindex.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    private HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutATokenConfiguredTheAdminApiIsOff() throws Exception {
        start(Optional.empty());
        HttpResponse<String> r = call("POST", "/api/admin/reindex", "Bearer " + TOKEN);
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("admin API is off"), r.body());
        assertEquals(ReindexService.State.IDLE, reindex.status().state());
    }

    @Test
    void aWrongOrMissingTokenIs401AndNothingRuns() throws Exception {
        start(AdminToken.of(TOKEN));
        for (String auth : new String[] {null, "Bearer wrong-token-wrong-token", "Basic " + TOKEN, TOKEN}) {
            HttpResponse<String> r = call("POST", "/api/admin/reindex", auth);
            assertEquals(401, r.statusCode(), auth + ": " + r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(401, call("GET", "/api/admin/status", auth).statusCode());
        }
        assertEquals(ReindexService.State.IDLE, reindex.status().state());
        assertEquals(1, backend.generation());
    }

    @Test
    void aValidTokenStartsAReindexThatGoesLiveWhileSearchAnswers() throws Exception {
        start(AdminToken.of(TOKEN));
        writePages(5);
        HttpResponse<String> started = call("POST", "/api/admin/reindex", "Bearer " + TOKEN);
        assertEquals(202, started.statusCode(), started.body());
        assertEquals("running", JSON.readTree(started.body()).get("state").asText());
        assertTrue(reindex.awaitIdle(90, TimeUnit.SECONDS));
        JsonNode status = JSON.readTree(
                call("GET", "/api/admin/status", "Bearer " + TOKEN).body());
        assertEquals("succeeded", status.get("state").asText(), status.toString());
        assertTrue(status.get("summary").asText().startsWith("indexed 5"), status.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (backend.generation() != 2 && System.nanoTime() < deadline) {
            assertEquals(200, call("GET", "/api/search?q=detained", null).statusCode());
            Thread.sleep(100);
        }
        assertEquals(2, backend.generation());
        JsonNode search =
                JSON.readTree(call("GET", "/api/search?q=detained", null).body());
        assertEquals(5, search.get("total").asInt(), search.toString());
    }

    @Test
    void publicEndpointsAreReadOnly() throws Exception {
        start(AdminToken.of(TOKEN));
        for (String path : new String[] {"/api/search", "/api/documents/0123456789abcdef", "/health"}) {
            int status = call("POST", path, "Bearer " + TOKEN).statusCode();
            assertTrue(status == 404 || status == 405, path + " answered " + status);
        }
    }
}
