package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expansion hooks: a dictionary plugged into the searcher widens a query to other scripts and to keyword fields. */
class QueryExpanderTest {
    /** A stand-in for the gazetteer and taxonomy: a few entries, as they would answer. */
    private static final QueryExpander DICTIONARY = new QueryExpander() {
        @Override
        public List<String> alternatives(String text) {
            return text.equalsIgnoreCase("Liaoyang") ? List.of("辽阳") : List.of();
        }

        @Override
        public Map<String, Set<String>> keywords(String text) {
            return text.equals("劳工权利") ? Map.of("topic", Set.of("labor-rights")) : Map.of();
        }
    };

    private static LuceneSearchBackend plain;
    private static LuceneSearchBackend expanding;

    @BeforeAll
    static void open() throws IOException {
        plain = LuceneSearchBackend.open(GoldCorpus.shared());
        expanding = LuceneSearchBackend.open(GoldCorpus.shared(), DICTIONARY, Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() throws IOException {
        plain.close();
        expanding.close();
    }

    private static Set<String> languages(LuceneSearchBackend backend, String query) throws IOException {
        return backend.search(SearchRequest.of(query).withPage(1, 100)).hits().stream()
                .map(SearchResult.Hit::language)
                .collect(Collectors.toSet());
    }

    @Test
    void alternativesReachPagesInTheOtherScript() throws IOException {
        assertEquals(Set.of("en"), languages(plain, "Liaoyang"));
        Set<String> expanded = languages(expanding, "Liaoyang");
        assertTrue(expanded.contains("zh-Hans") && expanded.contains("zh-Hant"), expanded.toString());
    }

    @Test
    void alternativesApplyInsideLargerQueries() throws IOException {
        long plainTotal =
                plain.search(SearchRequest.of("Liaoyang AND lang:zh-Hans")).total();
        long expandedTotal =
                expanding.search(SearchRequest.of("Liaoyang AND lang:zh-Hans")).total();
        assertEquals(0, plainTotal);
        assertTrue(expandedTotal > 0);
    }

    @Test
    void keywordExpansionsMatchTheTopicField() throws IOException {
        long tagged = plain.search(SearchRequest.of("topic:labor-rights")).total();
        SearchResult result = expanding.search(SearchRequest.of("劳工权利").withPage(1, 100));
        assertTrue(result.total() >= tagged, result.total() + " < " + tagged);
        assertFalse(result.hits().isEmpty());
    }

    @Test
    void composedExpandersAskBoth() {
        QueryExpander both = DICTIONARY.and(text -> List.of("extra"));
        assertEquals(List.of("辽阳", "extra"), both.alternatives("Liaoyang"));
        assertEquals(Map.of("topic", Set.of("labor-rights")), both.keywords("劳工权利"));
    }

    @Test
    void bothExpandersOfACombinationLearnThePeopleOfTheArchive() {
        QueryExpander both = DICTIONARY.and(DictionaryQueryExpander.standard()).withPeopleIn(id -> false);
        assertFalse(
                both.keywords("姚福信").containsKey("person"), both.keywords("姚福信").toString());
        assertEquals(List.of("辽阳"), both.alternatives("Liaoyang").subList(0, 1));
    }

    @Test
    void archiveKnowsWhichPeopleItHas() throws IOException {
        try (LiveIndex index = LiveIndex.open(GoldCorpus.shared())) {
            LiveIndex.Lease lease = index.acquire();
            try {
                assertTrue(lease.searcher().has("person", "yao-fuxin"));
                assertTrue(lease.searcher().has("person", "Yao-Fuxin"));
                assertFalse(lease.searcher().has("person", "lu-shi"));
                assertFalse(lease.searcher().has("no-such-dimension", "yao-fuxin"));
            } finally {
                index.release(lease);
            }
        }
    }
}
