package org.rightsarchive.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartFilteredMatchesTest {
    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> filtered(Pattern p, String text, StartFilteredMatches.StartTest test) {
        List<String> out = new ArrayList<>();
        StartFilteredMatches.forEach(p, text, test, m -> out.add(m.start() + ":" + m.group()));
        return out;
    }

    private static boolean digit(String text, int i) {
        return Character.isDigit(text.charAt(i));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\\b\\d{4}\\b|in 2002 and 12345 or 1999",
                "(?<![0-9年])\\d{1,2}月|2002年3月 and 5月, 12月",
                "\\d+(?=年)|2002年 3 月 1999年",
            })
    void givesTheMatchesOfFindWhenTheStartTestHoldsAtEveryMatchStart(String regex, String text) {
        Pattern p = Pattern.compile(regex);
        assertEquals(byFind(p, text), filtered(p, text, StartFilteredMatchesTest::digit));
    }

    @Test
    void seesTheTextBeforeThePositionItTries() {
        Pattern p = Pattern.compile("(?<=Mr\\. )\\b[A-Z][a-z]+");
        assertEquals(List.of("4:Yao"), filtered(p, "Mr. Yao met XWang", (t, i) -> Character.isUpperCase(t.charAt(i))));
    }

    @Test
    void agreesWithFindOnRandomText() {
        long seed = System.nanoTime();
        System.out.println("StartFilteredMatchesTest seed " + seed);
        Random random = new Random(seed);
        Pattern p = Pattern.compile("\\b(?:Mar|May)\\s+(\\d{1,2})\\b|(?<![0-9年])([0-9一二]{1,3})\\s*月");
        String alphabet = "MaryMarch 12年月一二 ,x9";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(
                    byFind(p, text),
                    filtered(p, text, (t, i) -> "M0123456789一二".indexOf(t.charAt(i)) >= 0),
                    () -> "seed " + seed + ": " + text);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "(?:\\b(?:lawyer|wife)\\s+(?:[a-z]+\\s+){0,1})$;'the wife of lawyer '",
                "(?:\\b(?:lawyer|wife)\\s+(?:[a-z]+\\s+){0,1})$;'his wife said '",
                "(?:\\b(?:lawyer|wife)\\s+(?:[a-z]+\\s+){0,1})$;'no cue here '",
                "(?:\\b(?:lawyer|wife)\\s+(?:[a-z]+\\s+){0,1})$;'alawyer '",
            })
    void firstGivesTheFirstMatchOfFind(String regex, String text) {
        Pattern p = Pattern.compile(regex);
        List<String> all = byFind(p, text);
        String expected = all.isEmpty() ? "none" : all.get(0);
        String actual = StartFilteredMatches.first(p, text, StartFilteredMatches.startingWith("lw"))
                .map(m -> m.start() + ":" + m.group())
                .orElse("none");
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "position {1} of {0}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'x9 律'|1|true",
                "'x9 律'|2|true",
                "'x9 律'|3|true",
                "'x9 律'|0|false",
                "'A~l'|0|true",
                "'A~l'|1|false",
                "'A~l'|2|true",
                "'刘律'|0|false",
                "'刘律'|1|true",
            })
    void startingWithHoldsOnlyAtTheGivenCharacters(String text, int i, boolean holds) {
        assertEquals(holds, StartFilteredMatches.startingWith("9 A律l").mayStart(text, i));
    }
}
