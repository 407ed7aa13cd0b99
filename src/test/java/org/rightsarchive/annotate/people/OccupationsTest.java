package org.rightsarchive.annotate.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccupationsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "scholar, scholar, 学者",
        "Scholar, scholar, 学者",
        "学者, scholar, 学者",
        "學者, scholar, 学者",
        "attorney, lawyer, 律师",
        "reporter, journalist, 记者",
        "维权律师, rights lawyer, 维权律师",
        "工人代表, worker representative, 工人代表",
    })
    void aWordInEitherLanguageOrScriptIsOneOccupation(String word, String english, String chinese) {
        assertEquals(Optional.of(new Occupations.Occupation(english, chinese)), Occupations.of(word));
    }

    @Test
    void anUnknownWordIsNoOccupation() {
        assertEquals(Optional.empty(), Occupations.of("astronaut"));
        assertEquals(Optional.empty(), Occupations.of(" "));
        assertEquals(Optional.empty(), Occupations.of(null));
    }

    /** The words of the capturing alternations of a pattern: "(worker|lawyer)" gives both. */
    private static List<String> alternatives(Pattern pattern) {
        List<String> out = new ArrayList<>();
        Matcher group = Pattern.compile("\\(([^()?]+)\\)").matcher(pattern.pattern());
        while (group.find()) {
            for (String word : group.group(1).split("\\|")) {
                out.add(word);
            }
        }
        return out;
    }

    @Test
    void everyOccupationTheAnnotatorReadsIsKnownInBothLanguages() {
        List<String> words = new ArrayList<>(alternatives(PersonContext.OCCUPATION_BEFORE));
        words.addAll(alternatives(PersonContext.OCCUPATION_AFTER));
        assertTrue(words.size() > 50, words::toString);
        for (String word : words) {
            assertTrue(Occupations.of(word).isPresent(), () -> word + " is missing from occupations.tsv");
        }
    }
}
