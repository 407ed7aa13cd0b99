package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.search.SearchRequest;

class SearchParamsTest {
    private static SearchRequest parse(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return SearchParams.parse(params, Set.of(), SearchRequest.Sort.RELEVANCE, SearchParams.DEFAULT_SIZE);
    }

    @Test
    void defaultsToFirstPageOfTenByRelevance() {
        SearchRequest r = parse();
        assertEquals("", r.query());
        assertEquals(1, r.page());
        assertEquals(10, r.size());
        assertEquals(SearchRequest.Sort.RELEVANCE, r.sort());
        assertTrue(r.filters().isEmpty());
    }

    @Test
    void repeatedValuesAndCommaListsMerge() {
        SearchRequest r = parse("province", "Liaoning", "province", "Beijing, Tibet", "topic", "labor-rights");
        assertEquals(List.of("Liaoning", "Beijing", "Tibet"), r.filters().get("province"));
        assertEquals(List.of("labor-rights"), r.filters().get("topic"));
    }

    @ParameterizedTest
    @CsvSource({
        "from, 2002, 2002-01-01",
        "to, 2002, 2002-12-31",
        "from, 2002-02, 2002-02-01",
        "to, 2004-02, 2004-02-29",
        "to, 2002-03-17, 2002-03-17"
    })
    void partialDatesCoverTheirWholePeriod(String name, String value, String expected) {
        SearchRequest r = parse(name, value);
        assertEquals(LocalDate.parse(expected), name.equals("from") ? r.from() : r.to());
    }

    @Test
    void emptyDateMeansNoBound() {
        assertNull(parse("from", "").from());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "from|2002-02-30|'from' must be a date",
                "publishedTo|last year|'publishedTo' must be a date",
                "sort|newest|unknown sort",
                "page|0|page must be between",
                "size|1000|size must be between",
                "size|ten|whole number",
                "facet|topic|unknown parameter 'facet'"
            })
    void badValuesNameTheParameter(String name, String value, String message) {
        BadRequest e = assertThrows(BadRequest.class, () -> parse(name, value));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void singleValuedParametersMayNotRepeat() {
        BadRequest e = assertThrows(BadRequest.class, () -> parse("q", "a", "q", "b"));
        assertTrue(e.getMessage().contains("given 2 times"), e.getMessage());
    }

    @Test
    void fromAfterToIsRejected() {
        assertThrows(BadRequest.class, () -> parse("from", "2003", "to", "2002"));
    }
}
