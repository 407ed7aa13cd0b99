package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;

/**
 * Hostile queries at a real server over the corpus index, sent byte for byte over a socket: each is answered
 * quickly with a 400 and a message, a 414/431 from the request limits, or a bounded result; never a 5xx, a stack
 * trace, a class name or a file path. The fuzz test prints its seed; rerun one with {@code -Dfuzz.seed=...}.
 */
class HostileQueryTest {
    /** Generous: the build machine is shared and loaded; a hostile query must not take anywhere near this. */
    static final long MAX_MILLIS = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What must never reach a client: traces, class and package names, paths on the server's disk. */
    private static final List<String> LEAKS = List.of(
            "Exception",
            "\tat ",
            "at org.",
            "at java.",
            "org.rightsarchive",
            "org.apache",
            "org.eclipse",
            "io.javalin",
            "java.lang",
            ".java:",
            "/work/",
            "/tmp/",
            "/home/",
            "/usr/");

    private static LuceneSearchBackend backend;
    private static ArchiveServer server;

    @BeforeAll
    static void startServer() throws IOException {
        backend = LuceneSearchBackend.open(GoldCorpus.shared());
        server = ArchiveServer.start(
                ServerConfig.defaults()
                        .withPort(0)
                        .withStaticFolder("/web-test")
                        .withRateLimit(RateLimit.OFF),
                backend,
                new CorpusReader(GoldCorpus.CORPUS));
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
        backend.close();
    }

    /** The problems of an answer to a hostile request: a 5xx, slowness, or anything internal in the body. */
    static List<String> problems(RawHttp.Response response) {
        List<String> out = new ArrayList<>();
        if (response.status() >= 500) {
            out.add("status " + response.status());
        }
        if (response.millis() > MAX_MILLIS) {
            out.add("took " + response.millis() + " ms");
        }
        for (String leak : LEAKS) {
            if (response.body().contains(leak)) {
                out.add("body shows '" + leak.strip() + "'");
            }
        }
        return out;
    }

    static void assertSafe(RawHttp.Response response, String what) {
        List<String> problems = problems(response);
        assertTrue(problems.isEmpty(), what + ": " + problems + " -> " + abbreviate(response.body()));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static Stream<Arguments> hostileQueries() {
        String manyTerms = Stream.generate(() -> "w").limit(10_000).collect(Collectors.joining("+"));
        String manyOrs = Stream.generate(() -> "ab").limit(300).collect(Collectors.joining("+OR+"));
        String fuzzy = Stream.generate(() -> "labor~2").limit(120).collect(Collectors.joining("+"));
        String wildcards = Stream.generate(() -> "la*").limit(120).collect(Collectors.joining("+"));
        return Stream.of(
                Arguments.of("leading wildcard", "/api/search?q=*fuxin", "400"),
                // found by the fuzz (seed 9317539302971): Javalin's path-parameter decoder threw, a 500
                Arguments.of("malformed escape in a path parameter", "/archive/0123456789abcde;&q=20%&02", "400"),
                Arguments.of("lone percent in a document id", "/api/documents/0123456789abcde%", "400"),
                Arguments.of("leading question mark", "/api/search?q=%3Fuxin", "400"),
                Arguments.of("one-letter prefix", "/api/search?q=a*", "400"),
                Arguments.of("regex", "/api/search?q=%2F.*%5Ba-z%5D%7B1%2C50%7D.*%2F", "400"),
                Arguments.of("catastrophic regex", "/api/search?q=%2F(a%7Caa)*(b%7Cbb)*%2F", "400"),
                Arguments.of("fuzzy edits beyond two", "/api/search?q=labor~9", "400"),
                Arguments.of("120 fuzzy terms", "/api/search?q=" + fuzzy, "400"),
                Arguments.of("120 prefix terms", "/api/search?q=" + wildcards, "400"),
                Arguments.of("one fuzzy term", "/api/search?q=labor~2", "200"),
                Arguments.of("five fuzzy terms", "/api/search?q=" + fuzzy.substring(0, 39), "200"),
                Arguments.of("six fuzzy terms", "/api/search?q=" + fuzzy.substring(0, 47), "400"),
                Arguments.of("five prefix terms", "/api/search?q=" + wildcards.substring(0, 19), "200"),
                // found by the fuzz (seed 66960749940446): Lucene refused the pattern's automaton, a 500
                Arguments.of("wildcard pattern too complex to build", "/api/search?q=det" + "%3D*".repeat(300), "400"),
                Arguments.of("300 ORed terms", "/api/search?q=" + manyOrs, "200|400"),
                Arguments.of("10,000 terms", "/api/search?q=" + manyTerms, "400|414|431"),
                Arguments.of("1,001 characters", "/api/search?q=" + "x".repeat(1001), "400"),
                Arguments.of("7,000 characters", "/api/search?q=" + "x".repeat(7000), "400|414|431"),
                Arguments.of("100,000 characters", "/api/search?q=" + "x".repeat(100_000), "414|431|400"),
                Arguments.of("100,000-character path", "/api/documents/" + "a".repeat(100_000), "414|431|400"),
                Arguments.of("range syntax", "/api/search?q=%5Ba+TO+z%5D", "400"),
                Arguments.of("unknown field", "/api/search?q=secret%3Ax", "400"),
                Arguments.of("deep parentheses", "/api/search?q=" + "(".repeat(500) + "a" + ")".repeat(500), "200|400"),
                Arguments.of("dangling operators", "/api/search?q=AND+OR+NOT", "200|400"),
                Arguments.of("percent garbage", "/api/search?q=%ZZ%", "400"),
                Arguments.of("lone percent", "/api/search?q=%", "400"),
                Arguments.of("truncated UTF-8 escape", "/api/search?q=%E4%B8", "200|400"),
                Arguments.of("invalid UTF-8 escapes", "/api/search?q=%FF%FE%C3%28", "200|400"),
                Arguments.of("null byte", "/api/search?q=a%00b", "200|400"),
                Arguments.of("garbage parameter name", "/api/search?%FF%FE=1", "400"),
                Arguments.of("invalid UTF-8 in the path", "/api/documents/%FF%FE", "400|404"),
                Arguments.of("impossible date", "/api/search?from=2002-02-30", "400"),
                Arguments.of("five-digit year", "/api/search?from=99999", "400"),
                Arguments.of("zero date", "/api/search?to=0000-00-00", "400"),
                Arguments.of("negative year", "/api/search?from=-2002", "400"),
                Arguments.of("unpadded date", "/api/search?publishedFrom=2002-1-1", "400"),
                Arguments.of("month 13", "/api/search?publishedTo=2002-13", "400"),
                Arguments.of("page 10^9", "/api/search?page=1000000000", "400"),
                Arguments.of("page beyond long", "/api/search?page=99999999999999999999", "400"),
                Arguments.of("size 10^6", "/api/search?size=1000000", "400"),
                Arguments.of("negative page", "/api/search?page=-1", "400"),
                Arguments.of("hexadecimal size", "/api/search?size=0x10", "400"),
                Arguments.of("page 10^9 of the feed", "/api/feed.atom?page=1000000000", "400"),
                Arguments.of("size 10^6 of the export", "/api/export?size=1000000", "400"),
                Arguments.of("q repeated 10,000 times", "/api/search?" + "q=a&".repeat(10_000), "400|414|431"),
                Arguments.of("filter repeated 10,000 times", "/api/search?" + "province=X&".repeat(10_000), "414|431"),
                Arguments.of(
                        "filter repeated 400 times", "/api/search?size=1" + "&province=Liaoning".repeat(400), "200"),
                Arguments.of("q repeated 500 times", "/api/search?" + "q=a&".repeat(500), "400"),
                Arguments.of("500 comma values", "/api/search?topic=" + "a,".repeat(500), "200"),
                Arguments.of("500 comma values of a topic", "/api/search?topic=" + "labor-rights,".repeat(500), "200"),
                // 9,000 bytes percent-encoded: under the parser's limit, so never a 431 from the server
                Arguments.of("1,000 Chinese characters", "/api/search?q=" + "%E5%A7%9A".repeat(1000), "200|400"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileQueries")
    void hostileQueryIsAnsweredQuicklyAndSafely(String name, String target, String allowed) throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        Set<Integer> statuses =
                Arrays.stream(allowed.split("\\|")).map(Integer::valueOf).collect(Collectors.toSet());
        assertTrue(
                statuses.contains(response.status()),
                name + ": " + response.status() + " not in " + statuses + " -> " + abbreviate(response.body()));
        assertSafe(response, name);
        if (response.status() == 400 || response.status() == 414 || response.status() == 431) {
            JsonNode error = JSON.readTree(response.body());
            assertFalse(error.path("error").asText().isBlank(), name + ": " + response.body());
        }
        if (response.status() == 200 && target.startsWith("/api/search")) {
            JsonNode result = JSON.readTree(response.body());
            assertTrue(result.get("hits").size() <= result.get("size").asInt(), "a bounded page: " + name);
        }
    }

    @Test
    void rawNonUtf8BytesInTheQueryAreAnsweredSafely() throws Exception {
        byte[] target = concat(
                "/api/search?q=".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, (byte) 0xE4, (byte) 0xB8});
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertTrue(response.status() == 200 || response.status() == 400, response.status() + " " + response.body());
        assertSafe(response, "raw bytes");
    }

    @Test
    void hugeHeadersAreA431() throws Exception {
        RawHttp.Response one = RawHttp.request(
                server.port(), "GET", bytes("/api/search?q=Liaoning"), Map.of("X-Filler", "x".repeat(20_000)));
        assertEquals(431, one.status(), one.body());
        assertSafe(one, "one huge header");
        Map<String, String> many = new TreeMap<>();
        for (int i = 0; i < 500; i++) {
            many.put("X-Filler-" + i, "y".repeat(40));
        }
        RawHttp.Response lots = RawHttp.request(server.port(), "GET", bytes("/api/search?q=Liaoning"), many);
        assertEquals(431, lots.status(), lots.body());
        assertSafe(lots, "500 headers");
    }

    @Test
    void aRequestBodyBeyondTheLimitIsA413() throws Exception {
        RawHttp.Response response = RawHttp.request(
                server.port(),
                "GET",
                bytes("/api/search?q=Liaoning"),
                Map.of("Content-Length", Integer.toString(ArchiveServer.MAX_BODY_BYTES + 1)));
        assertEquals(413, response.status(), response.body());
        assertSafe(response, "big body");
    }

    @Test
    void theServerStillAnswersGoodQueriesAfterHostileOnes() throws Exception {
        RawHttp.get(server.port(), "/api/search?q=" + "x".repeat(100_000));
        RawHttp.get(server.port(), "/api/search?q=%ZZ");
        RawHttp.Response good = RawHttp.get(server.port(), "/api/search?q=Liaoning");
        assertEquals(200, good.status());
        assertTrue(JSON.readTree(good.body()).get("total").asLong() > 0);
    }

    /** Good requests, each the seed of mutations. */
    private static final List<String> SEEDS = List.of(
            "/api/search?q=Yao+Fuxin&size=5",
            "/api/search?q=%E8%BE%BD%E5%AE%81",
            "/api/search?q=%22labor+protest%22+OR+petition",
            "/api/search?q=person%3Ayao-fuxin&province=Liaoning",
            "/api/search?from=2002&to=2003&sort=date&page=2&size=5",
            "/api/search?q=detain*&publishedFrom=2019-01",
            "/api/search?q=laber~1&topic=labor-rights,lawyers",
            "/api/feed.atom?q=Liaoning",
            "/api/feed.atom?topic=labor-rights",
            "/api/export?format=jsonl&q=Yao+Fuxin",
            "/api/documents/0123456789abcdef",
            "/api/people/yao-fuxin",
            "/archive/0123456789abcdef");

    private static final String NASTY =
            "%&=*?~\"():\\/^[]{}+-!|,;#<>' \t\u0000AND OR NOT 姚辽遼 person: 2002-13-45 9999999999";

    @Test
    void fuzzedQueriesNeverFailTheServer() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int requests = Integer.getInteger("fuzz.requests", 2000);
        System.out.println("HostileQueryTest fuzz seed " + seed + " (-Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long slowest = 0;
        long start = System.nanoTime();
        for (int i = 0; i < requests && failures.size() < 20; i++) {
            byte[] target = mutate(random);
            RawHttp.Response response;
            try {
                response = RawHttp.get(server.port(), target);
            } catch (IOException e) {
                failures.add(show(target) + " -> no answer: " + e.getMessage());
                continue;
            }
            statuses.merge(response.status(), 1, Integer::sum);
            slowest = Math.max(slowest, response.millis());
            List<String> problems = problems(response);
            if (!problems.isEmpty()) {
                failures.add(show(target) + " -> " + problems + " " + abbreviate(response.body()));
            }
        }
        System.out.printf(
                "HostileQueryTest fuzz: %d requests in %d ms, slowest %d ms, statuses %s%n",
                requests, (System.nanoTime() - start) / 1_000_000, slowest, statuses);
        assertEquals(List.of(), failures, "seed " + seed);
        assertTrue(statuses.getOrDefault(200, 0) > 0 && statuses.getOrDefault(400, 0) > 0, statuses.toString());
    }

    /** A seed request with a few random edits: bytes inserted, deleted, replaced, parameters repeated or grown. */
    static byte[] mutate(Random random) {
        String seed = SEEDS.get(random.nextInt(SEEDS.size()));
        if (seed.startsWith("/api/export") && random.nextInt(4) > 0) {
            seed = SEEDS.get(0); // exports stream the corpus: keep them a small share
        }
        List<Byte> bytes = new ArrayList<>();
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            bytes.add(b);
        }
        int prefix = seed.indexOf('?') < 0 ? seed.lastIndexOf('/') + 1 : seed.indexOf('?') + 1;
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = prefix + random.nextInt(Math.max(1, bytes.size() - prefix + 1));
            at = Math.min(at, bytes.size());
            switch (random.nextInt(7)) {
                case 0 -> insert(bytes, at, nasty(random));
                case 1 -> {
                    if (at < bytes.size()) {
                        bytes.remove(at);
                    }
                }
                case 2 -> {
                    if (at < bytes.size()) {
                        bytes.set(at, (byte) random.nextInt(256));
                    }
                }
                case 3 -> insert(bytes, at, "%" + Integer.toHexString(random.nextInt(256)));
                case 4 -> insert(bytes, bytes.size(), "&" + randomParameter(random));
                case 5 -> insert(bytes, bytes.size(), ("&q=" + nasty(random)).repeat(1 + random.nextInt(3)));
                default ->
                    insert(bytes, at, nasty(random).repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 20)));
            }
        }
        // Whitespace and control bytes would split the request line itself (Jetty answers 505 or 400 for the
        // framing); a real client escapes them, and the query behind them is what is under test.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if ((b & 0xFF) <= 0x20 || b == 0x7F) {
                out.writeBytes(
                        String.format(java.util.Locale.ROOT, "%%%02X", b & 0xFF).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static String randomParameter(Random random) {
        String[] names = {"q", "page", "size", "from", "to", "publishedFrom", "sort", "topic", "province", "format"};
        String[] values = {"1000000000", "-1", "0", "2002-02-30", "relevance", "x".repeat(50), "%", "*", "2002"};
        return names[random.nextInt(names.length)] + "=" + values[random.nextInt(values.length)];
    }

    private static String nasty(Random random) {
        int at = random.nextInt(NASTY.length());
        return NASTY.substring(at, Math.min(NASTY.length(), at + 1 + random.nextInt(4)));
    }

    private static void insert(List<Byte> bytes, int at, String text) {
        byte[] add = text.getBytes(StandardCharsets.UTF_8);
        for (int i = add.length - 1; i >= 0; i--) {
            bytes.add(at, add[i]);
        }
    }

    private static String show(byte[] target) {
        String s = new String(target, StandardCharsets.ISO_8859_1);
        return s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " bytes)" : s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
