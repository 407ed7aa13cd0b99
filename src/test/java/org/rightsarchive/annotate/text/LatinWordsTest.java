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

class LatinWordsTest {
    private static List<String> words(String folded) {
        return LatinWords.spans(folded).stream()
                .map(s -> folded.substring(s[0], s[1]))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Yao Fuxin was detained.|Yao,Fuxin,was,detained",
                "Yao's wife|Yao,wife",
                "Xi'an and Wang Ji'an|Xi'an,and,Wang,Ji'an",
                "Fu-xin, self-immolation -- ok|Fu-xin,self-immolation,ok",
                "the workers' demands|the,workers,demands",
                "姚福信 Yao2002x|Yao,x",
                "'s 's-Hertogenbosch|s,s-Hertogenbosch",
            })
    void splitsLettersWithInnerApostrophesAndHyphens(String text, String expected) {
        assertEquals(List.of(expected.split(",")), words(text));
    }

    /** The reference the scanner's loop replaced: the regex words, trimmed the same way. */
    private static List<int[]> byPattern(String folded) {
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("[A-Za-z][A-Za-z'\\-]*").matcher(folded);
        while (w.find()) {
            int end = w.end();
            if (end - w.start() > 2 && folded.startsWith("'s", end - 2)) {
                end -= 2;
            }
            while (end > w.start() && (folded.charAt(end - 1) == '\'' || folded.charAt(end - 1) == '-')) {
                end--;
            }
            words.add(new int[] {w.start(), end});
        }
        return words;
    }

    @Test
    void givesTheSpansOfTheWordPatternOnRandomText() {
        long seed = System.nanoTime();
        System.out.println("LatinWordsTest seed " + seed);
        Random random = new Random(seed);
        String alphabet = "aZs' -'.,9é姚\n";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            List<int[]> expected = byPattern(text);
            List<int[]> actual = LatinWords.spans(text);
            assertEquals(expected.size(), actual.size(), () -> "seed " + seed + ": " + text);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(
                        List.of(expected.get(i)[0], expected.get(i)[1]),
                        List.of(actual.get(i)[0], actual.get(i)[1]),
                        "seed " + seed + ": " + text);
            }
        }
    }
}
