package org.rightsarchive.annotate.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.annotate.text.StartFilteredMatches.StartTest;

class PersonContextTest {
    static Stream<Arguments> wordsBeforeAName() {
        return Stream.of(
                Arguments.of("AGE_BEFORE", PersonContext.AGE_BEFORE, PersonContext.AGE_BEFORE_STARTS),
                Arguments.of("OFFICIAL_BEFORE", PersonContext.OFFICIAL_BEFORE, PersonContext.OFFICIAL_BEFORE_STARTS),
                Arguments.of("LAWYER_BEFORE", PersonContext.LAWYER_BEFORE, PersonContext.LAWYER_BEFORE_STARTS),
                Arguments.of("FAMILY_BEFORE", PersonContext.FAMILY_BEFORE, PersonContext.FAMILY_BEFORE_STARTS),
                Arguments.of("FEMALE_CUE", PersonContext.FEMALE_CUE, PersonContext.FEMALE_CUE_STARTS),
                Arguments.of("MALE_CUE", PersonContext.MALE_CUE, PersonContext.MALE_CUE_STARTS),
                Arguments.of(
                        "OCCUPATION_BEFORE", PersonContext.OCCUPATION_BEFORE, PersonContext.OCCUPATION_BEFORE_STARTS));
    }

    /** The words of a pattern's source, and pieces of text around them, to build windows that often match. */
    private static List<String> pieces(Pattern pattern) {
        List<String> out =
                new ArrayList<>(List.of(" ", " ", "  ", ", ", "of ", "the ", "12", "5", "-year-old ", "岁的", "Yao"));
        for (String w : pattern.pattern().split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
                out.add(w + " ");
                out.add(w.substring(1));
            }
        }
        return out;
    }

    private static String describe(Optional<MatchResult> r) {
        if (r.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder(r.get().start() + "-" + r.get().end());
        for (int g = 1; g <= r.get().groupCount(); g++) {
            b.append('|').append(r.get().group(g));
        }
        return b.toString();
    }

    private static Optional<MatchResult> byFind(Pattern pattern, String window) {
        Matcher m = pattern.matcher(window);
        return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsBeforeAName")
    void startTestsHoldWhereverTheWordsBeforeANameCanStart(String name, Pattern pattern, StartTest starts) {
        long seed = System.nanoTime();
        System.out.println("PersonContextTest " + name + " seed " + seed);
        Random random = new Random(seed);
        List<String> pieces = pieces(pattern);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String window = b.toString();
            Optional<MatchResult> expected = byFind(pattern, window);
            matched += expected.isPresent() ? 1 : 0;
            assertEquals(
                    describe(expected),
                    describe(StartFilteredMatches.first(pattern, window, starts)),
                    () -> "seed " + seed + ": " + window);
        }
        assertEquals(true, matched > 100, "the windows must often match to test anything: " + matched);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "the 54-year-old activist Yao Fuxin|Yao Fuxin|54",
                "据悉，54岁的工人代表姚福信|姚福信|54",
                "Yao Fuxin, 54, was detained|Yao Fuxin|54",
            })
    void readsTheAgeAroundAName(String sentence, String name, int age) {
        int start = sentence.indexOf(name);
        assertEquals(age, PersonContext.age(sentence, start, start + name.length()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Governor Bo Xilai spoke|Bo Xilai|official",
                "her lawyer Jiang Tianyong said|Jiang Tianyong|lawyer",
                "his wife Liu Xia said|Liu Xia|family",
                "妻子刘霞说|刘霞|family",
                "法官王某宣判|王某|official",
            })
    void readsTheRoleCueBeforeAName(String sentence, String name, String cue) {
        int start = sentence.indexOf(name);
        assertEquals(cue, PersonContext.roleCue(sentence, start, start + name.length()));
    }

    @Test
    void readsTheOccupationAndGenderBeforeAName() {
        String s = "the mother and rights lawyer Wang Yu was taken";
        int start = s.indexOf("Wang Yu");
        assertEquals("rights lawyer", PersonContext.occupation(s, start, start + 7));
        String t = "his daughter Wang Yu";
        assertEquals("female", PersonContext.gender(t, t.indexOf("Wang"), t.length()));
    }
}
