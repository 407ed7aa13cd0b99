package org.rightsarchive.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;
import org.rightsarchive.index.solr.SolrClients;
import org.rightsarchive.index.solr.SolrCollections;
import org.rightsarchive.index.solr.SolrConfigset;
import org.rightsarchive.index.solr.SolrIndexer;
import org.rightsarchive.index.solr.SolrTarget;
import org.rightsarchive.index.solr.SolrTestCluster;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.search.QueryExpander;
import org.rightsarchive.search.QuerySyntaxException;
import org.rightsarchive.search.SearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;

/**
 * The same corpus (bundled pages, gold annotations) in both backends: the embedded Lucene index and a 2-shard
 * collection on a real 2-node SolrCloud cluster. The same requests (English, Simplified and Traditional Chinese
 * text, phrases, operators, field prefixes, wildcards, facet filters, event and publication date ranges) must find
 * the same documents with the same facet counts, and the stored documents must be equal.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrParityTest {
    @TempDir
    static Path work;

    static SolrTestCluster cluster;
    static LuceneSearchBackend lucene;
    static SolrSearchBackend solr;

    @BeforeAll
    static void indexBoth() throws Exception {
        lucene = LuceneSearchBackend.open(GoldCorpus.shared());
        cluster = SolrTestCluster.start(2, work);
        SolrTarget target = SolrTarget.of(cluster.nodeUrls(), "parity");
        try (CloudSolrClient client = SolrClients.cloud(target)) {
            SolrCollections admin = new SolrCollections(client);
            admin.uploadConfigset("archive", SolrConfigset.generate());
            admin.create("parity", "archive", 2, 1);
            ArchiveIndexer indexer = new ArchiveIndexer(new PageExtractor(), GoldCorpus.goldAnnotators(), 2);
            IndexSummary summary = new SolrIndexer(indexer, 20, SolrIndexer.Retry.DEFAULT)
                    .index(
                            new CorpusReader(GoldCorpus.CORPUS).readAll(),
                            client,
                            "parity",
                            ArchiveIndexer.Progress.NONE);
            assertTrue(summary.failed().isEmpty(), summary.failed().toString());
        }
        solr = SolrSearchBackend.open(target, QueryExpander.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        if (solr != null) {
            solr.close();
        }
        if (lucene != null) {
            lucene.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static SearchRequest text(String query) {
        return SearchRequest.of(query).withPage(1, SearchRequest.MAX_SIZE);
    }

    static SearchRequest filtered(String query, Map<String, List<String>> filters) {
        return text(query).withFilters(filters);
    }

    static SearchRequest dated(
            String query, LocalDate from, LocalDate to, LocalDate publishedFrom, LocalDate publishedTo) {
        return new SearchRequest(
                query,
                Map.of(),
                from,
                to,
                publishedFrom,
                publishedTo,
                SearchRequest.Sort.DATE,
                1,
                SearchRequest.MAX_SIZE);
    }

    static Stream<SearchRequest> requests() {
        return Stream.of(
                text(""),
                text("Yao Fuxin"),
                text("\"Yao Fuxin\""),
                text("detained"),
                text("\"Liu Xiaobo\" AND Nobel"),
                text("\"Liu Xiaobo\" NOT Nobel"),
                text("\"Liu Xiaobo\" OR \"Huang Qi\""),
                text("\"Charter 08\""),
                text("Liaoy*"),
                text("title:sentenced"),
                text("person:yao-fuxin NOT person:pang-qingxiang"),
                text("(person:yao-fuxin OR person:pang-qingxiang) AND NOT person:xiao-yunliang"),
                text("province:liaoning"),
                text("NOT person:yao-fuxin"),
                text("姚福信"),
                text("辽宁"),
                text("姚福信 遼陽"),
                text("拘留"),
                text("\"工人代表\""),
                text("遼寧"),
                text("劉曉波"),
                text("釋放"),
                filtered("", Map.of("province", List.of("Liaoning"))),
                filtered(
                        "",
                        Map.of("province", List.of("Liaoning", "Heilongjiang"), "lang", List.of("zh-Hans", "zh-Hant"))),
                filtered(
                        "detained",
                        Map.of("province", List.of("Liaoning", "Beijing"), "topic", List.of("arbitrary-detention"))),
                filtered("", Map.of("person", List.of("liu-xiaobo"), "event", List.of("sentencing", "detention"))),
                filtered("Liu Xiaobo", Map.of("role", List.of("detainee"))),
                dated("", LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31), null, null),
                dated("", LocalDate.of(2002, 3, 20), LocalDate.of(2002, 3, 20), null, null),
                dated("", null, LocalDate.of(2002, 3, 1), null, null),
                dated("", null, null, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
                dated("Liu Xiaobo", LocalDate.of(2008, 1, 1), null, null, LocalDate.of(2020, 12, 31)));
    }

    static Set<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
    }

    static Map<String, Map<String, Long>> facetMaps(SearchResult r) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        r.facets().forEach((dim, counts) -> {
            Map<String, Long> m = new LinkedHashMap<>();
            counts.forEach(c -> m.put(c.value(), c.count()));
            out.put(dim, m);
        });
        return out;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void bothBackendsFindTheSameDocumentsWithTheSameFacetCounts(SearchRequest request) throws IOException {
        SearchResult expected = lucene.search(request);
        SearchResult actual = solr.search(request);
        assertEquals(expected.total(), actual.total(), "total");
        assertEquals(ids(expected), ids(actual), "documents");
        assertEquals(facetMaps(expected), facetMaps(actual), "facets");
        assertFalse(actual.partial());
    }

    @Test
    void theQuerySetFindsSomethingInEveryLanguage() throws IOException {
        for (String q : List.of("detained", "拘留", "遼寧")) {
            assertTrue(solr.search(text(q)).total() > 0, q);
        }
        SearchResult facetted = solr.search(text(""));
        for (String dim : List.of("topic", "province", "person", "event", "lang", "year")) {
            assertFalse(facetted.facets().get(dim).isEmpty(), "facet " + dim + " has values");
        }
    }

    @Test
    void aQueryTooLongForAUrlIsAnswered() throws IOException {
        // A phrase of 110 Han characters (9 bytes each once URL-encoded), each a term in every field: some 900 terms,
        // within the 1,024 a query may have, and far past the 8 KB a URL may have.
        String phrase = IntStream.range(0, 110)
                .mapToObj(i -> String.valueOf((char) (0x4E00 + i * 37)))
                .collect(Collectors.joining());
        String query = "拘留 OR \"" + phrase + "\"";
        SearchResult actual = solr.search(text(query));
        assertTrue(actual.total() > 0);
        assertEquals(lucene.search(text(query)).total(), actual.total());
    }

    @Test
    void facetValuesComeInTheSameOrder() throws IOException {
        SearchRequest request = filtered("", Map.of("province", List.of("Liaoning")));
        assertEquals(lucene.search(request).facets(), solr.search(request).facets());
    }

    @ParameterizedTest
    @EnumSource(
            value = SearchRequest.Sort.class,
            names = {"DATE", "PUBLISHED"})
    void dateSortsGiveTheSameOrderOfDates(SearchRequest.Sort sort) throws IOException {
        SearchRequest request =
                new SearchRequest("", Map.of(), null, null, null, null, sort, 1, SearchRequest.MAX_SIZE);
        List<String> expected = lucene.search(request).hits().stream()
                .map(SearchResult.Hit::published)
                .toList();
        List<String> actual = solr.search(request).hits().stream()
                .map(SearchResult.Hit::published)
                .toList();
        assertEquals(expected, actual, "publication dates in sort order");
    }

    @Test
    void storedDocumentsAreEqual() throws IOException {
        for (SearchResult.Hit hit : lucene.search(text("")).hits()) {
            assertEquals(lucene.document(hit.id()), solr.document(hit.id()), hit.url());
        }
        assertTrue(solr.document("0000000000000000").isEmpty());
        assertEquals(lucene.documentCount(), solr.documentCount());
    }

    @Test
    void hitsCarryTheSameFieldsAndAnnotations() throws IOException {
        Map<String, SearchResult.Hit> expected = byId(lucene.search(text("Liu Xiaobo")));
        Map<String, SearchResult.Hit> actual = byId(solr.search(text("Liu Xiaobo")));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((id, e) -> {
            SearchResult.Hit a = actual.get(id);
            assertEquals(
                    List.of(e.title(), e.url(), String.valueOf(e.published()), e.language()),
                    List.of(a.title(), a.url(), String.valueOf(a.published()), a.language()),
                    id);
            assertEquals(List.of(e.topics(), e.people(), e.places()), List.of(a.topics(), a.people(), a.places()), id);
        });
    }

    static Map<String, SearchResult.Hit> byId(SearchResult r) {
        Map<String, SearchResult.Hit> out = new LinkedHashMap<>();
        r.hits().forEach(h -> out.put(h.id(), h));
        return out;
    }

    @Test
    void snippetsMarkMatchesAndEscapeTheText() throws IOException {
        String top = solr.search(text("\"Yao Fuxin\"")).hits().get(0).snippet();
        assertTrue(top.contains("<mark>Yao</mark> <mark>Fuxin</mark>"), top);
        SearchResult.Hit page = solr.search(text("script")).hits().stream()
                .filter(h -> h.url().contains("script-injection"))
                .findFirst()
                .orElseThrow();
        assertFalse(page.snippet().contains("<script"), page.snippet());
        assertTrue(page.snippet().contains("&lt;"), page.snippet());
        assertTrue(page.snippet().replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0, page.snippet());
    }

    @Test
    void traditionalQueryMarksSimplifiedText() throws IOException {
        SearchResult.Hit hit = solr.search(text("遼寧")).hits().stream()
                .filter(h -> h.language().equals("zh-Hans"))
                .findFirst()
                .orElseThrow();
        assertTrue(hit.snippet().contains("<mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("辽") || hit.snippet().contains("宁"), hit.snippet());
    }

    @Test
    void pagesDoNotOverlapAndCoverTheResult() throws IOException {
        SearchRequest first = SearchRequest.of("detained").withPage(1, 5);
        long total = solr.search(first).total();
        List<String> seen = new ArrayList<>();
        for (int page = 1; (page - 1) * 5 < total; page++) {
            solr.search(first.withPage(page, 5)).hits().forEach(h -> seen.add(h.id()));
        }
        assertEquals(total, seen.size());
        assertEquals(total, Set.copyOf(seen).size());
    }

    @Test
    void exportStreamsTheSameDocuments() throws IOException {
        SearchRequest request = text("detained");
        assertEquals(exported(lucene, request), exported(solr, request));
        assertEquals(exported(lucene, text("")).size(), exported(solr, text("")).size());
    }

    static Set<String> exported(SearchBackend backend, SearchRequest request) throws IOException {
        List<String> ids = new ArrayList<>();
        backend.export(request, h -> ids.add(h.id()));
        assertEquals(ids.size(), Set.copyOf(ids).size(), "no document twice");
        return Set.copyOf(ids);
    }

    @Test
    void badQueriesAreRejectedAsByTheEmbeddedBackend() {
        for (String bad : List.of("\"unclosed", "a AND", "*leading", "(unclosed", "published:[2001 TO 2002]")) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> solr.search(text(bad)), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }
}
