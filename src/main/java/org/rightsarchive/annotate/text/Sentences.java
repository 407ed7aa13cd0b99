package org.rightsarchive.annotate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits English and Chinese text into sentences. A sentence ends at {@code 。！？；} or at {@code . ! ?} followed by
 * white space and an upper-case letter, a quote or a digit, except after common abbreviations ({@code No.},
 * {@code Mr.}, {@code St.}, single capitals as in {@code J. Smith}).
 */
public final class Sentences {
    private Sentences() {}

    /** A sentence: its text and where it starts in the text it was cut from. */
    public record Sentence(String text, int start) {}

    /** The sentences of one paragraph, trimmed, in order; empty ones are dropped. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
                end = true;
                while (i + 1 < n && isClosing(text.charAt(i + 1))) {
                    i++;
                }
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < n) {
                int j = i + 1;
                while (j < n && isClosing(text.charAt(j))) {
                    j++;
                }
                if (j < n && Character.isWhitespace(text.charAt(j))) {
                    int k = j;
                    while (k < n && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < n && startsSentence(text.charAt(k)) && !(c == '.' && isAbbreviation(text, i))) {
                        end = true;
                        i = j - 1;
                    }
                }
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '」' || c == '』' || c == ')' || c == '）';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '(' || c > 0x2E80;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return switch (word) {
            case "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                    "Sep", "Sept", "Oct", "Nov", "Dec", "Prof", "Rev", "vs", "etc", "Ctr", "Det", "Cty", "Co" -> true;
            default -> false;
        };
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(text.substring(from, to), from));
        }
    }
}
