package org.rightsarchive.annotate.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.text.LatinFolding;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.lang.ChineseScript;

/**
 * Finds dates in English and Chinese text and gives year-less ones a year. Patterns are compiled once; the finder is
 * stateless and thread-safe.
 *
 * <p>A date without a year takes the year of the nearest date before it in the same paragraph that has one written
 * (else the nearest after it); failing that, the latest such date not after the publication date ("on March 20" in a
 * story published 2003-02-17 is 2002-03-20).
 */
public final class DateFinder {
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May"
            + "|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String ZH_NUMERALS = "〇零一二三四五六七八九十";
    private static final String ZH_NUM = "[0-9" + ZH_NUMERALS + "]";
    private static final Map<Pattern, Kind> PATTERNS = Map.of(
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:\\s*(?:and|-|–|or|to)\\s*\\d{1,2})?,?\\s+(\\d{4})\\b"),
                    Kind.MONTH_DAY_YEAR,
            Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4}|\\d{2})(?!\\d|:\\d)"), Kind.DAY_MONTH_YEAR,
            Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b"), Kind.MONTH_YEAR,
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!,?\\s*\\d{4})"), Kind.MONTH_DAY,
            Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "(?![a-z])(?!,?\\s*\\d{2})"), Kind.DAY_MONTH,
            Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"), Kind.ISO,
            Pattern.compile("(" + ZH_NUM + "{4})\\s*年\\s*(" + ZH_NUM + "{1,3})\\s*月\\s*(" + ZH_NUM + "{1,3})\\s*[日号]"),
                    Kind.ZH_FULL,
            Pattern.compile("(" + ZH_NUM + "{4})\\s*年\\s*(" + ZH_NUM + "{1,3})\\s*月(?!\\s*" + ZH_NUM + ")"),
                    Kind.ZH_MONTH,
            Pattern.compile("(?<![0-9年])(" + ZH_NUM + "{1,3})\\s*月\\s*(" + ZH_NUM + "{1,3})\\s*[日号]"), Kind.ZH_DAY,
            Pattern.compile("(?:\\b(?:in|In|since|Since|until|during|of|early|late|mid-?)\\s+(\\d{4})\\b(?![-/]))"
                            + "|(?:(\\d{4})\\s*年(?!\\s*" + ZH_NUM + "{1,3}\\s*月))"),
                    Kind.YEAR);

    private static final String[] MONTH_STEMS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private static boolean hasMonthWord(String text) {
        for (String stem : MONTH_STEMS) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private enum Kind {
        MONTH_DAY_YEAR,
        DAY_MONTH_YEAR,
        MONTH_YEAR,
        MONTH_DAY,
        DAY_MONTH,
        ISO,
        ZH_FULL,
        ZH_MONTH,
        ZH_DAY,
        YEAR
    }

    private DateFinder() {}

    /**
     * Whether the text holds what every match of the kind's pattern holds: a month word, four digits in a row
     * (each {@code \d{4}} of the patterns), the characters 年, 月, 日 or 号.
     */
    private static boolean mayMatch(
            Kind kind, boolean monthWord, boolean fourDigits, boolean yearChar, boolean monthChar, boolean dayChar) {
        return switch (kind) {
            case MONTH_DAY_YEAR, MONTH_YEAR -> monthWord && fourDigits;
            case DAY_MONTH_YEAR, MONTH_DAY, DAY_MONTH -> monthWord;
            case ISO, YEAR -> fourDigits;
            case ZH_FULL -> yearChar && monthChar && dayChar;
            case ZH_MONTH -> yearChar && monthChar;
            case ZH_DAY -> monthChar && dayChar;
        };
    }

    /**
     * Whether a match of the kind's pattern can start at position i: its first character is one of those the
     * pattern begins with (a month's capital, a digit, a Chinese numeral, a word of {@code YEAR}), after a word
     * boundary where the pattern starts with {@code \b}.
     */
    private static boolean mayStart(Kind kind, String text, int i) {
        char c = text.charAt(i);
        boolean wordStart = i == 0 || !isAsciiLetterOrDigit(text.charAt(i - 1));
        return switch (kind) {
            case MONTH_DAY_YEAR, MONTH_YEAR, MONTH_DAY -> wordStart && "JFMASOND".indexOf(c) >= 0;
            case DAY_MONTH_YEAR, DAY_MONTH, ISO -> wordStart && isAsciiDigit(c);
            case ZH_FULL, ZH_MONTH, ZH_DAY -> isAsciiDigit(c) || ZH_NUMERALS.indexOf(c) >= 0;
            case YEAR -> isAsciiDigit(c) || wordStart && "iIsSudoelm".indexOf(c) >= 0;
        };
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Every date written in the text, in order, as written (year-less dates have a {@code null} year). */
    public static List<DateMention> find(String text) {
        String folded = LatinFolding.fold(text);
        List<DateMention> all = new ArrayList<>();
        boolean monthWord = hasMonthWord(folded);
        boolean fourDigits = hasFourDigits(folded);
        boolean yearChar = folded.indexOf('年') >= 0;
        boolean monthChar = folded.indexOf('月') >= 0;
        boolean dayChar = folded.indexOf('日') >= 0 || folded.indexOf('号') >= 0;
        for (Map.Entry<Pattern, Kind> e : PATTERNS.entrySet()) {
            if (!mayMatch(e.getValue(), monthWord, fourDigits, yearChar, monthChar, dayChar)) {
                continue; // cheap checks first: this pattern cannot match
            }
            Kind kind = e.getValue();
            // a date can start at few characters: the pattern is tried only there
            StartFilteredMatches.forEach(e.getKey(), folded, (t, i) -> mayStart(kind, t, i), m -> {
                DateMention d = build(kind, m);
                if (d != null) {
                    all.add(d);
                }
            });
        }
        all.sort(Comparator.comparingInt(DateMention::start).thenComparing(d -> -(d.end() - d.start())));
        List<DateMention> kept = new ArrayList<>();
        int coveredTo = -1;
        for (DateMention d : all) {
            if (d.start() >= coveredTo) {
                kept.add(d);
                coveredTo = d.end();
            }
        }
        return kept;
    }

    /**
     * The dates of one paragraph with years given to year-less ones, from the paragraph or else the publication date
     * (which may be {@code null}; such dates then keep a {@code null} year).
     */
    public static List<DateMention> findResolved(String paragraph, LocalDate published) {
        return resolve(find(paragraph), published, paragraph);
    }

    /**
     * Between two dates of one list ("October 14 and December 16, 2016", "late 2016 and early 2017", 3月17日和3月20日);
     * not "and on", which opens the next predicate ("tried them on October 28 and on June 18, 2014, sentenced").
     */
    private static final Pattern LIST_GAP =
            Pattern.compile("(?i),?\\s*(?:and|or|,|和|与|與|及|、)\\s*(?:(?:late|early|mid-?|in)\\s*)?");

    /** Whether the text between two dates makes them one list. */
    public static boolean isListGap(String between) {
        return LIST_GAP.matcher(between).matches();
    }

    /**
     * Gives year-less dates a year: a neighbouring date's, else the publication date's (the last such day before it),
     * else a neighbouring year's.
     */
    public static List<DateMention> resolve(List<DateMention> mentions, LocalDate published) {
        return resolve(mentions, published, null);
    }

    /**
     * The same, and a year-less date listed with later dates that end in a year takes that year ("tried them on
     * October 14 and December 16, 2016"), when the text the mentions were found in is given.
     */
    public static List<DateMention> resolve(List<DateMention> mentions, LocalDate published, String text) {
        List<DateMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            DateMention d = mentions.get(i);
            if (d.year() != null) {
                out.add(d);
                continue;
            }
            // A neighbour's year if it is a date's ("March 17, 2002 ... on March 20"); a year on its own ("went
            // bankrupt in 2001 ... on March 11") speaks of another time, and yields to the publication date.
            Integer year = text == null ? null : listYear(mentions, i, text);
            if (year == null) {
                year = neighbourYear(mentions, i, true);
                if (year != null && text != null && tellsOnIntoTheNextYear(mentions, i, published, text)) {
                    year++;
                }
            }
            if (year == null && published == null) {
                year = neighbourYear(mentions, i, false);
            }
            if (year == null && published != null) {
                year = published.getYear();
                int day = d.day() == null ? 1 : d.day();
                if (d.month() > published.getMonthValue()
                        || d.month() == published.getMonthValue() && day > published.getDayOfMonth()) {
                    year--;
                }
            }
            out.add(year == null ? d : d.withYear(year));
        }
        return out;
    }

    /** The year written at the end of the list of dates that mention {@code i} opens or continues, if any. */
    private static Integer listYear(List<DateMention> mentions, int i, String text) {
        for (int j = i + 1; j < mentions.size(); j++) {
            DateMention before = mentions.get(j - 1);
            DateMention d = mentions.get(j);
            if (!isListGap(text.substring(before.end(), d.start())) || d.month() == null) {
                return null;
            }
            if (d.yearWritten()) {
                return d.year();
            }
        }
        return null;
    }

    /**
     * Words that take a story back in time: "had been detained on January 5", "earlier, on March 3", "soon after the
     * July 9 crackdown".
     */
    private static final Pattern BACK_IN_TIME =
            Pattern.compile("(?i)\\b(?:had|earlier|previously|before|prior|ago|last|after|follow\\w*|since)\\b");

    /**
     * Whether year-less mention {@code i}, whose year would be that of the date told before it, falls in the next
     * year: "Police detained Xu on July 16, 2013. At his trial on January 22, ..." on a page of January 26, 2014 tells
     * of January 22, 2014. Only when its day comes before that date's in the year, the text right before it does not
     * go back in time, and the next year's day is not after the publication.
     */
    private static boolean tellsOnIntoTheNextYear(List<DateMention> mentions, int i, LocalDate published, String text) {
        DateMention d = mentions.get(i);
        if (published == null || d.month() == null) {
            return false;
        }
        DateMention told = null;
        for (int j = i - 1; j >= 0 && told == null; j--) {
            if (givesYear(mentions.get(j), true)) {
                told = mentions.get(j);
            }
        }
        if (told == null || told.month() == null) {
            return false;
        }
        int day = d.day() == null ? 1 : d.day();
        int toldDay = told.day() == null ? 1 : told.day();
        if (d.month() > told.month() || d.month().equals(told.month()) && day >= toldDay) {
            return false;
        }
        String between = text.substring(told.end(), d.start());
        // Chinese reports go back in time without such words ("至2021年11月初 ... 显示两人于10月27日被批准逮捕")
        if (ChineseScript.hanCount(between) > 0 || BACK_IN_TIME.matcher(between).find()) {
            return false;
        }
        try {
            return !LocalDate.of(told.year() + 1, d.month(), day).isAfter(published);
        } catch (java.time.DateTimeException noSuchDay) {
            return false; // February 29 of a year without one
        }
    }

    /** The year written in the nearest mention before {@code i}, else after it; with a month only if asked. */
    private static Integer neighbourYear(List<DateMention> mentions, int i, boolean withMonth) {
        for (int j = i - 1; j >= 0; j--) {
            if (givesYear(mentions.get(j), withMonth)) {
                return mentions.get(j).year();
            }
        }
        for (int j = i + 1; j < mentions.size(); j++) {
            if (givesYear(mentions.get(j), withMonth)) {
                return mentions.get(j).year();
            }
        }
        return null;
    }

    private static boolean givesYear(DateMention d, boolean withMonth) {
        return d.yearWritten() && (!withMonth || d.month() != null);
    }

    private static DateMention build(Kind kind, Matcher m) {
        try {
            return switch (kind) {
                case MONTH_DAY_YEAR -> of(m, year(m.group(3)), month(m.group(1)), num(m.group(2)), true);
                case DAY_MONTH_YEAR -> of(m, year(m.group(3)), month(m.group(2)), num(m.group(1)), true);
                case MONTH_YEAR -> of(m, year(m.group(2)), month(m.group(1)), null, true);
                case MONTH_DAY -> of(m, null, month(m.group(1)), num(m.group(2)), false);
                case DAY_MONTH -> of(m, null, month(m.group(2)), num(m.group(1)), false);
                case ISO -> of(m, num(m.group(1)), num(m.group(2)), num(m.group(3)), true);
                case ZH_FULL -> of(m, num(m.group(1)), num(m.group(2)), num(m.group(3)), true);
                case ZH_MONTH -> of(m, num(m.group(1)), num(m.group(2)), null, true);
                case ZH_DAY -> of(m, null, num(m.group(1)), num(m.group(2)), false);
                case YEAR -> of(m, num(m.group(1) != null ? m.group(1) : m.group(2)), null, null, true);
            };
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null; // "February 30", "13月": not a date
        }
    }

    private static DateMention of(Matcher m, Integer year, Integer month, Integer day, boolean written) {
        if (year != null && (year < 1900 || year > 2100)) {
            return null;
        }
        if (year != null && month != null && day != null) {
            LocalDate.of(year, month, day); // throws for impossible dates
        }
        int start = m.start();
        int end = m.end();
        if (kindIsPrefixed(m)) {
            start = m.start(m.group(1) != null ? 1 : 2);
        }
        return new DateMention(start, end, year, month, day, written);
    }

    private static boolean kindIsPrefixed(Matcher m) {
        return m.pattern().pattern().startsWith("(?:\\b(?:in|");
    }

    private static Integer year(String s) {
        int y = num(s);
        return s.length() == 2 ? (y <= 40 ? 2000 + y : 1900 + y) : y;
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** Arabic or Chinese numerals up to 9999 ({@code 17}, {@code 十七}, {@code 二〇〇二}). */
    static int num(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "〇一二三四五六七八九";
        if (s.indexOf('十') < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = c == '零' ? 0 : digits.indexOf(c);
                if (d < 0) {
                    throw new IllegalArgumentException("not a number: " + s);
                }
                v = v * 10 + d;
            }
            return v;
        }
        int ten = s.indexOf('十');
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(ten - 1));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        if (tens < 0 || ones < 0) {
            throw new IllegalArgumentException("not a number: " + s);
        }
        return tens * 10 + ones;
    }
}
