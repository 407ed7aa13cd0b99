package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Reindexer;
import org.rightsarchive.search.LuceneSearchBackend;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A crawled page full of markup meant to run in a reader's browser (in its title, body, link URLs, its page URL
 * and the names the annotators find in it), indexed for real and served: every API answer carries it as inert
 * text. JSON escapes {@code <}, {@code >}, {@code &} and {@code '}; snippets are escaped HTML with only
 * {@code <mark>}; Atom is escaped XML; CSV is a download that is never sniffed; the capture itself is sandboxed.
 */
class StoredXssTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE_URL = "https://evil.example/alert?x=%22%3E%3Cscript%3Ealert(0)%3C/script%3E";
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(7)>";
    private static final String HOSTILE_LABEL = "\"><svg onload=alert(8)>";
    private static final String HTML = "<html><head><title>\"><img src=x onerror=alert(1)> Detained</title></head>"
            + "<body><article><h1>&lt;script&gt;alert(2)&lt;/script&gt; Wang Quanzhang detained</h1>"
            + "<p>\"&gt;&lt;img src=x onerror=alert(3)&gt; Wang Quanzhang was detained in Liaoning in 2015 after"
            + " a petition. <a href=\"javascript:alert(4)\">javascript:alert(4)</a> <script>alert(5)</script>"
            + " &lt;iframe src=javascript:alert(6)&gt; More text about the detention follows here.</p>"
            + "</article></body></html>";

    @TempDir
    static Path indexDir;

    private static LuceneSearchBackend backend;
    private static ArchiveServer server;
    private static Capture capture;

    @BeforeAll
    static void indexTheHostilePage() throws Exception {
        capture = new Capture(
                PAGE_URL,
                Instant.parse("2024-05-01T00:00:00Z"),
                200,
                "text/html; charset=utf-8",
                HTML.getBytes(StandardCharsets.UTF_8),
                "pages/hostile.html");
        AnnotationPipeline annotators = new AnnotationPipeline(
                page -> List.of(new Person(
                        "wang-quanzhang",
                        HOSTILE_NAME,
                        null,
                        null,
                        null,
                        "detainee",
                        null,
                        List.of(HOSTILE_NAME, "javascript:alert(9)"))),
                page -> List.of(new Place("Liaoning", null, "Liaoning", null, null, "province")),
                (page, people, places) -> List.of(),
                (page, people, places, events) ->
                        List.of(new TopicTag("arbitrary-detention", HOSTILE_LABEL, HOSTILE_LABEL, 1.0, List.of())));
        IndexStore store = new IndexStore(indexDir);
        Reindexer.Result result = new Reindexer(store, new ArchiveIndexer(new PageExtractor(), annotators, 1))
                .full(List.of(capture), ArchiveIndexer.Progress.NONE);
        assertEquals(List.of(), result.summary().failed());
        backend = LuceneSearchBackend.open(store);
        server = ArchiveServer.start(
                ServerConfig.defaults().withPort(0).withStaticFolder("/web-test"),
                backend,
                source -> source.equals(capture.source()) ? Optional.of(capture) : Optional.empty());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        backend.close();
    }

    private static String id() throws Exception {
        RawHttp.Response r = RawHttp.get(server.port(), "/api/search?q=detained");
        return JSON.readTree(r.body()).get("hits").get(0).get("id").asText();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/search?q=detained",
                "/api/search?q=alert",
                "/api/search?q=Wang+Quanzhang&province=Liaoning",
                "/api/people/wang-quanzhang",
                "/api/topics",
                "/api/export?format=jsonl"
            })
    void jsonAnswersCarryNoMarkupAtAll(String target) throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertEquals(200, response.status(), response.body());
        for (char c : new char[] {'<', '>'}) {
            assertTrue(response.body().indexOf(c) < 0, target + " has a raw '" + c + "': " + response.body());
        }
        assertTrue(response.body().contains("\\u003C") || target.contains("topics"), "the text survives, escaped");
    }

    @Test
    void theDocumentAnswerKeepsTheHostileTextAsText() throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), "/api/documents/" + id());
        assertEquals(200, response.status());
        assertTrue(response.body().indexOf('<') < 0, response.body());
        JsonNode doc = JSON.readTree(response.body());
        assertTrue(
                doc.get("title").asText().contains("<script>alert(2)</script>"),
                doc.get("title").asText());
        assertTrue(
                doc.get("body").asText().contains("\"><img src=x onerror=alert(3)>"),
                doc.get("body").asText());
        assertEquals(PAGE_URL, doc.get("url").asText());
        assertEquals(HOSTILE_NAME, doc.get("people").get(0).get("name").asText());
        assertFalse(doc.get("body").asText().contains("alert(5)"), "script elements are not page text");
    }

    @Test
    void snippetsAreEscapedHtmlWithOnlyMarks() throws Exception {
        JsonNode hits = JSON.readTree(RawHttp.get(server.port(), "/api/search?q=alert+OR+img+OR+detained")
                        .body())
                .get("hits");
        assertFalse(hits.isEmpty());
        for (JsonNode hit : hits) {
            String snippet = hit.get("snippet").asText();
            Document parsed = Jsoup.parseBodyFragment(snippet);
            assertEquals(
                    List.of("mark"),
                    parsed.body().select("*").stream()
                            .skip(1)
                            .map(e -> e.tagName())
                            .distinct()
                            .toList(),
                    snippet);
            assertTrue(
                    parsed.body().select("[onerror], [onload], [href], [src]").isEmpty(), snippet);
        }
    }

    @Test
    void atomFeedCarriesTheTextEscapedAndSummariesWithoutActiveMarkup() throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), "/api/feed.atom?q=detained");
        assertEquals(200, response.status());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        for (String tag : List.of("script", "img", "svg", "iframe")) {
            assertEquals(0, feed.getElementsByTagNameNS("*", tag).getLength(), tag);
        }
        NodeList titles = feed.getElementsByTagNameNS("*", "title");
        boolean found = false;
        for (int i = 0; i < titles.getLength(); i++) {
            found |= titles.item(i).getTextContent().contains("<script>alert(2)</script>");
        }
        assertTrue(found, "the title survives as text");
        NodeList summaries = feed.getElementsByTagNameNS("*", "summary");
        assertTrue(summaries.getLength() > 0);
        for (int i = 0; i < summaries.getLength(); i++) {
            Document html = Jsoup.parseBodyFragment(summaries.item(i).getTextContent());
            assertTrue(
                    html.select("script, img, svg, iframe, [onerror], [onload], [href]")
                            .isEmpty(),
                    html.html());
        }
        NodeList links = feed.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            assertTrue(href.startsWith("http://127.0.0.1/"), "feed links point into the archive: " + href);
        }
    }

    @Test
    void csvIsADownloadThatIsNeverSniffedAndHasNoFormulas() throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), "/api/export?format=csv");
        assertEquals(200, response.status());
        assertTrue(response.header("Content-Type").startsWith("text/csv"));
        assertTrue(response.header("Content-Disposition").startsWith("attachment"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        List<List<String>> rows = org.rightsarchive.eval.Csv.parse(new java.io.StringReader(response.body()));
        assertEquals(2, rows.size());
        for (String cell : rows.get(1)) {
            assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "formula cell: " + cell);
        }
    }

    @Test
    void theArchivedCaptureIsServedInASandboxWithoutScripts() throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), "/archive/" + id());
        assertEquals(200, response.status());
        String policy = response.header("Content-Security-Policy");
        assertTrue(policy.startsWith("sandbox;"), policy);
        assertFalse(policy.contains("allow-scripts") || policy.contains("allow-same-origin"), policy);
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertTrue(response.body().contains("<script>alert(5)</script>"), "the capture is served as archived");
    }
}
