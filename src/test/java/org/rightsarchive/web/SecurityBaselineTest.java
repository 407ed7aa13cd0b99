package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;

/**
 * The security baseline at a real server serving the real web page: security headers on every kind of answer,
 * no path traversal through document ids, the archive route or static files, a per-client rate limit, loopback
 * binding by default.
 */
class SecurityBaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LuceneSearchBackend backend;
    private static ArchiveServer server;

    @BeforeAll
    static void startServer() throws IOException {
        backend = LuceneSearchBackend.open(GoldCorpus.shared());
        server = ArchiveServer.start(
                ServerConfig.defaults()
                        .withPort(0)
                        .withRateLimit(RateLimit.OFF)
                        .withExtension(routes -> routes.get("/api/broken", ctx -> {
                            throw new IllegalStateException("internal detail /work/secret");
                        })),
                backend,
                new CorpusReader(GoldCorpus.CORPUS));
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
        backend.close();
    }

    private static void assertSecurityHeaders(RawHttp.Response response, String what) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        String policy = response.header("Content-Security-Policy");
        assertNotNull(policy, what);
        assertTrue(policy.contains("default-src 'self'") || policy.startsWith("sandbox"), what + ": " + policy);
        assertEquals("SAMEORIGIN", response.header("X-Frame-Options"), what);
        assertEquals("no-referrer", response.header("Referrer-Policy"), what);
        assertTrue(response.header("Server") == null, what + ": no server banner");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "200, /",
        "200, /app.js",
        "200, /app.css",
        "200, /favicon.svg",
        "200, /health",
        "200, /api/search?q=Liaoning",
        "200, /api/export?format=csv&q=Liaoning",
        "200, /api/feed.atom",
        "404, /no-such-page.html",
        "404, /api/no-such-route",
        "404, /archive/0123456789abcdef",
        "400, /api/search?sort=popularity",
        "400, /api/search?q=%ZZ",
        "400, /archive/not-an-id",
        "400, /%2e%2e/%2e%2e/etc/passwd",
        "500, /api/broken"
    })
    void everyKindOfAnswerCarriesSecurityHeaders(int status, String target) throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertEquals(status, response.status(), target + " -> " + response.body());
        assertSecurityHeaders(response, target);
    }

    @Test
    void limitAnswersCarrySecurityHeadersToo() throws Exception {
        RawHttp.Response uriTooLong = RawHttp.get(server.port(), "/api/search?q=" + "x".repeat(20_000));
        assertEquals(414, uriTooLong.status());
        assertSecurityHeaders(uriTooLong, "414");
        RawHttp.Response headersTooLarge = RawHttp.request(
                server.port(),
                "GET",
                "/health".getBytes(StandardCharsets.US_ASCII),
                Map.of("X-Big", "y".repeat(20_000)));
        assertEquals(431, headersTooLarge.status());
        assertSecurityHeaders(headersTooLarge, "431");
        RawHttp.Response bodyTooLarge = RawHttp.request(
                server.port(),
                "POST",
                "/api/search".getBytes(StandardCharsets.US_ASCII),
                Map.of("Content-Length", "1000000"));
        assertEquals(413, bodyTooLarge.status());
        assertSecurityHeaders(bodyTooLarge, "413");
    }

    @Test
    void aFailureRevealsNothingInternal() throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), "/api/broken");
        assertEquals(500, response.status());
        assertEquals(
                "internal error; the server log has the details",
                JSON.readTree(response.body()).get("error").asText());
        assertTrue(HostileQueryTest.problems(response).equals(List.of("status 500")), response.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/archive/..%2f..%2fetc%2fpasswd",
                "/archive/..%2F..%2F..%2Fpom.xml",
                "/archive/../../etc/passwd",
                "/archive/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/archive/0123456789ABCDEF",
                "/archive/0123456789abcde",
                "/archive/0123456789abcdef0",
                "/archive/0123456789abcdeg",
                "/archive/%00",
                "/api/documents/../../",
                "/api/documents/..%2f..%2fpom.xml",
                "/api/documents/%2e%2e",
                "/api/documents/0123456789abcdef%2f..",
                "/api/people/..%2f..%2fetc",
                "/%2e%2e/",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/../../etc/passwd",
                "/..%2f..%2fetc%2fpasswd",
                "/index.html/../../pom.xml",
                "/./index.html",
                "/..\\..\\etc\\passwd",
                "/%5c..%5c..%5cetc%5cpasswd",
                "/../org/rightsarchive/web/ArchiveServer.class",
                "/org/rightsarchive/web/ArchiveServer.class",
                "/%2e%2e/openapi.json",
                "/web/index.html",
                "//etc/passwd",
                "/file:/etc/passwd"
            })
    void traversalGetsA400Or404AndNeverAFile(String target) throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertTrue(
                response.status() == 400 || response.status() == 404,
                target + " -> " + response.status() + " "
                        + response.body()
                                .substring(0, Math.min(200, response.body().length())));
        for (String secret : List.of("root:", "<project", "CAFEBABE", "\"openapi\"", "<html")) {
            assertFalse(response.body().contains(secret), target + " leaked " + secret);
        }
        assertFalse(response.body().startsWith("\uFFFD\uFFFD\uFFFD\uFFFD"), target + " leaked a class file");
        assertSecurityHeaders(response, target);
    }

    @Test
    void rateLimitAnswers429WithRetryAfterPerClient() throws Exception {
        try (ArchiveServer limited = ArchiveServer.start(
                ServerConfig.defaults()
                        .withPort(0)
                        .withStaticFolder("/web-test")
                        .withRateLimit(new RateLimit(0.5, 3)),
                backend,
                new CorpusReader(GoldCorpus.CORPUS))) {
            for (String route : List.of("/api/search?q=Liaoning", "/api/feed.atom", "/api/export?q=Liaoning")) {
                assertEquals(200, RawHttp.get(limited.port(), route).status(), route);
            }
            for (String route : List.of("/api/search?q=Liaoning", "/api/feed.atom", "/api/export?q=Liaoning")) {
                RawHttp.Response refused = RawHttp.get(limited.port(), route);
                assertEquals(429, refused.status(), route);
                assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, route);
                JsonNode error = JSON.readTree(refused.body());
                assertTrue(error.get("error").asText().contains("too many requests"), refused.body());
                assertSecurityHeaders(refused, "429");
            }
            RawHttp.Response spoofed = RawHttp.request(
                    limited.port(),
                    "GET",
                    "/api/search?q=Liaoning".getBytes(StandardCharsets.US_ASCII),
                    Map.of("X-Forwarded-For", "203.0.113.7"));
            assertEquals(429, spoofed.status(), "a forwarded-for header does not buy a new bucket");
            assertEquals(200, RawHttp.get(limited.port(), "/health").status(), "health is not limited");
            assertEquals(200, RawHttp.get(limited.port(), "/api/topics").status(), "cheap routes are not limited");
        }
    }

    @Test
    void defaultRateLimitIsGenerousButOn() {
        assertEquals(new RateLimit(50, 200), ServerConfig.defaults().rateLimit());
        assertTrue(ServerConfig.defaults().rateLimit().enabled());
    }

    @Test
    void defaultServerIsNotReachableFromOtherInterfaces() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        try (ArchiveServer loopback = ArchiveServer.start(
                ServerConfig.defaults().withPort(0).withStaticFolder("/web-test"),
                backend,
                new CorpusReader(GoldCorpus.CORPUS))) {
            assertEquals("127.0.0.1", loopback.uri().getHost());
            try (Socket socket = new Socket()) {
                assertThrows(
                        ConnectException.class,
                        () -> socket.connect(new InetSocketAddress(external.get(), loopback.port()), 2_000));
            }
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
