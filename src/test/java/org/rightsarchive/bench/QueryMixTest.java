package org.rightsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMixTest {
    private static final SyntheticArchive ARCHIVE = new SyntheticArchive(42);

    @Test
    void sameSeedGivesSameQueries() {
        assertEquals(QueryMix.of(ARCHIVE, 1_000, 50), QueryMix.of(new SyntheticArchive(42), 1_000, 50));
    }

    @Test
    void coversEveryKindOfQuery() {
        EnumSet<QueryMix.Kind> kinds = EnumSet.noneOf(QueryMix.Kind.class);
        QueryMix.of(ARCHIVE, 1_000, 70).forEach(q -> kinds.add(q.kind()));
        assertEquals(EnumSet.allOf(QueryMix.Kind.class), kinds);
    }

    @Test
    void namesComeFromPagesOfTheArchive() {
        List<QueryMix.BenchQuery> mix = QueryMix.of(ARCHIVE, 500, 140);
        java.util.Set<String> subjects = new java.util.HashSet<>();
        for (long i = 0; i < 500; i++) {
            subjects.add(ARCHIVE.draw(i).subject().pinyin());
        }
        mix.stream()
                .filter(q -> q.kind() == QueryMix.Kind.NAME_PINYIN)
                .forEach(q -> assertTrue(
                        subjects.contains(q.request().query()), q.request().query()));
    }

    @Test
    void provinceQueriesFilterOnAProvinceAndADateRange() {
        QueryMix.of(ARCHIVE, 500, 70).stream()
                .filter(q -> q.kind() == QueryMix.Kind.PROVINCE_DATES)
                .forEach(q -> {
                    assertFalse(q.request().filters().get("province").isEmpty());
                    assertTrue(q.request().publishedFrom().isBefore(q.request().publishedTo()));
                });
    }
}
