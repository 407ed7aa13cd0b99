package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Schema;

/** End to end: the bundled corpus indexed once, searched in English, Simplified and Traditional Chinese. */
class LuceneSearchBackendTest {
    private static IndexStore store;
    private static LuceneSearchBackend backend;
    private static Map<String, GoldCorpus.Row> gold;

    @BeforeAll
    static void openIndex() throws IOException {
        store = GoldCorpus.shared();
        backend = LuceneSearchBackend.open(store);
        gold = GoldCorpus.rows();
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
    }

    private static List<String> paths(SearchResult result) {
        return result.hits().stream()
                .map(h -> h.url().replaceFirst("^corpus:", ""))
                .toList();
    }

    private static SearchResult search(String query) throws IOException {
        return backend.search(SearchRequest.of(query).withPage(1, 20));
    }

    private static Set<String> goldPages(java.util.function.Predicate<GoldCorpus.Row> keep) {
        return gold.values().stream().filter(keep).map(GoldCorpus.Row::path).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Yao Fuxin\"", "Yao Fuxin", "姚福信", "姚福信 遼陽"})
    void yaoFuxinFindsTheLiaoyangPagesFirst(String query) throws IOException {
        SearchResult result = search(query);
        assertFalse(result.hits().isEmpty(), query);
        String top = paths(result).get(0);
        assertTrue(gold.get(top).people().contains("yao-fuxin"), query + " ranked first: " + top);
        assertTrue(gold.get(top).provinces().contains("Liaoning"), top);
    }

    @Test
    void simplifiedAndTraditionalQueriesFindTheSamePages() throws IOException {
        assertEquals(Set.copyOf(paths(search("姚福信"))), Set.copyOf(paths(search("姚福信"))));
        Set<String> simplified = Set.copyOf(paths(search("辽宁")));
        Set<String> traditional = Set.copyOf(paths(search("遼寧")));
        assertFalse(simplified.isEmpty());
        assertEquals(simplified, traditional);
    }

    @Test
    void traditionalQueryFindsPagesWrittenInSimplified() throws IOException {
        List<String> found = paths(search("遼寧"));
        assertTrue(
                found.contains("pages/zh-hans/2002-03-liaoyang-worker-representatives-detained.html"),
                found.toString());
        assertTrue(found.contains("pages/zh-hans/2003-01-liaoyang-trial.html"), found.toString());
    }

    @Test
    void simplifiedQueryFindsPagesWrittenInTraditional() throws IOException {
        List<String> found = paths(search("辽宁"));
        assertTrue(found.contains("pages/zh-hant/2002-03-yao-fuxin-detained.html"), found.toString());
    }

    @Test
    void phraseMatchesOnlyAdjacentWords() throws IOException {
        Set<String> phrase = Set.copyOf(paths(search("\"Charter 08\"")));
        assertFalse(phrase.isEmpty());
        assertTrue(phrase.stream().allMatch(p -> gold.get(p).people().contains("liu-xiaobo")), phrase.toString());
    }

    @Test
    void chineseTermMatchesItsCharactersInOrderOnly() throws IOException {
        SearchResult name = search("姚福信");
        assertFalse(name.hits().isEmpty());
        assertTrue(
                paths(name).stream().allMatch(p -> gold.get(p).people().contains("yao-fuxin")),
                paths(name).toString());
        // The same three characters in another order are on every Yao Fuxin page, but never together.
        assertEquals(0, search("信福姚").total());
        assertEquals(0, search("name:信福姚").total());
    }

    @Test
    void chineseWordsTypedWithoutSpacesAreSearchedApart() throws IOException {
        List<String> together = paths(search("姚福信辽阳"));
        assertFalse(together.isEmpty(), "the name and the city are not side by side on any page");
        assertEquals(Set.copyOf(paths(search("姚福信 辽阳"))), Set.copyOf(together));
        assertTrue(together.stream().allMatch(p -> gold.get(p).people().contains("yao-fuxin")), together.toString());
    }

    @Test
    void singleChineseCharacterFindsThePagesWithIt() throws IOException {
        // Only the English fields hold single Han characters; the bigram field pairs them.
        Set<String> surname = Set.copyOf(paths(search("姚")));
        assertTrue(surname.containsAll(paths(search("姚福信"))), surname.toString());
        for (String character : List.of("姚", "萧", "辽", "工", "刘")) {
            assertEquals(
                    search("body:" + character + " OR title:" + character + " OR name:" + character)
                            .total(),
                    search(character).total(),
                    character + ": the same pages as every text field would find");
        }
    }

    @ParameterizedTest
    @CsvSource({"辽, 遼", "师, 師", "刘, 劉"})
    void singleChineseCharacterFindsTheSamePagesInEitherScript(String simplified, String traditional)
            throws IOException {
        Set<String> bySimplified =
                Set.copyOf(paths(backend.search(SearchRequest.of(simplified).withPage(1, 100))));
        Set<String> byTraditional =
                Set.copyOf(paths(backend.search(SearchRequest.of(traditional).withPage(1, 100))));
        assertEquals(bySimplified, byTraditional);
        assertTrue(bySimplified.stream().anyMatch(p -> p.startsWith("pages/zh-hans/")), bySimplified.toString());
        assertTrue(bySimplified.stream().anyMatch(p -> p.startsWith("pages/zh-hant/")), bySimplified.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "person:yao-fuxin AND person:pang-qingxiang, AND",
        "person:yao-fuxin person:pang-qingxiang, AND",
        "person:yao-fuxin OR person:pang-qingxiang, OR",
        "person:yao-fuxin NOT person:pang-qingxiang, NOT",
        "person:yao-fuxin -person:pang-qingxiang, NOT",
        "(person:yao-fuxin OR person:pang-qingxiang) AND NOT person:xiao-yunliang, OR-NOT"
    })
    void booleanOperatorsCombineClauses(String query, String operator) throws IOException {
        java.util.function.Predicate<GoldCorpus.Row> yao = r -> r.people().contains("yao-fuxin");
        java.util.function.Predicate<GoldCorpus.Row> pang = r -> r.people().contains("pang-qingxiang");
        java.util.function.Predicate<GoldCorpus.Row> xiao = r -> r.people().contains("xiao-yunliang");
        Set<String> expected = goldPages(
                switch (operator) {
                    case "AND" -> yao.and(pang);
                    case "OR" -> yao.or(pang);
                    case "NOT" -> yao.and(pang.negate());
                    default -> yao.or(pang).and(xiao.negate());
                });
        assertFalse(expected.isEmpty(), "the corpus has pages for " + query);
        assertEquals(
                expected,
                Set.copyOf(paths(backend.search(SearchRequest.of(query).withPage(1, 100)))));
    }

    @Test
    void textAndOperatorsNarrowAndWiden() throws IOException {
        long liu = search("\"Liu Xiaobo\"").total();
        long liuAndNobel = search("\"Liu Xiaobo\" AND Nobel").total();
        long liuNotNobel = search("\"Liu Xiaobo\" NOT Nobel").total();
        long liuOrHuang = search("\"Liu Xiaobo\" OR \"Huang Qi\"").total();
        assertTrue(liuAndNobel > 0, "some Liu Xiaobo pages name the Nobel prize");
        assertEquals(liu, liuAndNobel + liuNotNobel);
        assertTrue(liuOrHuang > liu);
    }

    @Test
    void personPrefixMatchesTheKeywordField() throws IOException {
        SearchResult result = search("person:yao-fuxin");
        assertEquals(goldPages(r -> r.people().contains("yao-fuxin")), Set.copyOf(paths(result)));
    }

    @Test
    void provincePrefixIgnoresCase() throws IOException {
        assertEquals(
                goldPages(r -> r.provinces().contains("Liaoning")), Set.copyOf(paths(search("province:liaoning"))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"Yao Fuxin|unclosed quote",
                "(labor rights|parenthesis",
                "labor AND|AND/OR/NOT",
                "*uxin|two characters",
                "f*|two characters",
                "[a TO z]|range queries",
                "colour:red|unknown field 'colour:'",
                "person:yao*|not supported in person",
                "fuxin~3|at most 2 edits"
            })
    void badQueriesAreRejectedWithAMessage(String query, String messagePart) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(query));
        assertTrue(e.getMessage().contains(messagePart), query + " -> " + e.getMessage());
    }

    @Test
    void wildcardPatternTooComplexToBuildIsRejectedWithAMessage() {
        // Found by HostileQueryTest's fuzzing (seed 66960749940446): Lucene gives up on the pattern's automaton.
        String pattern = "det" + "=*".repeat(300);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(pattern));
        assertTrue(e.getMessage().contains("wildcard pattern is too complex"), e.getMessage());
        assertTrue(e.getMessage().length() < 120, e.getMessage());
    }

    @Test
    void hugeQueriesAreRejected() {
        String many = "Liu OR ".repeat(1500) + "Xia";
        assertThrows(QuerySyntaxException.class, () -> search(many));
        // A word in two scripts searches every text field: 125 of them fan out to 2,000 terms.
        String wide = String.join(" OR ", java.util.Collections.nCopies(600, "Liu刘"));
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(wide.substring(0, 999)));
        assertNotNull(e.getMessage());
    }

    @Test
    void trailingWildcardExpands() throws IOException {
        assertTrue(Set.copyOf(paths(search("Liaoy*"))).containsAll(paths(search("Liaoyang"))));
    }

    @Test
    void filtersOfOneDimensionAreOredAndDimensionsAnded() throws IOException {
        SearchRequest liaoning =
                SearchRequest.of("").withPage(1, 100).withFilters(Map.of("province", List.of("Liaoning")));
        SearchRequest both = liaoning.withFilters(Map.of("province", List.of("Liaoning", "Heilongjiang")));
        SearchRequest liaoningZh =
                liaoning.withFilters(Map.of("province", List.of("Liaoning"), "lang", List.of("zh-Hans", "zh-Hant")));
        assertEquals(goldPages(r -> r.provinces().contains("Liaoning")), Set.copyOf(paths(backend.search(liaoning))));
        assertEquals(
                goldPages(
                        r -> r.provinces().contains("Liaoning") || r.provinces().contains("Heilongjiang")),
                Set.copyOf(paths(backend.search(both))));
        assertEquals(
                goldPages(
                        r -> r.provinces().contains("Liaoning") && r.language().startsWith("zh")),
                Set.copyOf(paths(backend.search(liaoningZh))));
    }

    @Test
    void facetCountsMatchTheGoldLabels() throws IOException {
        SearchResult all = backend.search(SearchRequest.of("").withPage(1, 0));
        assertEquals(gold.size(), all.total());
        Map<String, Long> topics = asMap(all.facets().get("topic"));
        Map<String, Long> expected = new HashMap<>();
        gold.values().forEach(r -> r.topics().forEach(t -> expected.merge(t, 1L, Long::sum)));
        assertEquals(expected, topics);
        Map<String, Long> langs = asMap(all.facets().get("lang"));
        assertEquals(Map.of("en", 31L, "zh-Hans", 16L, "zh-Hant", 8L), langs);
    }

    @Test
    void facetCountsAreDrillSideways() throws IOException {
        SearchRequest request = SearchRequest.of("")
                .withPage(1, 0)
                .withFilters(Map.of("province", List.of("Liaoning"), "lang", List.of("en")));
        SearchResult result = backend.search(request);
        // The province counts ignore the province filter but keep the language filter...
        Map<String, Long> provinces = asMap(result.facets().get("province"));
        Map<String, Long> expectedProvinces = new HashMap<>();
        gold.values().stream().filter(r -> r.language().equals("en")).forEach(r -> r.provinces()
                .forEach(p -> expectedProvinces.merge(p, 1L, Long::sum)));
        assertEquals(expectedProvinces, provinces);
        // ...the language counts the other way round, and the topics honour both.
        Map<String, Long> expectedLangs = new HashMap<>();
        gold.values().stream()
                .filter(r -> r.provinces().contains("Liaoning"))
                .forEach(r -> expectedLangs.merge(r.language(), 1L, Long::sum));
        assertEquals(expectedLangs, asMap(result.facets().get("lang")));
        long liaoningEn = gold.values().stream()
                .filter(r -> r.provinces().contains("Liaoning") && r.language().equals("en"))
                .count();
        assertEquals(liaoningEn, result.total());
        Map<String, Long> expectedTopics = new HashMap<>();
        gold.values().stream()
                .filter(r -> r.provinces().contains("Liaoning") && r.language().equals("en"))
                .forEach(r -> r.topics().forEach(t -> expectedTopics.merge(t, 1L, Long::sum)));
        assertEquals(expectedTopics, asMap(result.facets().get("topic")));
    }

    @Test
    void browsingOneValueCountsItsDimensionOverTheWholeArchive() throws IOException {
        SearchResult all = backend.search(SearchRequest.of("").withPage(1, 0));
        for (String topic : List.of("labor-rights", "june-fourth")) {
            SearchResult one =
                    backend.search(SearchRequest.of("").withPage(1, 0).withFilters(Map.of("topic", List.of(topic))));
            assertEquals(asMap(all.facets().get("topic")), asMap(one.facets().get("topic")), topic);
            Map<String, Long> expectedLangs = new HashMap<>();
            gold.values().stream()
                    .filter(r -> r.topics().contains(topic))
                    .forEach(r -> expectedLangs.merge(r.language(), 1L, Long::sum));
            assertEquals(expectedLangs, asMap(one.facets().get("lang")), topic);
        }
    }

    /** Samples runs of 4 pages, one run in 2 (55 / 20 documents), above 30 matches. */
    private static final LuceneSearchBackend.Sampling TINY = new LuceneSearchBackend.Sampling(4, 20, 30);

    @Test
    void largeResultsInALargeIndexAreEstimatedFromASample() throws IOException {
        // Every page, but not a query the index counts without visiting the matches.
        SearchRequest everyLanguage =
                SearchRequest.of("lang:en OR lang:zh-Hans OR lang:zh-Hant").withPage(1, 20);
        SearchResult exact = backend.search(everyLanguage);
        assertEquals(gold.size(), exact.total());
        assertFalse(exact.estimated());
        try (LuceneSearchBackend sampling = LuceneSearchBackend.open(store, TINY)) {
            SearchResult estimated = sampling.search(everyLanguage);
            assertTrue(estimated.estimated());
            assertEquals(gold.size(), estimated.total(), 1.0, "every sampled page matches, so the estimate is right");
            assertEquals(paths(exact), paths(estimated), "the hits are the best ones all the same");
            // Each page has one language: the scaled counts of the sampled pages add up to about all of them.
            long languages = estimated.facets().get("lang").stream()
                    .mapToLong(SearchResult.FacetCount::count)
                    .sum();
            assertEquals(gold.size(), languages, 2.0);
            assertEquals(estimated, sampling.search(everyLanguage), "the same request, the same sample");
        }
    }

    /** Browsing everything or one facet value, and a small result: exact in a large index too. */
    @ParameterizedTest
    @CsvSource({"'', ''", "'', labor-rights", "person:yao-fuxin, ''"})
    void someResultsOfALargeIndexAreCountedExactly(String query, String topic) throws IOException {
        SearchRequest request = SearchRequest.of(query)
                .withPage(1, 20)
                .withFilters(topic.isEmpty() ? Map.of() : Map.of("topic", List.of(topic)));
        try (LuceneSearchBackend sampling = LuceneSearchBackend.open(store, TINY)) {
            SearchResult result = sampling.search(request);
            assertFalse(result.estimated());
            assertEquals(backend.search(request), result);
        }
    }

    @Test
    void estimatedSidewaysCountsComeFromTheSample() throws IOException {
        SearchRequest filtered = new SearchRequest(
                "",
                Map.of("topic", List.of("labor-rights")),
                null,
                null,
                LocalDate.of(1900, 1, 1),
                null,
                SearchRequest.Sort.RELEVANCE,
                1,
                0);
        try (LuceneSearchBackend sampling =
                LuceneSearchBackend.open(store, new LuceneSearchBackend.Sampling(4, 20, 0))) {
            SearchResult result = sampling.search(filtered);
            assertTrue(result.estimated());
            // Runs of 4 of the 55 pages, one in 2: 28 or 27 pages, by the run the request picks.
            boolean scaledFromTheSample = java.util.stream.Stream.of(55.0 / 28, 55.0 / 27)
                    .anyMatch(scale -> result.facets().get("topic").stream()
                            .allMatch(c -> c.count() == Math.round(Math.round(c.count() / scale) * scale)));
            assertTrue(scaledFromTheSample, result.facets().get("topic").toString());
            assertFalse(result.facets().get("topic").isEmpty(), "sideways topic counts, over the sample");
        }
    }

    @Test
    void drillSidewaysCountsAgreeWithLuceneDrillSideways() throws IOException {
        SearchResult ours = backend.search(SearchRequest.of("detained")
                .withPage(1, 0)
                .withFilters(
                        Map.of("province", List.of("Liaoning", "Beijing"), "topic", List.of("arbitrary-detention"))));
        try (var dir = FSDirectory.open(store.live().orElseThrow());
                var reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var config = Schema.facetsConfig();
            var state = new DefaultSortedSetDocValuesReaderState(reader, config);
            Query text = new ArchiveQueryParser(QueryExpander.NONE, (d, v) -> v).parseUserQuery("detained");
            DrillDownQuery drill = new DrillDownQuery(config, text);
            drill.add("province", "Liaoning");
            drill.add("province", "Beijing");
            drill.add("topic", "arbitrary-detention");
            DrillSideways.DrillSidewaysResult theirs = new DrillSideways(searcher, config, state).search(drill, 10);
            assertEquals(theirs.hits.totalHits.value(), ours.total());
            for (String dim : List.of("province", "topic", "lang", "person", "year")) {
                Map<String, Long> expected = new HashMap<>();
                var top = theirs.facets.getTopChildren(1000, dim);
                if (top != null) {
                    for (LabelAndValue lv : top.labelValues) {
                        expected.put(lv.label, lv.value.longValue());
                    }
                }
                assertEquals(expected, asMap(ours.facets().get(dim)), dim);
            }
        }
    }

    private static Map<String, Long> asMap(List<SearchResult.FacetCount> counts) {
        Map<String, Long> out = new HashMap<>();
        counts.forEach(c -> out.put(c.value(), c.count()));
        return out;
    }

    @Test
    void yearFacetIsAHistogramInYearOrder() throws IOException {
        List<SearchResult.FacetCount> years =
                backend.search(SearchRequest.of("").withPage(1, 0)).facets().get("year");
        List<String> labels = years.stream().map(SearchResult.FacetCount::value).toList();
        assertEquals(labels.stream().sorted().toList(), labels);
        assertTrue(labels.contains("2002") && labels.contains("2023"), labels.toString());
    }

    @Test
    void eachYearOfTheHistogramCountsWhatTheEventDateFilterOfThatYearFinds() throws IOException {
        List<SearchResult.FacetCount> years =
                backend.search(SearchRequest.of("").withPage(1, 0)).facets().get("year");
        assertFalse(years.isEmpty());
        for (SearchResult.FacetCount year : years) {
            int y = Integer.parseInt(year.value());
            SearchRequest clicked = new SearchRequest(
                    "",
                    Map.of(),
                    LocalDate.of(y, 1, 1),
                    LocalDate.of(y, 12, 31),
                    null,
                    null,
                    SearchRequest.Sort.DATE,
                    1,
                    0);
            assertEquals(year.count(), backend.search(clicked).total(), "year " + y);
        }
    }

    private static List<String> withEventsBetween(LocalDate from, LocalDate to) throws IOException {
        return paths(
                backend.search(new SearchRequest("", Map.of(), from, to, null, null, SearchRequest.Sort.DATE, 1, 100)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Liu Xiaobo", "姚福信"})
    void choosingAYearKeepsEveryYearInTheHistogram(String query) throws IOException {
        SearchResult all = backend.search(SearchRequest.of(query).withPage(1, 0));
        List<SearchResult.FacetCount> years = all.facets().get("year");
        assertFalse(years.isEmpty(), query);
        SearchResult.FacetCount chosen = years.get(years.size() - 1);
        int y = Integer.parseInt(chosen.value());
        SearchResult inYear = backend.search(
                SearchRequest.of(query).withPage(1, 0).withEventDates(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        assertEquals(chosen.count(), inYear.total(), query);
        assertEquals(years, inYear.facets().get("year"), query);
    }

    @Test
    void anEventKnownToTheMonthIsFoundByADayOfThatMonth() throws IOException {
        // The corpus's events are dated to the month: March 2002 may be the 20th.
        List<String> found = withEventsBetween(LocalDate.of(2002, 3, 20), LocalDate.of(2002, 3, 20));
        assertTrue(found.contains("pages/en/2002-03-yao-fuxin-detained.html"), found.toString());
        assertTrue(found.stream().allMatch(p -> p.contains("/2002-03-")), found.toString());
    }

    @Test
    void aRangeEndingBeforeAnEventsMonthDoesNotFindIt() throws IOException {
        List<String> found = withEventsBetween(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 2, 28));
        assertFalse(found.contains("pages/en/2002-03-yao-fuxin-detained.html"), found.toString());
        List<String> after = withEventsBetween(LocalDate.of(2002, 4, 1), null);
        assertFalse(after.contains("pages/en/2002-03-yao-fuxin-detained.html"), after.toString());
    }

    @Test
    void eventDateRangeKeepsPagesWithAnEventInside() throws IOException {
        SearchRequest in2002 = new SearchRequest(
                "",
                Map.of(),
                LocalDate.of(2002, 1, 1),
                LocalDate.of(2002, 12, 31),
                null,
                null,
                SearchRequest.Sort.DATE,
                1,
                100);
        List<String> found = paths(backend.search(in2002));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(p -> p.contains("/2002-")), found.toString());
        assertTrue(found.contains("pages/en/2002-03-yao-fuxin-detained.html"));
    }

    @Test
    void publishedRangeKeepsPagesPublishedInside() throws IOException {
        SearchRequest request = new SearchRequest(
                "",
                Map.of(),
                null,
                null,
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                SearchRequest.Sort.RELEVANCE,
                1,
                100);
        assertEquals(goldPages(r -> r.published().startsWith("2019")), Set.copyOf(paths(backend.search(request))));
    }

    @Test
    void publishedSortIsNewestPublicationFirst() throws IOException {
        SearchRequest request =
                new SearchRequest("Liu Xiaobo", Map.of(), null, null, null, null, SearchRequest.Sort.PUBLISHED, 1, 50);
        List<String> published = backend.search(request).hits().stream()
                .map(SearchResult.Hit::published)
                .toList();
        assertTrue(published.size() > 3);
        List<String> sorted = new ArrayList<>(published);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, published);
    }

    @Test
    void dateSortIsNewestEventFirstAndPagesWithoutEventsLast() throws IOException {
        SearchRequest request =
                new SearchRequest("", Map.of(), null, null, null, null, SearchRequest.Sort.DATE, 1, 100);
        List<String> found = paths(backend.search(request));
        assertEquals(gold.size(), found.size());
        // The fixture dates each page's one event to the month in its file name; pages without an event come last.
        List<String> months =
                found.stream().map(LuceneSearchBackendTest::eventMonth).toList();
        int firstUndated = months.indexOf("");
        assertTrue(firstUndated > 0, months.toString());
        List<String> dated = months.subList(0, firstUndated);
        assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated);
        assertTrue(months.subList(firstUndated, months.size()).stream().allMatch(String::isEmpty), months.toString());
    }

    private static String eventMonth(String path) {
        boolean hasEvent = List.of(
                        "detained",
                        "sentence",
                        "released",
                        "disappeared",
                        "protests",
                        "trial",
                        "house-arrest",
                        "dies-in-custody",
                        "arrests")
                .stream()
                .anyMatch(path::contains);
        return hasEvent ? path.replaceAll(".*/(\\d{4}-\\d{2})-.*", "$1") : "";
    }

    @Test
    void pagesDoNotOverlapAndCoverTheResult() throws IOException {
        SearchRequest first = SearchRequest.of("detained").withPage(1, 5);
        long total = backend.search(first).total();
        Set<String> seen = new HashSet<>();
        for (int page = 1; (page - 1) * 5 < total; page++) {
            for (SearchResult.Hit h : backend.search(first.withPage(page, 5)).hits()) {
                assertTrue(seen.add(h.id()), "duplicate " + h.id());
            }
        }
        assertEquals(total, seen.size());
    }

    @Test
    void snippetsMarkMatchesAndEscapeTheText() throws IOException {
        SearchResult english = search("\"Yao Fuxin\"");
        assertTrue(
                english.hits().get(0).snippet().contains("<mark>Yao Fuxin</mark>"),
                english.hits().get(0).snippet());
        SearchResult injection = search("script");
        SearchResult.Hit page = injection.hits().stream()
                .filter(h -> h.url().contains("script-injection"))
                .findFirst()
                .orElseThrow();
        assertTrue(page.title().contains("<script>"), "the title is kept as text: " + page.title());
        assertFalse(page.snippet().contains("<script"), page.snippet());
        assertTrue(page.snippet().contains("&lt;"), page.snippet());
        assertTrue(page.snippet().replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0, page.snippet());
    }

    @Test
    void traditionalQueryMarksSimplifiedText() throws IOException {
        SearchResult.Hit hit = search("遼寧").hits().stream()
                .filter(h -> h.language().equals("zh-Hans"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                hit.snippet().contains("<mark>辽宁</mark>") || hit.snippet().contains("<mark>辽</mark>"), hit.snippet());
    }

    @Test
    void simplifiedQueryMarksTraditionalText() throws IOException {
        SearchResult.Hit hit = search("辽宁").hits().stream()
                .filter(h -> h.language().equals("zh-Hant"))
                .findFirst()
                .orElseThrow();
        assertTrue(hit.snippet().contains("<mark>遼寧</mark>"), hit.snippet());
    }

    @Test
    void hitsCarryTheStoredAnnotations() throws IOException {
        SearchResult.Hit hit = search("person:yao-fuxin").hits().get(0);
        assertTrue(hit.people().stream().anyMatch(p -> p.id().equals("yao-fuxin")));
        assertTrue(hit.places().stream().anyMatch(p -> p.province().equals("Liaoning")));
        assertFalse(hit.topics().isEmpty());
    }

    @Test
    void documentReturnsTheStoredDocument() throws IOException {
        SearchResult.Hit hit = search("\"Yao Fuxin\"").hits().get(0);
        StoredDocument doc = backend.document(hit.id()).orElseThrow();
        assertEquals(hit.url(), doc.url());
        assertTrue(doc.body().contains("Yao"));
        assertTrue(doc.source().startsWith("pages/"));
        assertFalse(doc.translations().isEmpty(), "the English Yao page links its Chinese version");
        assertTrue(backend.document("0000000000000000").isEmpty());
    }

    @Test
    void exportStreamsEveryHitInOrder() throws IOException {
        List<String> exported = new ArrayList<>();
        backend.export(SearchRequest.of("").withPage(1, 1), h -> exported.add(h.id()));
        assertEquals(gold.size(), exported.size());
        assertEquals(gold.size(), new HashSet<>(exported).size());
        assertEquals(backend.documentCount(), exported.size());
    }

    @Test
    void roleFilterNeedsSomeoneInThatRole() throws IOException {
        SearchRequest detainees =
                SearchRequest.of("").withPage(1, 100).withFilters(Map.of("role", List.of("detainee")));
        SearchRequest lawyers = detainees.withFilters(Map.of("role", List.of("lawyer")));
        assertEquals(goldPages(r -> !r.people().isEmpty()), Set.copyOf(paths(backend.search(detainees))));
        assertEquals(0, backend.search(lawyers).total());
    }

    @Test
    void eventTypeFilterAndFacetAgree() throws IOException {
        SearchResult all = backend.search(SearchRequest.of("").withPage(1, 0));
        long sentencings = asMap(all.facets().get("event")).get("sentencing");
        SearchRequest request =
                SearchRequest.of("").withPage(1, 100).withFilters(Map.of("event", List.of("sentencing")));
        List<String> found = paths(backend.search(request));
        assertEquals(sentencings, found.size());
        assertTrue(found.stream().allMatch(p -> p.contains("sentence")), found.toString());
    }

    @Test
    void queryOutOfTimeAnswersPartially() throws IOException {
        try (LuceneSearchBackend expired = LuceneSearchBackend.open(store, QueryExpander.NONE, () -> () -> true)) {
            SearchResult result = expired.search(SearchRequest.of("detained"));
            assertTrue(result.partial());
            assertTrue(result.total()
                    < backend.search(SearchRequest.of("detained")).total());
        }
    }

    @Test
    void generationIsTheLiveOne() {
        assertEquals(store.liveGeneration(), backend.generation());
    }
}
