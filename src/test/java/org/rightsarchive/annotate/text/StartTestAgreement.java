package org.rightsarchive.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a hand-written start test against its pattern: on random texts built from the pattern's own words, the
 * matches tried only where the test holds must be those of {@link Matcher#find()}, so a word whose first character
 * the test forgot fails the check.
 */
public final class StartTestAgreement {
    private StartTestAgreement() {}

    /**
     * Asserts the agreement on many random texts of the pattern's words (each whole, with a space, without its first
     * letter), the given extra pieces and some punctuation; prints its seed.
     */
    public static void assertAgreesWithFind(
            String name, Pattern pattern, StartFilteredMatches.StartTest test, List<String> extra) {
        long seed = System.nanoTime();
        System.out.println("StartTestAgreement " + name + " seed " + seed);
        Random random = new Random(seed);
        List<String> pieces = new ArrayList<>(List.of(" ", " ", "  ", ", ", ". ", "，", "。", "12", "5"));
        pieces.addAll(extra);
        for (String w : pattern.pattern().split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                pieces.add(w);
                pieces.add(w + " ");
                pieces.add(w.substring(1));
            }
        }
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                expected.add(describe(m));
            }
            List<String> actual = new ArrayList<>();
            StartFilteredMatches.forEach(pattern, text, test, r -> actual.add(describe(r)));
            assertEquals(expected, actual, () -> name + ", seed " + seed + ": " + text);
            String first = StartFilteredMatches.first(pattern, text, test)
                    .map(StartTestAgreement::describe)
                    .orElse(null);
            assertEquals(expected.isEmpty() ? null : expected.get(0), first, () -> name + ", seed " + seed);
            matched += expected.isEmpty() ? 0 : 1;
        }
        int found = matched;
        assertTrue(found >= 30, () -> name + ": the random texts must often match to test anything: " + found);
    }

    private static String describe(java.util.regex.MatchResult m) {
        StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }
}
