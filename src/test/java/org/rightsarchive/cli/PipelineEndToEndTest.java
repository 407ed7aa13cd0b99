package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.search.DictionaryQueryExpander;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;

/**
 * The whole pipeline on the bundled corpus, as {@code ./archive index} runs it: real extraction, real recognizers and
 * tagger, real index; then searches in English, Simplified and Traditional Chinese, checked against the corpus's gold
 * labels.
 */
class PipelineEndToEndTest {
    private static final Path CORPUS = Path.of("corpus").toAbsolutePath();

    @TempDir
    static Path tmp;

    static LuceneSearchBackend backend;

    @BeforeAll
    static void indexTheCorpus() throws IOException {
        Path index = tmp.resolve("index");
        var result = IndexCommand.run(CORPUS, index, 2, false);
        assertTrue(
                result.summary().failed().isEmpty(), result.summary().failed().toString());
        backend = LuceneSearchBackend.open(
                new IndexStore(index), DictionaryQueryExpander.standard(), LuceneSearchBackend.DEFAULT_TIMEOUT);
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
    }

    /** Corpus paths whose gold row lists the value in the given column (4 topics, 5 people, 6 provinces). */
    private static Set<String> goldPages(int column, String value) throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("gold/pages.tsv"), StandardCharsets.UTF_8);
        Set<String> out = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (Arrays.asList(c[column - 1].split(",")).contains(value)) {
                out.add(c[0]);
            }
        }
        return out;
    }

    private static List<String> ranked(String query) throws IOException {
        SearchRequest all = SearchRequest.of(query).withPage(1, SearchRequest.MAX_SIZE);
        SearchResult result = backend.search(all);
        List<String> paths = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            paths.add(hit.url().replaceFirst("^corpus:", ""));
        }
        return paths;
    }

    @ParameterizedTest
    @CsvSource({"Yao Fuxin", "姚福信", "姚福信", "YAO Fu-xin"})
    void everySpellingOfYaoFuxinFindsEveryPageAboutHimInEveryLanguage(String query) throws IOException {
        List<String> hits = ranked(query);
        Set<String> missing = new TreeSet<>(goldPages(5, "yao-fuxin"));
        missing.removeAll(hits);
        assertEquals(Set.of(), missing, query + " -> " + hits);
        assertTrue(hits.subList(0, 3).stream().allMatch(p -> goldPages5().contains(p)), query + " -> " + hits);
    }

    private static Set<String> goldPages5() {
        try {
            return goldPages(5, "yao-fuxin");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "锦州监狱, pages/en/2017-07-liu-xiaobo-dies-in-custody.html",
        "\"锦州监狱\", pages/en/2017-07-liu-xiaobo-dies-in-custody.html",
        "辽宁省辽阳市中级人民法院, pages/en/2003-05-yao-xiao-sentenced.html",
        "北京市第一中级人民法院, pages/en/2009-12-liu-xiaobo-sentenced.html",
        "天安门, pages/en/2004-04-tiananmen-mothers-detained.html",
        "Tiananmen, pages/zh-hans/2004-04-tiananmen-mothers-detained.html",
        "\"Tiananmen\", pages/zh-hant/2019-06-tiananmen-mothers-30th-anniversary.html",
    })
    void facilitiesAndLandmarksFindThePagesInTheOtherLanguage(String query, String page) throws IOException {
        List<String> found = ranked(query);
        assertTrue(found.contains(page), () -> query + ": " + found);
    }

    @Test
    void traditionalPlaceNameFindsPagesWrittenInSimplified() throws IOException {
        List<String> hits = ranked("遼寧");
        assertTrue(
                hits.contains("pages/zh-hans/2002-03-liaoyang-worker-representatives-detained.html"), hits.toString());
        assertTrue(hits.contains("pages/zh-hans/2003-01-liaoyang-trial.html"), hits.toString());
    }

    @Test
    void provinceInEitherScriptReachesTheSameDocuments() throws IOException {
        Set<String> english = new TreeSet<>(ranked("Liaoning"));
        Set<String> simplified = new TreeSet<>(ranked("辽宁"));
        Set<String> traditional = new TreeSet<>(ranked("遼寧"));
        assertEquals(english, simplified);
        assertEquals(simplified, traditional);
        assertTrue(english.containsAll(goldPages(6, "Liaoning")), english.toString());
    }

    @ParameterizedTest
    @CsvSource({"labor rights", "Labor Rights", "劳工权利", "勞工權利"})
    void topicInEitherLanguageReachesEveryPageTaggedWithIt(String query) throws IOException {
        SearchRequest tagged = SearchRequest.of("")
                .withFilters(java.util.Map.of("topic", List.of("labor-rights")))
                .withPage(1, SearchRequest.MAX_SIZE);
        Set<String> taggedPages = new TreeSet<>();
        backend.search(tagged).hits().forEach(h -> taggedPages.add(h.url().replaceFirst("^corpus:", "")));
        assertTrue(taggedPages.size() >= 10, taggedPages.toString());
        Set<String> missing = new TreeSet<>(taggedPages);
        missing.removeAll(ranked(query));
        assertEquals(Set.of(), missing, query);
    }

    @Test
    void sidebarTopicsDoNotReachTheTagger() throws IOException {
        // Every page's sidebar lists "Book Review" and "Cultural Revolution"; no page is about either.
        for (String topic : List.of("book-review", "cultural-revolution")) {
            SearchRequest request = SearchRequest.of("").withFilters(java.util.Map.of("topic", List.of(topic)));
            assertEquals(0, backend.search(request).total(), topic);
        }
    }

    @Test
    void labelsOfHitsAreTheExtractedTitles() throws IOException {
        SearchResult result = backend.search(SearchRequest.of("\"Yao Fuxin\""));
        String titles = result.hits().stream().map(SearchResult.Hit::title).collect(Collectors.joining(" | "));
        assertTrue(titles.contains("Yao Fuxin"), titles);
        assertTrue(result.hits().stream().noneMatch(h -> h.title().contains("China Rights Alerts")), titles);
    }

    private static Set<String> found(String query) throws IOException {
        return new TreeSet<>(ranked(query));
    }

    private static long total(java.util.Map<String, List<String>> filters) throws IOException {
        return backend.search(SearchRequest.of("").withFilters(filters)).total();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Wang Quan-zhang, Wang Quanzhang",
        "LIU Xiao-bo, Liu Xiaobo",
        "Xu Zhi-yong, Xu Zhiyong",
        "\"姚福信\", 姚福信",
        "“姚福信”, 姚福信",
        "「姚福信」, 姚福信",
        "姚福信！, 姚福信",
        "yao and xiao, yao xiao",
        "Xu Zhiyong and Ding Jiaxi, Xu Zhiyong Ding Jiaxi"
    })
    void writtenAnotherWayTheQueryFindsTheSamePages(String variant, String plain) throws IOException {
        Set<String> expected = found(plain);
        assertTrue(expected.size() >= 2, plain + " -> " + expected);
        assertEquals(expected, found(variant), variant);
    }

    @ParameterizedTest
    @CsvSource({"姚\u200b福信", "Ya\u200bo Fuxin", "\ufeff姚福信", "Yao Fu\u00adxin"})
    void invisibleCharactersOfACopiedNameAreIgnored(String escaped) throws IOException {
        String query = escaped.translateEscapes();
        String visible = query.replaceAll("[\u200b\ufeff\u00ad]", "");
        assertEquals(found(visible), found(query), escaped);
        assertTrue(!found(query).isEmpty(), escaped);
    }

    @Test
    void exclusionAloneFindsEveryOtherPage() throws IOException {
        long all = backend.search(SearchRequest.of("")).total();
        long yao = backend.search(SearchRequest.of("person:yao-fuxin")).total();
        assertTrue(yao > 0 && yao < all);
        assertEquals(
                all - yao, backend.search(SearchRequest.of("-person:yao-fuxin")).total());
        assertEquals(
                all - yao,
                backend.search(SearchRequest.of("NOT person:yao-fuxin")).total());
        assertEquals(
                all - yao,
                backend.search(SearchRequest.of("* -person:yao-fuxin")).total());
    }

    @ParameterizedTest
    @CsvSource({"6/4", "2002/03/17", "Yao/Fuxin", "http://www.hrichina.org/en"})
    void slashesAreTextNotRegularExpressions(String query) throws IOException {
        backend.search(SearchRequest.of(query)); // no QuerySyntaxException
    }

    @Test
    void wordsJoinedByASlashAreSearchedAsWords() throws IOException {
        Set<String> joined = found("Yao/Fuxin");
        assertTrue(!joined.isEmpty() && found("Yao Fuxin").containsAll(joined), joined.toString());
    }

    @Test
    void aFuzzySingleCharacterMatchesOnlyItself() throws IOException {
        long all = backend.search(SearchRequest.of("")).total();
        assertTrue(backend.search(SearchRequest.of("姚~2")).total() < all);
        assertEquals(found("姚"), found("姚~2"));
    }

    @Test
    void topicLabelWithParenthesesAsTheFacetShowsItFindsItsPages() throws IOException {
        long tagged = total(java.util.Map.of("topic", List.of("national-people-s-congress-npc")));
        org.junit.jupiter.api.Assumptions.assumeTrue(tagged > 0, "no page tagged with the NPC topic");
        SearchRequest label =
                SearchRequest.of("National People's Congress (NPC)").withPage(1, 0);
        assertTrue(backend.search(label).total() >= tagged);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "province|Liaoning|遼寧",
                "province|Liaoning|辽宁省",
                "province|Liaoning|Liaoning Province",
                "province|Liaoning|liaoning",
                "city|Liaoyang|辽阳",
                "topic|labor-rights|Labor Rights",
                "topic|labor-rights|劳工权利",
                "person|yao-fuxin|姚福信",
                "person|yao-fuxin|Yao Fuxin"
            })
    void aFilterValueInAnyScriptOrSpellingFiltersLikeItsId(String dimension, String id, String written)
            throws IOException {
        long expected = total(java.util.Map.of(dimension, List.of(id)));
        assertTrue(expected > 0, dimension + "=" + id);
        assertEquals(expected, total(java.util.Map.of(dimension, List.of(written))), dimension + "=" + written);
        assertEquals(
                expected,
                backend.search(SearchRequest.of(dimension + ":\"" + written + "\""))
                        .total(),
                dimension + ":" + written);
    }

    @ParameterizedTest
    @CsvSource({"province, Atlantis, unknown province", "topic, underwater basket weaving, unknown topic"})
    void aProvinceOrTopicNoDictionaryKnowsIsRejectedWithAMessage(String dimension, String value, String message) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                org.rightsarchive.search.QuerySyntaxException.class,
                () -> total(java.util.Map.of(dimension, List.of(value))));
        assertTrue(e.getMessage().contains(message) && e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void aNameInPinyinFindsThePagesThatWriteItInCharactersAndRanksThemByIt() throws IOException {
        List<String> hits = ranked("Wang Quanzhang");
        int chinese = hits.indexOf("pages/zh-hans/2019-01-wang-quanzhang-sentenced.html");
        assertTrue(chinese >= 0 && chinese < 3, "the Chinese page about him ranks among the first: " + hits);
        SearchResult result = backend.search(SearchRequest.of("Yao Fuxin").withPage(1, SearchRequest.MAX_SIZE));
        List<SearchResult.Hit> zh = result.hits().stream()
                .filter(h -> h.language().startsWith("zh"))
                .toList();
        assertTrue(!zh.isEmpty() && zh.stream().allMatch(h -> h.snippet().contains("<mark>")), "marked: " + zh);
    }

    @Test
    void charactersThatOnlyReadLikeAPersonsNameAreNotThatPerson() throws IOException {
        assertTrue(found("刘晓波").size() >= 4);
        assertEquals(Set.of(), found("刘小波"), "刘小波 is written nowhere; 刘晓波 reads the same");
        assertEquals(Set.of(), found("姚福新"));
    }

    @Test
    void aRoleFilterWithAPersonFilterMeansThatPersonInThatRole() throws IOException {
        assertTrue(total(java.util.Map.of("person", List.of("xi-jinping"))) > 0);
        assertEquals(0, total(java.util.Map.of("person", List.of("xi-jinping"), "role", List.of("detainee"))));
        SearchRequest his = SearchRequest.of("")
                .withFilters(java.util.Map.of("person", List.of("yao-fuxin")))
                .withPage(1, SearchRequest.MAX_SIZE);
        long detained = backend.search(his).hits().stream()
                .filter(h ->
                        h.people().stream().anyMatch(p -> p.id().equals("yao-fuxin") && "detainee".equals(p.role())))
                .count();
        assertTrue(detained > 0);
        assertEquals(detained, total(java.util.Map.of("person", List.of("yao-fuxin"), "role", List.of("detainee"))));
    }

    /** The real server over the pipeline's index: the routes whose answers only real annotations show. */
    @org.junit.jupiter.api.Nested
    class Routes {
        private org.rightsarchive.web.ArchiveServer server;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

        @org.junit.jupiter.api.BeforeEach
        void start() throws IOException {
            server = org.rightsarchive.web.ArchiveServer.start(
                    org.rightsarchive.web.ServerConfig.defaults().withPort(0),
                    backend,
                    org.rightsarchive.acquire.ArchiveReader.open(CORPUS));
        }

        @org.junit.jupiter.api.AfterEach
        void stop() {
            server.close();
        }

        private java.net.http.HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    java.net.http.HttpRequest.newBuilder(server.uri().resolve(path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void placesListEachCityUnderItsOwnProvinceOnly() throws Exception {
            var places = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(get("/api/places").body());
            java.util.Map<String, List<String>> cities = new java.util.HashMap<>();
            places.get("provinces").forEach(p -> {
                List<String> names = new ArrayList<>();
                p.get("cities").forEach(c -> names.add(c.get("name").asText()));
                cities.put(p.get("name").asText(), names);
            });
            assertTrue(cities.get("Liaoning").contains("Liaoyang"), cities.toString());
            cities.forEach((province, names) -> names.forEach(city -> assertTrue(
                    org.rightsarchive.annotate.places.Gazetteer.standard().lookupAll(city).stream()
                            .anyMatch(d -> d.province().equals(province)),
                    city + " under " + province)));
        }

        @Test
        void csvExportNamesPeopleInBothScripts() throws Exception {
            var response = get("/api/export?format=csv&q=" + java.net.URLEncoder.encode("姚福信", StandardCharsets.UTF_8));
            List<List<String>> rows = org.rightsarchive.eval.Csv.parse(new java.io.StringReader(response.body()));
            int names = rows.get(0).indexOf("names");
            assertTrue(
                    rows.stream().anyMatch(r -> r.get(names).contains("Yao Fuxin 姚福信")),
                    rows.stream().map(r -> r.get(names)).toList().toString());
        }

        @Test
        void aPersonsTimelineNamesItsPlacesInChineseToo() throws Exception {
            var person = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(get("/api/people/yao-fuxin").body());
            java.util.Map<String, String> zh = new java.util.HashMap<>();
            person.get("events").forEach(e -> {
                if (e.hasNonNull("place")) {
                    zh.put(e.get("place").asText(), e.path("placeZh").asText(null));
                }
            });
            assertEquals("辽阳", zh.get("Liaoyang"), zh.toString());
        }

        @Test
        void thePersonFacetNamesEachPersonInBothScripts() throws Exception {
            var answer = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(get("/api/search?q=Liaoyang").body());
            java.util.Map<String, String> zh = new java.util.HashMap<>();
            answer.get("facets")
                    .get("person")
                    .forEach(p ->
                            zh.put(p.get("value").asText(), p.get("labelZh").asText()));
            assertEquals("姚福信", zh.get("yao-fuxin"), zh.toString());
            assertEquals("萧云良", zh.get("xiao-yunliang"), zh.toString());
        }

        @Test
        void archivedCaptureDeclaresTheCharsetItIsReadWith() throws Exception {
            String id = backend.search(SearchRequest.of("姚福信")).hits().get(0).id();
            var response = get("/archive/" + id);
            assertEquals(200, response.statusCode());
            String type = response.headers().firstValue("Content-Type").orElseThrow();
            assertEquals(
                    "text/html;charset=utf-8",
                    type.toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
        }
    }
}
