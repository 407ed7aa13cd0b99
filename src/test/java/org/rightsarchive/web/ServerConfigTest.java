package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;

class ServerConfigTest {
    @Test
    void defaultsAreLoopbackOn7070() {
        ServerConfig config = ServerConfig.defaults();
        assertEquals("127.0.0.1", config.host());
        assertEquals(7070, config.port());
        assertEquals("/web", config.staticFolder());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536})
    void portOutOfRangeIsRejected(int port) {
        assertThrows(
                IllegalArgumentException.class, () -> ServerConfig.defaults().withPort(port));
    }

    @Test
    void blankHostIsRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> ServerConfig.defaults().withHost(" "));
    }

    @Test
    void extensionRoutesAreServedWithTheSameHeadersAndErrors() throws Exception {
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withExtension(routes -> routes.get("/api/admin/ping", ctx -> ctx.result("pong")))
                .withExtension(routes -> routes.get("/api/admin/bad", ctx -> {
                    throw new BadRequest("no such thing");
                }))
                .withExtension(routes -> routes.get("/api/admin/bug", ctx -> {
                    throw new IllegalStateException("secret internals");
                }));
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(GoldCorpus.shared());
                ArchiveServer server = ArchiveServer.start(config, backend, new CorpusReader(GoldCorpus.CORPUS))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> ping = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("/api/admin/ping"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("pong", ping.body());
            assertEquals(
                    "nosniff",
                    ping.headers().firstValue("X-Content-Type-Options").orElseThrow());
            HttpResponse<String> bad = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("/api/admin/bad"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());
            assertEquals("{\"error\":\"no such thing\"}", bad.body());
            HttpResponse<String> bug = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("/api/admin/bug"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, bug.statusCode());
            assertTrue(bug.body().contains("internal error"), bug.body());
            assertTrue(!bug.body().contains("secret internals") && !bug.body().contains("IllegalState"), bug.body());
        }
    }

    @Test
    void portInUseIsAClearError() throws Exception {
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(GoldCorpus.shared());
                ArchiveServer first = ArchiveServer.start(
                        ServerConfig.defaults().withPort(0), backend, new CorpusReader(GoldCorpus.CORPUS))) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> ArchiveServer.start(
                            ServerConfig.defaults().withPort(first.port()),
                            backend,
                            new CorpusReader(GoldCorpus.CORPUS)));
            assertTrue(e.getMessage().contains("cannot start the server on 127.0.0.1:" + first.port()), e.getMessage());
        }
    }
}
