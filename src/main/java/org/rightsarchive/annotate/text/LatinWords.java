package org.rightsarchive.annotate.text;

import java.util.ArrayList;
import java.util.List;

/** Splits folded Latin text into words for the name and place scanners, the same way for both. */
public final class LatinWords {
    private LatinWords() {}

    /**
     * The {@code [start, end)} spans of the words of {@code folded}: letters with inner apostrophes and hyphens, a
     * possessive {@code 's} and trailing apostrophes or hyphens left out ({@code Yao's} is {@code Yao}).
     */
    public static List<int[]> spans(String folded) {
        // A loop rather than the pattern [A-Za-z][A-Za-z'-]* it stands for: both name scanners split every sentence.
        List<int[]> words = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isAsciiLetter(folded.charAt(i)) || folded.charAt(i) == '\'' || folded.charAt(i) == '-')) {
                i++;
            }
            int end = i;
            if (end - start > 2 && folded.startsWith("'s", end - 2)) {
                end -= 2;
            }
            while (end > start && (folded.charAt(end - 1) == '\'' || folded.charAt(end - 1) == '-')) {
                end--;
            }
            words.add(new int[] {start, end});
        }
        return words;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
