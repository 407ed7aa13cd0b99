package org.rightsarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.CaptureSource;
import org.rightsarchive.annotate.people.PersonNames;
import org.rightsarchive.annotate.places.Gazetteer;
import org.rightsarchive.extract.HtmlDecoding;
import org.rightsarchive.search.SearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;
import org.rightsarchive.search.StoredDocument;

/** The handlers of the server's routes; {@link ArchiveServer} wires them, headers and error handling. */
final class ApiRoutes {
    private static final System.Logger LOG = System.getLogger(ApiRoutes.class.getName());
    private static final Set<String> EXPORT_PARAMS = Set.of("format");
    private static final int FEED_SIZE = 20;
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private final SearchBackend backend;
    private final CaptureSource captures;
    private final TopicDirectory topics;
    final ObjectMapper json = ArchiveServer.jsonMapper();
    private final byte[] openApi;

    ApiRoutes(SearchBackend backend, CaptureSource captures, TopicDirectory topics) {
        this.backend = backend;
        this.captures = captures;
        this.topics = topics;
        this.openApi = resource("/openapi.json");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void health(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            long documents = backend.documentCount();
            out.put("status", "ok");
            out.put("generation", backend.generation());
            out.put("documents", documents);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "health check failed: " + e);
            ctx.status(503);
            out.put("status", "unavailable");
        }
        ctx.json(out);
    }

    void search(Context ctx) throws IOException {
        long start = System.nanoTime();
        SearchRequest request = SearchParams.parse(
                ctx.queryParamMap(), Set.of(), SearchRequest.Sort.RELEVANCE, SearchParams.DEFAULT_SIZE);
        SearchResult result = backend.search(request);
        // Read after the search: a search is what notices a new generation and switches to it.
        long generation = backend.generation();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        ctx.json(ApiJson.searchResult(request, result, generation, tookMs, topics, this::chineseName));
    }

    /** The Chinese name most of the archive's pages give a person, or {@code null}. */
    private String chineseName(String personId) {
        try {
            return backend.chineseNamesOf(personId).stream().findFirst().orElse(null);
        } catch (IOException e) {
            return null; // a label, not worth failing the search for
        }
    }

    void document(Context ctx) throws IOException {
        String id = documentId(ctx);
        StoredDocument doc = backend.document(id).orElseThrow(() -> notFound("no document " + id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", doc.id());
        out.put("url", doc.url());
        out.put("otherUrls", doc.otherUrls());
        out.put("title", doc.title());
        out.put("date", doc.published());
        out.put("language", doc.language());
        out.put("body", doc.body());
        out.put(
                "fetchedAt",
                java.time.Instant.ofEpochMilli(doc.fetchedAtMillis()).toString());
        out.put("people", doc.annotations().people());
        out.put("places", doc.annotations().places());
        out.put("events", doc.annotations().events());
        out.put(
                "topics",
                doc.annotations().topics().stream()
                        .map(t -> ApiJson.topic(t, topics))
                        .toList());
        out.put("translations", doc.translations());
        out.put("archiveUrl", "/archive/" + doc.id());
        ctx.json(out);
    }

    void person(Context ctx) throws IOException {
        String written = ctx.pathParam("id");
        // A name in any form (姚福信, Yao-Fuxin) stands for its person's id, as the search's names do.
        String id = written.length() > 100
                ? written
                : PersonNames.standard()
                        .idOf(written)
                        .filter(i -> i.contains("-"))
                        .orElse(written);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 100) {
            throw new BadRequest("a person id is lowercase words joined by '-', e.g. yao-fuxin, or a full name: '"
                    + abbreviated(written) + "'");
        }
        ctx.json(PersonProfile.build(backend, id).orElseThrow(() -> notFound("no document names " + id)));
    }

    void topics(Context ctx) throws IOException {
        noParams(ctx);
        SearchResult all = backend.search(everything());
        Map<String, Long> counts = new LinkedHashMap<>();
        all.facets().getOrDefault("topic", List.of()).forEach(c -> counts.put(c.value(), c.count()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (TopicDirectory.Topic t : topics.topics()) {
            out.add(topic(t.id(), t.label(), t.labelZh(), t.parent(), counts.getOrDefault(t.id(), 0L)));
        }
        counts.forEach((id, count) -> {
            if (topics.find(id).isEmpty()) {
                out.add(topic(id, id, null, null, count));
            }
        });
        ctx.json(Map.of("documents", all.total(), "topics", out));
    }

    private static Map<String, Object> topic(String id, String label, String labelZh, String parent, long n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("label", label);
        m.put("labelZh", labelZh);
        m.put("parent", parent);
        m.put("count", n);
        return m;
    }

    void places(Context ctx) throws IOException {
        noParams(ctx);
        SearchResult all = backend.search(everything());
        List<Map<String, Object>> provinces = new ArrayList<>();
        for (SearchResult.FacetCount province : all.facets().getOrDefault("province", List.of())) {
            SearchResult within =
                    backend.search(everything().withFilters(Map.of("province", List.of(province.value()))));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", province.value());
            p.put("count", province.count());
            // The pages of a province name cities of other provinces too: list only the province's own.
            p.put(
                    "cities",
                    counts(within.facets().getOrDefault("city", List.of()).stream()
                            .filter(c -> GAZETTEER.lookupAll(c.value()).stream()
                                    .anyMatch(d -> d.province().equals(province.value())))
                            .toList()));
            provinces.add(p);
        }
        ctx.json(Map.of(
                "documents", all.total(),
                "provinces", provinces,
                "cities", counts(all.facets().getOrDefault("city", List.of()))));
    }

    private static List<Map<String, Object>> counts(List<SearchResult.FacetCount> counts) {
        return counts.stream()
                .map(c -> Map.<String, Object>of("name", c.value(), "count", c.count()))
                .toList();
    }

    private static SearchRequest everything() {
        return SearchRequest.of("").withPage(1, 0);
    }

    void export(Context ctx) throws IOException {
        ExportWriter.Format format = ExportWriter.Format.parse(SearchParams.single(ctx.queryParamMap(), "format"));
        SearchRequest request = SearchParams.parse(
                ctx.queryParamMap(), EXPORT_PARAMS, SearchRequest.Sort.DATE, SearchParams.DEFAULT_SIZE);
        // Runs the query once before streaming: a bad query must still get its 400, not a broken download.
        backend.search(request.withPage(1, 0));
        SearchRequest selecting = backend.asIndexed(request);
        ctx.status(200);
        ctx.contentType(format.contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"rights-archive-export." + format.extension + "\"");
        ctx.header("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8));
        ExportWriter writer = ExportWriter.of(format, out, json, topics, selecting);
        try {
            writer.begin();
            backend.export(request, writer::writeUnchecked);
            out.flush();
        } catch (UncheckedIOException e) {
            // The client went away mid-download; nothing left to answer.
            LOG.log(System.Logger.Level.INFO, "export aborted: " + e.getCause());
        }
    }

    void feed(Context ctx) throws IOException {
        SearchRequest request =
                SearchParams.parse(ctx.queryParamMap(), Set.of(), SearchRequest.Sort.PUBLISHED, FEED_SIZE);
        SearchResult result = backend.search(request);
        String base = ctx.scheme() + "://" + ctx.host();
        String title = request.query().isEmpty() ? "Rights Archive: new alerts" : "Rights Archive: " + request.query();
        if (!request.filters().isEmpty()) {
            title = title + " ("
                    // In a fixed order: the request's map has none, and a feed's title should not change.
                    + new java.util.TreeMap<>(request.filters())
                            .entrySet().stream()
                                    .map(f -> f.getKey() + ": " + String.join(", ", f.getValue()))
                                    .collect(java.util.stream.Collectors.joining("; "))
                    + ")";
        }
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.render(ctx.fullUrl(), base, title, result.hits()));
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(openApi);
    }

    void capture(Context ctx) throws IOException {
        String id = documentId(ctx);
        StoredDocument doc = backend.document(id).orElseThrow(() -> notFound("no document " + id));
        Capture capture =
                doc.source() == null ? null : captures.load(doc.source()).orElse(null);
        if (capture == null) {
            throw notFound("the archived capture of " + id + " is not available");
        }
        // The charset the extractor read the page with: a capture without one (an imported file, a server that
        // sent none) would otherwise be read by the browser as windows-1252, and its Chinese text garbled.
        String type = "text/html; charset="
                + HtmlDecoding.charsetOf(capture.body(), capture.contentType()).name();
        ctx.header("Content-Security-Policy", ArchiveServer.CAPTURE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.contentType(type);
        ctx.result(capture.body());
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static String documentId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw new BadRequest("a document id is 16 hexadecimal digits: '" + id + "'");
        }
        return id;
    }

    private static void noParams(Context ctx) {
        if (!ctx.queryParamMap().isEmpty()) {
            throw new BadRequest(
                    "this resource takes no parameters: " + ctx.queryParamMap().keySet());
        }
    }

    private static HttpResponseException notFound(String message) {
        return new HttpResponseException(404, message);
    }
}
