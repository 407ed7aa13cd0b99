package org.rightsarchive.annotate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits folded Latin text into words for the name and place scanners, the same way for both. */
public final class LatinWords {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'\\-]*");

    private LatinWords() {}

    /**
     * The {@code [start, end)} spans of the words of {@code folded}: letters with inner apostrophes and hyphens, a
     * possessive {@code 's} and trailing apostrophes or hyphens left out ({@code Yao's} is {@code Yao}).
     */
    public static List<int[]> spans(String folded) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(folded);
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
}
