package org.rightsarchive.search.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.index.DocumentMapper;
import org.rightsarchive.index.Schema;
import org.rightsarchive.index.solr.SolrClients;
import org.rightsarchive.index.solr.SolrTarget;
import org.rightsarchive.search.BackendUnavailableException;
import org.rightsarchive.search.FilterValues;
import org.rightsarchive.search.QueryExpander;
import org.rightsarchive.search.QuerySyntaxException;
import org.rightsarchive.search.SearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;
import org.rightsarchive.search.StoredDocument;
import org.rightsarchive.search.UserQueries;

/**
 * The archive on SolrCloud, answering exactly like the embedded {@code LuceneSearchBackend}: the query text is
 * parsed by the same parser ({@link UserQueries}) and translated, not re-parsed; filters OR values within a
 * dimension and AND dimensions; facet counts are drill-sideways (each facet excludes its own dimension's filter,
 * through Solr's filter tags); snippets come from Solr's unified highlighter as escaped HTML with {@code <mark>}.
 *
 * <p>Failures: a shard with no live replica gives the results of the other shards, flagged {@link
 * SearchResult#partial()} ({@code shards.tolerant}); a query that runs past the time limit also answers partially;
 * a cluster that cannot be reached is a {@link BackendUnavailableException} within the request timeout, never a
 * hang. Thread-safe.
 */
public final class SolrSearchBackend implements SearchBackend {
    /** Time limit of one query on the Solr side, as the embedded backend's. */
    public static final Duration QUERY_TIME_LIMIT = Duration.ofSeconds(5);

    /** Most values returned per facet dimension (the year histogram returns every year), as the embedded one. */
    public static final int FACET_VALUES = 100;

    private static final int EXPORT_BATCH = 500;
    private static final int PASSAGE_CHARS = 220;
    private static final Duration KEYWORD_TTL = Duration.ofSeconds(60);
    private static final Pattern STAMPED = Pattern.compile(".*_(\\d{14,17})$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HIT_FIELDS = String.join(
            ",", Schema.ID, Schema.TITLE, Schema.URL, Schema.PUBLISHED, Schema.LANGUAGE, Schema.ANNOTATIONS, "score");
    private static final String[] BODIES = {Schema.BODY_EN, Schema.BODY_CJK, Schema.BODY_ZH};

    private final SolrTarget target;
    private final CloudSolrClient client;
    private final QueryExpander expander;
    private volatile KeywordValues keywords;

    private SolrSearchBackend(SolrTarget target, QueryExpander expander) {
        this.target = target;
        this.expander = Objects.requireNonNull(expander, "expander");
        this.client = SolrClients.cloud(target);
    }

    /**
     * Connects to the collection (or alias) of {@code target} and checks that it answers.
     *
     * @throws BackendUnavailableException if the cluster or the collection cannot be reached
     */
    public static SolrSearchBackend open(SolrTarget target, QueryExpander expander) throws IOException {
        SolrSearchBackend backend = new SolrSearchBackend(target, expander);
        try {
            backend.documentCount();
        } catch (IOException | RuntimeException e) {
            backend.close();
            throw e;
        }
        return backend;
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        ModifiableSolrParams p = query(request);
        p.set("start", (request.page() - 1) * request.size());
        p.set("rows", request.size());
        p.set("fl", HIT_FIELDS);
        p.set("sort", sortOf(request.sort(), false));
        p.set("timeAllowed", Long.toString(QUERY_TIME_LIMIT.toMillis()));
        p.set("json.facet", facetJson(request));
        highlight(p);
        QueryResponse r = run(p, "search");
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        NestableJsonFacet json = r.getJsonFacetingResponse();
        for (String dim : Schema.FACETS) {
            List<SearchResult.FacetCount> counts = counts(json, dim);
            boolean all = dim.equals(Schema.YEAR) || counts.size() <= FACET_VALUES;
            facets.put(dim, all ? counts : List.copyOf(counts.subList(0, FACET_VALUES)));
        }
        return new SearchResult(r.getResults().getNumFound(), hits(r), facets, partial(r), false);
    }

    @Override
    public void export(SearchRequest request, Consumer<SearchResult.Hit> sink) throws IOException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = query(request);
            p.set("rows", EXPORT_BATCH);
            p.set("fl", HIT_FIELDS);
            p.set("sort", sortOf(request.sort(), true));
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            highlight(p);
            QueryResponse r = run(p, "export");
            if (partial(r)) {
                throw new BackendUnavailableException(
                        "export stopped: part of collection " + target.collection() + " did not answer", null);
            }
            hits(r).forEach(sink);
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor) || r.getResults().size() < EXPORT_BATCH) {
                return;
            }
            cursor = next;
        }
    }

    @Override
    public Optional<StoredDocument> document(String id) throws IOException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!term f=" + Schema.ID + " v=$docId}");
        p.set("docId", id);
        p.set("rows", 1);
        p.set("fl", "*");
        QueryResponse r = run(p, "document");
        if (r.getResults().isEmpty()) {
            return Optional.empty();
        }
        SolrDocument d = r.getResults().get(0);
        String url = string(d, Schema.URL);
        List<String> otherUrls = new ArrayList<>();
        Collection<Object> all = d.getFieldValues(Schema.ALL_URLS);
        if (all != null) {
            all.stream().map(Object::toString).filter(u -> !u.equals(url)).forEach(otherUrls::add);
        }
        Object fetched = d.getFirstValue(Schema.FETCHED);
        return Optional.of(new StoredDocument(
                string(d, Schema.ID),
                url,
                otherUrls,
                string(d, Schema.TITLE),
                day(d.getFirstValue(Schema.PUBLISHED)),
                string(d, Schema.LANGUAGE),
                string(d, Schema.BODY),
                string(d, Schema.SOURCE),
                fetched instanceof Number n ? n.longValue() : 0,
                annotations(d),
                translations(d)));
    }

    @Override
    public long documentCount() throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        return run(p, "count").getResults().getNumFound();
    }

    /**
     * The rebuild answering now: the timestamp of the collection the alias points to ({@code archive_20260101120000123}
     * gives 20260101120000123), 0 for a collection without one.
     */
    @Override
    public long generation() {
        try {
            List<String> resolved = client.getClusterStateProvider().resolveAlias(target.collection());
            String collection = resolved.isEmpty() ? target.collection() : resolved.get(0);
            Matcher m = STAMPED.matcher(collection);
            return m.matches() ? Long.parseLong(m.group(1)) : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public SearchRequest asIndexed(SearchRequest request) throws IOException {
        KeywordValues values = keywordValues();
        return FilterValues.asIndexed(
                request, (dim, v) -> FilterValues.resolve(dim, v, values::has, values::canonical, expander));
    }

    @Override
    public java.util.Set<String> chineseNamesOf(String personId) throws IOException {
        return keywordValues().chineseNamesOf(personId);
    }

    /** The request's query and filters, as parameters; the rest is added by the caller. */
    private ModifiableSolrParams query(SearchRequest request) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        KeywordValues values = keywordValues();
        BinaryOperator<String> asIndexed =
                (dim, v) -> FilterValues.resolve(dim, v, values::has, values::canonical, expander);
        Query parsed = UserQueries.parse(
                request.query(),
                expander.withPeopleIn(id -> values.has(Schema.PERSON, id), values::chineseNamesOf),
                asIndexed);
        p.set("q", new SolrQueryTranslator(p).translate(parsed));
        if (request.from() != null || request.to() != null) {
            // DateRangeField's default operation is "intersects": the events whose span meets the range. Tagged as
            // the year facet, whose histogram is drill-sideways over the range a chosen year sets. A collection
            // built before spans finds its events by their first days, as an older embedded index does.
            String events = values.fields().contains(Schema.EVENT_SPAN)
                    ? Schema.EVENT_SPAN + ":[" + (request.from() == null ? "*" : request.from()) + " TO "
                            + (request.to() == null ? "*" : request.to()) + "]"
                    : dayRange(Schema.EVENT_DATE, request.from(), request.to());
            p.add("fq", "{!tag=" + Schema.YEAR + "}" + events);
        }
        if (request.publishedFrom() != null || request.publishedTo() != null) {
            p.add("fq", dayRange(Schema.PUBLISHED, request.publishedFrom(), request.publishedTo()));
        }
        int n = 0;
        for (var e : request.filters().entrySet()) {
            String dim = e.getKey();
            StringBuilder any = new StringBuilder("{!bool tag=").append(dim);
            boolean roles = dim.equals(Schema.ROLE);
            for (String v : roles ? FilterValues.roleTerms(request, asIndexed) : e.getValue()) {
                String value = "fv" + n;
                String term = "fq" + n++;
                boolean personRole = roles && v.indexOf('/') >= 0;
                // A collection built before person_role: the person filter and the role, as it then meant.
                boolean asRole = personRole && !values.fields().contains(Schema.PERSON_ROLE);
                String field = personRole && !asRole ? Schema.PERSON_ROLE : dim;
                p.set(value, asRole ? v.substring(v.indexOf('/') + 1) : roles ? v : asIndexed.apply(dim, v));
                p.set(term, "{!term f=" + field + " v=$" + value + "}");
                any.append(" should=$").append(term);
            }
            p.add("fq", any.append('}').toString());
        }
        p.set("shards.tolerant", true);
        return p;
    }

    private static String dayRange(String field, LocalDate from, LocalDate to) {
        return field + ":[" + (from == null ? "*" : from + "T00:00:00Z") + " TO "
                + (to == null ? "*" : to + "T00:00:00Z") + "]";
    }

    /** The request's order, as the embedded backend's: undated documents last; with the id as last key if asked. */
    private static String sortOf(SearchRequest.Sort sort, boolean unique) {
        String events = Schema.EVENT_DATE + " desc";
        String published = Schema.PUBLISHED + " desc";
        String order =
                switch (sort) {
                    case RELEVANCE -> "score desc";
                    case DATE -> events + "," + published;
                    case PUBLISHED -> published + "," + events;
                };
        return unique ? order + "," + Schema.ID + " asc" : order;
    }

    /**
     * JSON facets: every dimension, each excluding its own filter (drill-sideways), exact across shards. Every value
     * comes from every shard and the top ones are kept here: Solr 9's facet refinement, the cheaper way to exact
     * counts, fails with a server error as soon as a shard is missing (a null pointer in its facet merger), which
     * would turn partial results into no results.
     */
    private static String facetJson(SearchRequest request) {
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String dim : Schema.FACETS) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "terms");
            f.put("field", dim);
            boolean year = dim.equals(Schema.YEAR);
            f.put("limit", -1);
            f.put("sort", year ? "index asc" : "count desc");
            f.put("mincount", 1);
            boolean yearsBeside = year && (request.from() != null || request.to() != null);
            if (request.filters().containsKey(dim) || yearsBeside) {
                f.put("domain", Map.of("excludeTags", dim));
            }
            facets.put(dim, f);
        }
        try {
            return JSON.writeValueAsString(facets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facet JSON", e);
        }
    }

    private static List<SearchResult.FacetCount> counts(NestableJsonFacet json, String dim) {
        BucketBasedJsonFacet facet = json == null ? null : json.getBucketBasedFacets(dim);
        if (facet == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> out = new ArrayList<>();
        for (BucketJsonFacet b : facet.getBuckets()) {
            out.add(new SearchResult.FacetCount(String.valueOf(b.getVal()), b.getCount()));
        }
        return out;
    }

    /** Unified highlighter over the three analyzed bodies, escaping the text; unmatched fields give their start. */
    private static void highlight(ModifiableSolrParams p) {
        p.set("hl", true);
        p.set("hl.method", "unified");
        p.set("hl.fl", String.join(",", BODIES));
        p.set("hl.requireFieldMatch", true);
        p.set("hl.encoder", "html");
        p.set("hl.tag.pre", "<mark>");
        p.set("hl.tag.post", "</mark>");
        p.set("hl.tag.ellipsis", "… ");
        p.set("hl.snippets", 1);
        p.set("hl.fragsize", PASSAGE_CHARS);
        p.set("hl.fragsizeIsMinimum", false);
        p.set("hl.bs.type", "SENTENCE");
        p.set("hl.bs.language", "und");
        p.set("hl.maxAnalyzedChars", 50_000);
        p.set("hl.defaultSummary", true);
    }

    private static List<SearchResult.Hit> hits(QueryResponse r) {
        Map<String, Map<String, List<String>>> highlighting = r.getHighlighting();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            String id = string(d, Schema.ID);
            String language = Objects.requireNonNullElse(string(d, Schema.LANGUAGE), "und");
            Annotations a = annotations(d);
            Object score = d.getFirstValue("score");
            hits.add(new SearchResult.Hit(
                    id,
                    Objects.requireNonNullElse(string(d, Schema.TITLE), ""),
                    string(d, Schema.URL),
                    day(d.getFirstValue(Schema.PUBLISHED)),
                    language,
                    snippet(highlighting == null ? Map.of() : highlighting.getOrDefault(id, Map.of()), language),
                    score instanceof Number n ? n.floatValue() : 0f,
                    a.topics(),
                    a.people(),
                    a.places(),
                    a.events()));
        }
        return hits;
    }

    /** The first passage with a match, trying the fields that suit the page's language first, as the embedded. */
    private static String snippet(Map<String, List<String>> byField, String language) {
        String[] order = language.startsWith("zh")
                ? new String[] {Schema.BODY_CJK, Schema.BODY_ZH, Schema.BODY_EN}
                : new String[] {Schema.BODY_EN, Schema.BODY_CJK, Schema.BODY_ZH};
        String chosen = null;
        for (String field : order) {
            List<String> passages = byField.get(field);
            String s = passages == null || passages.isEmpty() ? null : passages.get(0);
            if (s != null && s.contains("<mark>")) {
                return s.strip();
            }
            if (chosen == null) {
                chosen = s;
            }
        }
        return chosen == null ? "" : chosen.strip();
    }

    private static boolean partial(QueryResponse r) {
        Object flag =
                r.getResponseHeader() == null ? null : r.getResponseHeader().get("partialResults");
        return Boolean.TRUE.equals(flag) || "true".equals(String.valueOf(flag));
    }

    private QueryResponse run(ModifiableSolrParams p, String what) throws IOException {
        // POST: a query expanded across scripts and fields (DictionaryQueryExpander) outgrows a URL (HTTP 414).
        return call(what, () -> client.query(target.collection(), p, SolrRequest.METHOD.POST));
    }

    /** A request to Solr. */
    @FunctionalInterface
    private interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    /** Runs a request, its failures told apart: a refused query, an unavailable cluster, another error. */
    private <T> T call(String what, SolrCall<T> request) throws IOException {
        try {
            return request.call();
        } catch (SolrException e) {
            if (e.code() == 400) {
                throw new QuerySyntaxException("the search engine refused the query: " + firstLine(e.getMessage()), e);
            }
            if (e.code() == 404 || e.code() == 503 || e.code() == -1 || unreachable(e)) {
                throw unavailable(what, e);
            }
            throw new IOException(what + " failed on Solr (HTTP " + e.code() + "): " + firstLine(e.getMessage()), e);
        } catch (SolrServerException e) {
            throw unavailable(what, e);
        } catch (IOException e) {
            throw unavailable(what, e);
        }
    }

    private BackendUnavailableException unavailable(String what, Exception e) {
        return new BackendUnavailableException(
                what + ": Solr collection " + target.collection() + " at " + target.solrUrls() + " is not available: "
                        + rootMessage(e),
                e);
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }

    /** Facet values as indexed, by lower-cased spelling, so {@code province:liaoning} finds Liaoning. */
    private KeywordValues keywordValues() throws IOException {
        KeywordValues current = keywords;
        if (current != null && System.nanoTime() - current.loadedAt < KEYWORD_TTL.toNanos()) {
            return current;
        }
        java.util.Set<String> fields = schemaFields();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("shards.tolerant", true);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String dim : Schema.FACETS) {
            facets.put(dim, Map.of("type", "terms", "field", dim, "limit", -1, "mincount", 1));
        }
        if (fields.contains(Schema.PERSON_NAME_ZH)) {
            facets.put(
                    Schema.PERSON_NAME_ZH,
                    Map.of("type", "terms", "field", Schema.PERSON_NAME_ZH, "limit", -1, "mincount", 1));
        }
        try {
            p.set("json.facet", JSON.writeValueAsString(facets));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facet JSON", e);
        }
        NestableJsonFacet json = run(p, "facet values").getJsonFacetingResponse();
        Map<String, Map<String, String>> byDim = new HashMap<>();
        for (String dim : Schema.FACETS) {
            Map<String, String> values = new HashMap<>();
            for (SearchResult.FacetCount c : counts(json, dim)) {
                values.putIfAbsent(c.value().toLowerCase(Locale.ROOT), c.value());
            }
            byDim.put(dim, values);
        }
        // Counted most first, as the embedded backend orders them: the most written form is the one shown.
        List<SearchResult.FacetCount> written = fields.contains(Schema.PERSON_NAME_ZH)
                ? new ArrayList<>(counts(json, Schema.PERSON_NAME_ZH))
                : new ArrayList<>();
        written.sort(java.util.Comparator.comparingLong((SearchResult.FacetCount c) -> -c.count())
                .thenComparing(SearchResult.FacetCount::value));
        Map<String, java.util.Set<String>> chineseNames = new HashMap<>();
        for (SearchResult.FacetCount c : written) {
            int tab = c.value().indexOf(Schema.NAME_SEPARATOR);
            if (tab > 0) {
                chineseNames
                        .computeIfAbsent(c.value().substring(0, tab), id -> new java.util.LinkedHashSet<>())
                        .add(c.value().substring(tab + 1));
            }
        }
        KeywordValues loaded = new KeywordValues(byDim, chineseNames, fields, System.nanoTime());
        keywords = loaded;
        return loaded;
    }

    /**
     * The fields the collection's schema defines. A collection built by an earlier version lacks the fields added
     * since ({@link Schema#PERSON_NAME_ZH}, {@link Schema#PERSON_ROLE}, {@link Schema#EVENT_SPAN}); it is searched
     * without them, as that version searched it, until a reindex builds the collection again: so search stays up
     * through an upgrade.
     */
    private java.util.Set<String> schemaFields() throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Map<String, Object> f : call(
                        "schema fields", () -> new SchemaRequest.Fields().process(client, target.collection()))
                .getFields()) {
            names.add(String.valueOf(f.get("name")));
        }
        return java.util.Set.copyOf(names);
    }

    private record KeywordValues(
            Map<String, Map<String, String>> byDimension,
            Map<String, java.util.Set<String>> chineseNames,
            java.util.Set<String> fields,
            long loadedAt) {
        /** The Chinese names the archive's pages give a person, as the embedded backend reads them. */
        java.util.Set<String> chineseNamesOf(String personId) {
            return chineseNames.getOrDefault(personId, java.util.Set.of());
        }

        String canonical(String dimension, String value) {
            Map<String, String> values = byDimension.get(dimension);
            if (values == null || values.isEmpty()) {
                return dimension.equals(Schema.ROLE) ? value.toLowerCase(Locale.ROOT) : value;
            }
            return values.getOrDefault(value.toLowerCase(Locale.ROOT), value);
        }

        /** Whether some document has {@code value}, in any case, in the facet {@code dimension}. */
        boolean has(String dimension, String value) {
            Map<String, String> values = byDimension.get(dimension);
            return values != null && values.containsKey(value.toLowerCase(Locale.ROOT));
        }
    }

    private static String string(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    private static String day(Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC).toString();
        }
        return value == null
                ? null
                : value.toString().substring(0, Math.min(10, value.toString().length()));
    }

    private static Annotations annotations(SolrDocument d) {
        String json = string(d, Schema.ANNOTATIONS);
        return json == null ? Annotations.EMPTY : DocumentMapper.annotationsFromJson(json);
    }

    private static Map<String, String> translations(SolrDocument d) {
        return DocumentMapper.translationsFromJson(string(d, Schema.TRANSLATIONS));
    }
}
