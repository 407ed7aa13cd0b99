package org.rightsarchive.annotate.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueMatcherTest {
    private static final Taxonomy TAXONOMY = Taxonomy.of(List.of(
            new Topic("tibet", "Tibet", "西藏", "西藏", List.of(), Map.of("tibet*", 1.0), List.of(), true),
            new Topic(
                    "labor-rights",
                    "Labor Rights",
                    "劳工权利",
                    "勞工權利",
                    List.of(),
                    Map.of("workers' rights", 1.0, "劳工", 0.5, "strike", 0.5),
                    List.of(),
                    true)));
    private static final CueMatcher MATCHER = new CueMatcher(TAXONOMY);

    private static List<String> terms(String text) {
        return MATCHER.find(text).stream()
                .map(h -> h.term() + "@" + h.start() + "-" + h.end())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tibetan monks | tibet*@0-5",
                "in Tibet. | Tibet@3-8;tibet*@3-8",
                "Strike! | strike@0-6",
                "strikes | ''",
                "a striker | ''",
                "Antibet | ''",
                "西藏自治区 | 西藏@0-2",
                "遼寧的勞工 | 劳工@3-5",
                "workers’ rights | workers' rights@0-15",
                "LABOR RIGHTS | Labor Rights@0-12",
                "勞工權利 | 劳工@0-2;劳工权利@0-4"
            })
    void findsCuesOnWordBoundariesInAnyScriptWithOriginalOffsets(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertEquals(
                want.stream().sorted().toList(), terms(text).stream().sorted().toList());
    }

    @Test
    void chineseCuesMatchWithoutSpaces() {
        assertEquals(List.of("西藏@2-4"), terms("来自西藏的"));
    }
}
