package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.eval.Csv;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The API against a real server on a free port over the corpus index, through a real HTTP client. */
class ArchiveServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String INJECTION = "pages/en/2019-03-petition-page-script-injection.html";

    private static LuceneSearchBackend backend;
    private static ArchiveServer server;
    private static HttpClient client;
    private static Map<String, GoldCorpus.Row> gold;

    @BeforeAll
    static void startServer() throws IOException {
        backend = LuceneSearchBackend.open(GoldCorpus.shared());
        server = ArchiveServer.start(
                ServerConfig.defaults().withPort(0).withStaticFolder("/web-test"),
                backend,
                new CorpusReader(GoldCorpus.CORPUS));
        client = HttpClient.newHttpClient();
        gold = GoldCorpus.rows();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
        backend.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertEquals(200, response.statusCode(), pathAndQuery + " -> " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Set<String> goldPaths(java.util.function.Predicate<GoldCorpus.Row> keep) {
        Set<String> out = new HashSet<>();
        gold.values().stream().filter(keep).forEach(r -> out.add("corpus:" + r.path()));
        return out;
    }

    private static Set<String> urls(JsonNode result) {
        Set<String> out = new HashSet<>();
        result.get("hits").forEach(h -> out.add(h.get("url").asText()));
        return out;
    }

    @Test
    void serverBindsLoopbackOnAFreePort() {
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", server.uri().getHost());
    }

    @Test
    void healthReportsGenerationAndDocumentCount() throws Exception {
        JsonNode health = json("/health");
        assertEquals("ok", health.get("status").asText());
        assertEquals(backend.generation(), health.get("generation").asLong());
        assertEquals(gold.size(), health.get("documents").asInt());
    }

    @Test
    void searchAnswersHitsWithEveryField() throws Exception {
        JsonNode result = json("/api/search?q=" + q("\"Yao Fuxin\"") + "&size=5");
        assertTrue(result.get("total").asLong() >= 5);
        assertEquals(1, result.get("page").asInt());
        assertEquals(5, result.get("size").asInt());
        assertEquals(5, result.get("hits").size());
        assertEquals(backend.generation(), result.get("generation").asLong());
        assertTrue(result.has("tookMs"));
        JsonNode hit = result.get("hits").get(0);
        for (String field :
                List.of("id", "title", "url", "date", "language", "snippet", "topics", "people", "places")) {
            assertTrue(hit.has(field), field);
        }
        assertTrue(hit.get("snippet").asText().contains("<mark>"));
        assertTrue(hit.get("topics").get(0).has("label"));
        assertTrue(hit.get("people").findValuesAsText("id").contains("yao-fuxin"));
        for (String dim : List.of("topic", "province", "city", "person", "event", "lang", "year")) {
            assertTrue(result.get("facets").has(dim), dim);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yao Fuxin", "姚福信", "辽宁", "遼寧"})
    void queriesInEveryScriptFindTheLiaoyangPages(String query) throws Exception {
        JsonNode result = json("/api/search?q=" + q(query));
        String top = result.get("hits").get(0).get("url").asText().replaceFirst("^corpus:", "");
        assertTrue(gold.get(top).provinces().contains("Liaoning"), query + " -> " + top);
    }

    @Test
    void repeatedParametersAndCommaListsBothOrValues() throws Exception {
        JsonNode repeated = json("/api/search?province=Liaoning&province=Heilongjiang&size=100");
        JsonNode comma = json("/api/search?province=Liaoning,Heilongjiang&size=100");
        Set<String> expected = goldPaths(
                r -> r.provinces().contains("Liaoning") || r.provinces().contains("Heilongjiang"));
        assertEquals(expected, urls(repeated));
        assertEquals(expected, urls(comma));
    }

    @Test
    void facetCountsFollowTheOtherFilters() throws Exception {
        JsonNode result = json("/api/search?lang=zh-Hans&province=Liaoning&size=0");
        Map<String, Long> provinces = new HashMap<>();
        result.get("facets")
                .get("province")
                .forEach(v ->
                        provinces.put(v.get("value").asText(), v.get("count").asLong()));
        Map<String, Long> expected = new HashMap<>();
        gold.values().stream().filter(r -> r.language().equals("zh-Hans")).forEach(r -> r.provinces()
                .forEach(p -> expected.merge(p, 1L, Long::sum)));
        assertEquals(expected, provinces);
        assertEquals(0, result.get("hits").size());
    }

    @Test
    void dateRangesFilterByEventAndPublication() throws Exception {
        JsonNode events = json("/api/search?from=2002&to=2002&size=100");
        assertFalse(events.get("hits").isEmpty());
        events.get("hits").forEach(h -> assertTrue(h.get("url").asText().contains("/2002-"), h.toString()));
        JsonNode published = json("/api/search?publishedFrom=2019-01&publishedTo=2019-12&size=100");
        assertEquals(goldPaths(r -> r.published().startsWith("2019")), urls(published));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=%22unclosed",
                "q=(labor",
                "q=*fuxin",
                "q=colour%3Ared",
                "from=2002-13-01",
                "to=yesterday",
                "from=2003&to=2002",
                "publishedFrom=20190101",
                "sort=popularity",
                "page=0",
                "page=1001",
                "page=two",
                "size=101",
                "size=-1",
                "colour=red",
                "q=a&q=b"
            })
    void badInputIsA400WithAMessage(String query) throws Exception {
        for (String route : List.of("/api/search?", "/api/export?", "/api/feed.atom?")) {
            if (route.startsWith("/api/export") && (query.startsWith("page") || query.startsWith("size"))) {
                continue; // export ignores paging but still checks the values
            }
            HttpResponse<String> response = get(route + query);
            assertEquals(400, response.statusCode(), route + query + " -> " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode error = JSON.readTree(response.body());
            assertFalse(error.get("error").asText().isBlank());
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("at org."), response.body());
        }
    }

    @Test
    void unknownExportFormatIsA400() throws Exception {
        HttpResponse<String> response = get("/api/export?format=xls");
        assertEquals(400, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains("use csv, events or jsonl"));
    }

    @Test
    void randomGarbageQueriesNeverCauseA500() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "ab \"()*?~^:+-!&|/\\[]{}AND OR NOT 姚辽遼 person: 2002";
        for (int i = 0; i < 60; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            HttpResponse<String> response = get("/api/search?q=" + q(s.toString()));
            assertTrue(
                    response.statusCode() == 200 || response.statusCode() == 400,
                    "seed " + seed + ": '" + s + "' -> " + response.statusCode() + " " + response.body());
        }
    }

    @Test
    void scriptTextInTitleAndBodyComesBackAsText() throws Exception {
        HttpResponse<String> raw = get("/api/search?q=" + q("alert defaced"));
        assertEquals(200, raw.statusCode());
        assertFalse(raw.body().contains("<script"), "the JSON escapes '<' too");
        JsonNode hit = null;
        for (JsonNode h : JSON.readTree(raw.body()).get("hits")) {
            if (h.get("url").asText().endsWith(INJECTION)) {
                hit = h;
            }
        }
        assertNotNull(hit, raw.body());
        assertTrue(hit.get("title").asText().contains("<script>alert(1)</script>"), "titles are plain text");
        String snippet = hit.get("snippet").asText();
        assertFalse(snippet.contains("<script"), snippet);
        assertTrue(snippet.replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0, snippet);
    }

    @Test
    void documentRouteReturnsTheStoredDocument() throws Exception {
        String id = json("/api/search?q=person:yao-fuxin")
                .get("hits")
                .get(0)
                .get("id")
                .asText();
        JsonNode doc = json("/api/documents/" + id);
        assertEquals(id, doc.get("id").asText());
        assertTrue(doc.get("body").asText().length() > 200);
        assertTrue(doc.get("people").findValuesAsText("id").contains("yao-fuxin"));
        assertTrue(doc.has("translations") && doc.has("events") && doc.has("topics"));
        assertEquals("/archive/" + id, doc.get("archiveUrl").asText());
        assertEquals(404, get("/api/documents/0123456789abcdef").statusCode());
        assertEquals(400, get("/api/documents/..%2F..%2Fetc").statusCode());
    }

    @Test
    void archivedCaptureIsServedSandboxed() throws Exception {
        String id = null;
        for (JsonNode h : json("/api/search?q=" + q("alert defaced")).get("hits")) {
            if (h.get("url").asText().endsWith(INJECTION)) {
                id = h.get("id").asText();
            }
        }
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(server.uri().resolve("/archive/" + id)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertArrayEquals(Files.readAllBytes(GoldCorpus.CORPUS.resolve(INJECTION)), response.body());
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.startsWith("sandbox"), policy);
        assertFalse(policy.contains("allow-scripts"), policy);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals(404, get("/archive/0123456789abcdef").statusCode());
    }

    @Test
    void personPageGathersNamesMentionsAndATimeline() throws Exception {
        JsonNode person = json("/api/people/yao-fuxin");
        assertEquals("Yao Fuxin", person.get("name").asText());
        List<String> names = new ArrayList<>();
        person.get("names").forEach(n -> names.add(n.asText()));
        assertTrue(names.contains("Yao Fuxin"), names.toString());
        Set<String> mentions = new HashSet<>();
        person.get("mentions").forEach(m -> mentions.add(m.get("url").asText()));
        assertEquals(goldPaths(r -> r.people().contains("yao-fuxin")), mentions);
        List<String> dates = new ArrayList<>();
        person.get("events").forEach(e -> {
            dates.add(e.get("date").asText());
            assertFalse(e.get("sources").isEmpty(), "every event names its source documents");
        });
        assertFalse(dates.isEmpty());
        assertEquals(dates.stream().sorted().toList(), dates, "timeline is oldest first");
        // One row per event: rows of the same event differ only where pages name different places for it.
        Map<String, List<JsonNode>> sameEvent = new HashMap<>();
        person.get("events").forEach(e -> sameEvent
                .computeIfAbsent(
                        e.get("type").asText() + " " + e.get("date").asText() + " "
                                + e.get("dateTo").asText(),
                        k -> new ArrayList<>())
                .add(e));
        sameEvent.values().stream().filter(rows -> rows.size() > 1).forEach(rows -> {
            Set<String> places = new HashSet<>();
            rows.forEach(r -> assertTrue(
                    !r.get("place").isNull() && places.add(r.get("place").asText()), "split event: " + rows));
        });
        Set<String> folded = new HashSet<>();
        names.forEach(n -> assertTrue(folded.add(n.toLowerCase(java.util.Locale.ROOT)), "listed twice: " + names));
        assertFalse(folded.contains("yao"), "a bare surname is no name: " + names);
        person.get("facts").forEach(f -> assertFalse(f.get("sources").isEmpty()));
        assertEquals(404, get("/api/people/nobody-at-all").statusCode());
        assertEquals(400, get("/api/people/%3Cb%3E").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"姚福信", "yao fuxin", "Yao Fuxin", "YAO Fu-xin"})
    void personPageTakesAFullNameInAnyFormForItsId(String name) throws Exception {
        JsonNode person = json("/api/people/"
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals("yao-fuxin", person.get("id").asText());
    }

    @Test
    void topicsCountEveryDocumentOfEachTopic() throws Exception {
        JsonNode topics = json("/api/topics");
        Map<String, Long> counts = new HashMap<>();
        topics.get("topics")
                .forEach(t -> counts.put(t.get("id").asText(), t.get("count").asLong()));
        Map<String, Long> expected = new HashMap<>();
        gold.values().forEach(r -> r.topics().forEach(t -> expected.merge(t, 1L, Long::sum)));
        assertEquals(expected, counts);
        assertEquals(400, get("/api/topics?x=1").statusCode());
    }

    @Test
    void placesCountProvinces() throws Exception {
        JsonNode places = json("/api/places");
        Map<String, Long> counts = new HashMap<>();
        places.get("provinces")
                .forEach(p -> counts.put(p.get("name").asText(), p.get("count").asLong()));
        Map<String, Long> expected = new HashMap<>();
        gold.values().forEach(r -> r.provinces().forEach(p -> expected.merge(p, 1L, Long::sum)));
        assertEquals(expected, counts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=yao&", "/api/search?&q=yao", "/api/search?q=yao&&size=3"})
    void aStrayAmpersandInAHandEditedLinkIsNoParameter(String link) throws Exception {
        HttpResponse<String> response = get(link);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                json("/api/search?q=yao").get("total").asLong(),
                JSON.readTree(response.body()).get("total").asLong());
    }

    @Test
    void csvExportHoldsEveryMatchingPageProperlyQuoted() throws Exception {
        HttpResponse<String> response = get("/api/export?format=csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(response.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .startsWith("attachment"));
        assertTrue(response.body().startsWith("\uFEFF"), "a byte-order mark, so Excel reads UTF-8");
        List<List<String>> rows = Csv.parse(new StringReader(response.body()));
        assertEquals(ExportWriter.CsvExport.COLUMNS, rows.get(0));
        assertEquals(gold.size(), rows.size() - 1);
        Set<String> ids = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> {
            assertEquals(ExportWriter.CsvExport.COLUMNS.size(), r.size(), r.toString());
            ids.add(r.get(0));
        });
        assertEquals(gold.size(), ids.size());
        List<String> injection = rows.stream()
                .filter(r -> r.get(2).endsWith(INJECTION))
                .findFirst()
                .orElseThrow();
        assertTrue(injection.get(1).contains("\"<script>alert(1)</script>\""), "quotes survive: " + injection.get(1));
    }

    @Test
    void jsonLinesExportFollowsTheFilters() throws Exception {
        HttpResponse<String> response = get("/api/export?format=jsonl&province=Liaoning");
        assertEquals(200, response.statusCode());
        Set<String> urls = new HashSet<>();
        for (String line : response.body().split("\n")) {
            urls.add(JSON.readTree(line).get("url").asText());
        }
        assertEquals(goldPaths(r -> r.provinces().contains("Liaoning")), urls);
    }

    @Test
    void eventExportListsTheEventsTheFiltersSelect() throws Exception {
        String filters = "event=detention&from=2002-01-01&to=2002-12-31";
        HttpResponse<String> response = get("/api/export?format=events&province=Liaoning&" + filters);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .contains("export.events.csv"));
        List<List<String>> rows = Csv.parse(new StringReader(response.body().substring(1)));
        assertEquals(ExportWriter.EventCsvExport.COLUMNS, rows.get(0));
        List<List<String>> events = rows.subList(1, rows.size());
        assertFalse(events.isEmpty());
        for (List<String> r : events) {
            assertEquals(ExportWriter.EventCsvExport.COLUMNS.size(), r.size(), r.toString());
            assertEquals("detention", r.get(5), r.toString());
            assertTrue(r.get(6).startsWith("2002"), r.toString());
            assertEquals("Liaoning", r.get(9), r.toString());
        }
        // the province as a reader may type it selects the same events: the filter is read as the index spells it
        HttpResponse<String> lowerCase = get("/api/export?format=events&province=liaoning&" + filters);
        assertEquals(response.body(), lowerCase.body());
    }

    @Test
    void jsonLinesExportCarriesEachPagesEvents() throws Exception {
        HttpResponse<String> response = get("/api/export?format=jsonl&event=detention");
        assertEquals(200, response.statusCode());
        for (String line : response.body().split("\n")) {
            JsonNode hit = JSON.readTree(line);
            List<String> types = new ArrayList<>();
            hit.get("events").forEach(e -> types.add(e.get("type").asText()));
            assertTrue(types.contains("detention"), line);
        }
    }

    @Test
    void csvCellsCannotBecomeFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ExportWriter.CsvExport.quote("=HYPERLINK(\"x\")"));
        assertEquals("\"plain, text\"", ExportWriter.CsvExport.quote("plain, text"));
    }

    @Test
    void atomFeedIsValidXmlNewestFirst() throws Exception {
        HttpResponse<String> response = get("/api/feed.atom?province=Liaoning&topic=labor-rights");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        var feed = parseXml(response.body());
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        String title = feed.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent();
        assertTrue(title.endsWith("(province: Liaoning; topic: labor-rights)"), title);
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        long expected = gold.values().stream()
                .filter(r -> r.provinces().contains("Liaoning") && r.topics().contains("labor-rights"))
                .count();
        assertEquals(Math.min(expected, 20), entries.getLength());
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            updated.add(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
            assertNotNull(entry.getElementsByTagNameNS(ATOM, "id").item(0));
        }
        List<String> newestFirst = new ArrayList<>(updated);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, updated);
    }

    @Test
    void atomFeedEscapesScriptText() throws Exception {
        HttpResponse<String> response = get("/api/feed.atom?q=" + q("alert defaced"));
        assertFalse(response.body().contains("<script"), "never raw markup in the XML");
        var feed = parseXml(response.body());
        NodeList titles = feed.getElementsByTagNameNS(ATOM, "title");
        boolean found = false;
        for (int i = 0; i < titles.getLength(); i++) {
            found |= titles.item(i).getTextContent().contains("<script>alert(1)</script>");
        }
        assertTrue(found, "the title survives as text");
        NodeList summaries = feed.getElementsByTagNameNS(ATOM, "summary");
        for (int i = 0; i < summaries.getLength(); i++) {
            String html = summaries.item(i).getTextContent();
            assertFalse(html.contains("<script"), html);
        }
    }

    private static Element parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    @Test
    void openApiDescribesEveryRoute() throws Exception {
        JsonNode spec = json("/api/openapi.json");
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        for (String path : List.of(
                "/health",
                "/api/search",
                "/api/documents/{id}",
                "/archive/{id}",
                "/api/people/{id}",
                "/api/topics",
                "/api/places",
                "/api/export",
                "/api/feed.atom")) {
            assertTrue(spec.get("paths").has(path), path);
        }
        List<String> formats = new ArrayList<>();
        spec.at("/paths/~1api~1export/get/parameters/0/schema/enum").forEach(f -> formats.add(f.asText()));
        assertEquals(
                Arrays.stream(ExportWriter.Format.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                        .toList(),
                formats);
        List<String> params = spec.at("/paths/~1api~1search/get/parameters").findValuesAsText("name");
        assertTrue(
                params.containsAll(List.of(
                        "q",
                        "topic",
                        "province",
                        "city",
                        "person",
                        "role",
                        "event",
                        "lang",
                        "from",
                        "to",
                        "publishedFrom",
                        "publishedTo",
                        "sort",
                        "page",
                        "size")),
                params.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/health",
                "/api/search?q=Liaoning",
                "/api/search?sort=bad",
                "/api/nothing-here",
                "/api/feed.atom",
                "/api/openapi.json"
            })
    void everyResponseCarriesSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);
        var headers = response.headers();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
        assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), path);
        assertEquals("SAMEORIGIN", headers.firstValue("X-Frame-Options").orElse(null), path);
    }

    @Test
    void staticPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("static files are served"));
    }

    @Test
    void unknownApiPathIsAJson404() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");
        assertEquals(404, response.statusCode());
        assertTrue(JSON.readTree(response.body()).has("error"));
    }
}
