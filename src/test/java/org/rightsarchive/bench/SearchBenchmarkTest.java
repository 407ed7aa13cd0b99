package org.rightsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsarchive.search.SearchRequest;

class SearchBenchmarkTest {
    private static final List<QueryMix.BenchQuery> MIX = List.of(
            new QueryMix.BenchQuery(QueryMix.Kind.NAME_PINYIN, SearchRequest.of("Yao Fuxin")),
            new QueryMix.BenchQuery(QueryMix.Kind.TOPIC_WORDS, SearchRequest.of("煽动颠覆国家政权")),
            new QueryMix.BenchQuery(
                    QueryMix.Kind.TOPIC_FILTER,
                    SearchRequest.of("").withFilters(Map.of("topic", List.of("labor-rights")))));

    /** {mix index, latency in nanoseconds, hits}, as the measured rounds record them. */
    private static long[] answer(int index, double ms, long hits) {
        return new long[] {index, (long) (ms * 1e6), hits};
    }

    @Test
    void slowestQueriesAreRankedByTheirMeanLatency() {
        List<SearchBenchmark.SlowQuery> slowest = SearchBenchmark.slowest(
                MIX,
                List.of(
                        answer(0, 30, 12),
                        answer(1, 50, 190_000),
                        answer(2, 5, 94_000),
                        answer(0, 2, 12),
                        answer(1, 70, 190_000)));
        assertEquals(
                List.of(
                        new SearchBenchmark.SlowQuery(QueryMix.Kind.TOPIC_WORDS, "煽动颠覆国家政权", 2, 60.0, 190_000),
                        new SearchBenchmark.SlowQuery(QueryMix.Kind.NAME_PINYIN, "Yao Fuxin", 2, 16.0, 12),
                        new SearchBenchmark.SlowQuery(
                                QueryMix.Kind.TOPIC_FILTER, "(no text) topic=labor-rights", 1, 5.0, 94_000)),
                slowest);
    }

    @Test
    void aQueryTheMixHoldsTwiceCountsAsOne() {
        List<QueryMix.BenchQuery> twice = List.of(MIX.get(1), MIX.get(0), MIX.get(1));
        List<SearchBenchmark.SlowQuery> slowest =
                SearchBenchmark.slowest(twice, List.of(answer(0, 40, 9), answer(1, 10, 12), answer(2, 60, 9)));
        assertEquals(
                List.of(
                        new SearchBenchmark.SlowQuery(QueryMix.Kind.TOPIC_WORDS, "煽动颠覆国家政权", 2, 50.0, 9),
                        new SearchBenchmark.SlowQuery(QueryMix.Kind.NAME_PINYIN, "Yao Fuxin", 1, 10.0, 12)),
                slowest);
    }

    @Test
    void describedRequestShowsItsFiltersAndDateRanges() {
        SearchRequest request = new SearchRequest(
                "detained",
                Map.of("province", List.of("Liaoning")),
                null,
                null,
                LocalDate.of(2002, 1, 1),
                LocalDate.of(2004, 12, 31),
                SearchRequest.Sort.RELEVANCE,
                1,
                10);
        assertEquals("detained province=Liaoning published 2002-01-01..2004-12-31", SearchBenchmark.describe(request));
    }
}
