package org.rightsarchive.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.lang.ChineseScript;

/**
 * Finds a publication date in machine-readable attributes ({@code 2002-03-19}, ISO timestamps) and in date lines
 * written for people, in English ({@code March 19, 2002}, {@code 19 March 2002}, {@code Mar. 19, 2002}) and Chinese
 * ({@code 2002年3月19日}, with full-width digits too).
 */
public final class PublicationDates {
    private static final String MONTHS =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ENGLISH_MONTH_FIRST =
            Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ENGLISH_DAY_FIRST =
            Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern CHINESE =
            Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    // The day may run into a time ("2023-05-04T10:00"): no digit may follow it, but a letter may.
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern TIMESTAMP = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})[Tt ]");

    private PublicationDates() {}

    /** Parses an attribute value such as {@code 2002-03-19} or {@code 2023-09-21T17:53:19.035Z}. */
    public static Optional<LocalDate> fromAttribute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.indexOf('T') < 0 && v.indexOf('t') < 0) {
            return fromText(v); // not a timestamp, which needs its 'T': skip the parse and the exception it throws
        }
        // The date as the publisher wrote it, whatever the time and its offset (2023-05-04T10:00:00, ...+0800, Z).
        Matcher timestamp = TIMESTAMP.matcher(v);
        if (timestamp.lookingAt()) {
            LocalDate date = date(timestamp.group(1), timestamp.group(2), timestamp.group(3));
            if (date != null) {
                return Optional.of(date);
            }
        }
        return fromText(v);
    }

    /** The first date written in the text, in any of the supported forms; the earliest match in the text wins. */
    public static Optional<LocalDate> fromText(String text) {
        return first(text).map(Candidate::date);
    }

    /**
     * The date of a date line: a short text that is a date with a few words around it ({@code March 19, 2002},
     * {@code Posted on 19 March 2002 by admin}, {@code 发布时间：2019年6月3日}), not a sentence that reports an event
     * on a date ({@code Police detained him on March 17, 2002.}).
     */
    public static Optional<LocalDate> fromDateLine(String text) {
        Optional<Candidate> found = first(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String t = toHalfWidthDigits(text);
        String rest = t.substring(0, found.get().start()) + " "
                + t.substring(found.get().end());
        int words = WORD.matcher(rest)
                .results()
                .mapToInt(m -> ChineseScript.isHan(m.group().charAt(0))
                        ? Math.max(1, m.group().length() / 2)
                        : 1)
                .sum();
        String end = t.strip();
        boolean endsLikeASentence = !end.isEmpty() && ".。!！?？".indexOf(end.charAt(end.length() - 1)) >= 0;
        return words > MAX_DATE_LINE_WORDS || (endsLikeASentence && words >= 3)
                ? Optional.empty()
                : Optional.of(found.get().date());
    }

    /** Words besides the date a date line may hold: a label, an author, a source. */
    private static final int MAX_DATE_LINE_WORDS = 10;

    /** A Latin word, or a run of Han characters (counted a word each two characters). */
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+|\\p{IsHan}+");

    private static Optional<Candidate> first(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String t = toHalfWidthDigits(text);
        Candidate best = null;
        best = earliest(best, ENGLISH_MONTH_FIRST.matcher(t), m -> date(m.group(3), month(m.group(1)), m.group(2)));
        best = earliest(best, ENGLISH_DAY_FIRST.matcher(t), m -> date(m.group(3), month(m.group(2)), m.group(1)));
        best = earliest(best, CHINESE.matcher(t), m -> date(m.group(1), m.group(2), m.group(3)));
        best = earliest(best, ISO.matcher(t), m -> date(m.group(1), m.group(2), m.group(3)));
        return Optional.ofNullable(best);
    }

    private record Candidate(int start, int end, LocalDate date) {}

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    private static Candidate earliest(Candidate best, Matcher m, DateOf dateOf) {
        while (m.find()) {
            if (best != null && m.start() >= best.start) {
                return best;
            }
            LocalDate date = dateOf.of(m);
            if (date != null) {
                return new Candidate(m.start(), m.end(), date);
            }
        }
        return best;
    }

    private static LocalDate date(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Integer.toString(m.getValue());
            }
        }
        return null;
    }

    private static String toHalfWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }
}
