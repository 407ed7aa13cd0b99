package org.rightsarchive.annotate.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.dates.DateMention;

/**
 * A span a sentence puts between a trigger and another time, which then dates the trigger instead of any date the
 * sentence gives it. Two shapes:
 *
 * <ul>
 *   <li>the trigger comes a span after or before an earlier-told time ({@link #fromEarlier}): "released him 17 days
 *       later", "Two weeks later, the court sentenced them", "Yao Fuxin, who was seized three days earlier",
 *       大约二十天后获释. Its date is that time moved by the span.
 *   <li>the trigger is what the span is counted from ({@link #countedFrom}): "On May 9, 2003, almost four months after
 *       their trial", "On March 18, the day after he disappeared", 在庭审将近四个月之后, 他失踪翌日，即3月18日. Its date
 *       is the date of the sentence's main clause moved back by the span.
 * </ul>
 *
 * The result keeps the precision both allow, and there is none when the span is vague ("a few days later", 几天后,
 * "more than 10 months after his detention").
 *
 * @param amount the span's count, or -1 when the text gives none that can be counted
 * @param unit {@code day}, {@code week}, {@code month} or {@code year}
 * @param forward whether the trigger lies after the time the span is counted from
 */
record TimeSpan(int amount, String unit, boolean forward) {
    TimeSpan {
        if (!UNITS.containsKey(unit)) {
            throw new IllegalArgumentException("unknown unit: " + unit);
        }
    }

    /**
     * A span the trigger is counted from, and where its phrase stands in the sentence ("almost four months after their
     * trial"): the dates outside it date the main clause.
     *
     * @param span the span, pointing from the trigger to the main clause's time
     * @param start where the phrase starts in the sentence
     * @param end where it ends
     */
    record CountedFrom(TimeSpan span, int start, int end) {
        CountedFrom {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad phrase bounds " + start + ".." + end);
            }
        }
    }

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("day", "day"),
            Map.entry("week", "week"),
            Map.entry("month", "month"),
            Map.entry("year", "year"),
            Map.entry("天", "day"),
            Map.entry("日", "day"),
            Map.entry("周", "week"),
            Map.entry("週", "week"),
            Map.entry("星期", "week"),
            Map.entry("个月", "month"),
            Map.entry("個月", "month"),
            Map.entry("年", "year"));

    private static final Map<String, Integer> ENGLISH_COUNTS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30));

    private static final String APPROXIMATELY =
            "(?:about |some |approximately |nearly |almost |roughly |around |close to |just )?";
    /** Words that make a count a bound, not a span: "more than 10 months after his detention". */
    private static final String BOUND = "(?<bound>more than |over |at least |less than |under |within |up to )?";

    private static final String ENGLISH_COUNT =
            "(?<count>\\d{1,3}|a few|several|[a-z]+) (?<unit>day|week|month|year)s?";

    private static final String ENGLISH_SPAN = APPROXIMATELY + ENGLISH_COUNT + " (?<way>later|earlier)\\b(?! than)";

    /** Right after the verb and its object: "released him 17 days later", "who was seized three days earlier". */
    private static final Pattern AFTER_VERB =
            Pattern.compile("(?:\\s+(?:him|her|them|[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,2}))?\\s+" + ENGLISH_SPAN);

    /** Heading the verb's clause: "Two weeks later, the same court sentenced". */
    private static final Pattern HEADING_CLAUSE =
            Pattern.compile("(?i)(?:^|[,;]\\s*|\\band\\s+)" + ENGLISH_SPAN + ",?\\s+(?:[^,;.]{0,60}?\\s)?$");

    /** Before a Chinese verb: 大约二十天后获释, 三个月后被判刑. */
    private static final Pattern CHINESE_SPAN = Pattern.compile(
            "(?<![\\d年月])(?<count>[零一二两兩三四五六七八九十百]+|\\d{1,3}|几|幾|数|數)多?(?<unit>天|日|周|週|星期|个月|個月|年)(?:之)?[后後]，?"
                    + "[^，。；,;]{0,6}$");

    /**
     * Before the trigger it is counted from: "almost four months after their", "the day after he", "two days before
     * the"; a few words may stand between ("two days after the detention of").
     */
    private static final Pattern COUNTED_FROM_ENGLISH =
            Pattern.compile("(?i)(?<![\\w-])(?:(?<the>the) (?<theUnit>day|week|month|year)|"
                    + BOUND + APPROXIMATELY + ENGLISH_COUNT + ") (?<way>after|before) "
                    + "(?:[\\p{L}'-]+ ){0,2}$");

    /** Right after the Chinese trigger it is counted from: 将近四个月之后, 三天前, 翌日. */
    private static final Pattern COUNTED_FROM_CHINESE =
            Pattern.compile("(?:将近|將近|大约|大約|约|約|近)?(?<count>[零一二两兩三四五六七八九十百]+|\\d{1,3}|几|幾|数|數)(?<more>多)?"
                    + "(?<unit>天|日|周|週|星期|个月|個月|年)(?:之|以)?(?<way>[后後]|前)"
                    + "|(?<nextDay>翌日|次日|第二天|隔天)");

    /**
     * Before the span: a duration ("monitored them for more than half a year before detaining"), or the last part of
     * one ("one year and nine months after detention"), not a time the trigger is counted from.
     */
    private static final Pattern NOT_A_POINT =
            Pattern.compile("(?i)(?:\\bfor|\\bhalf|\\band|(?:day|week|month|year)s?,?)\\s*$");

    /** A time that was planned, not one that happened: "three months before his scheduled release (date)". */
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:scheduled|expected|planned|original)\\b");

    private static final Pattern PLANNED_AFTER = Pattern.compile("(?i)\\s+date\\b");

    /** The span the sentence puts between the trigger and an earlier-told time, if it gives one. */
    static Optional<TimeSpan> fromEarlier(String sentence, EventTriggers.Trigger t) {
        if (sentence.indexOf('后') < 0
                && sentence.indexOf('後') < 0
                && !sentence.contains("later")
                && !sentence.contains("earlier")) {
            return Optional.empty(); // the patterns below are not worth running
        }
        Matcher after = AFTER_VERB.matcher(sentence).region(t.end(), sentence.length());
        if (after.lookingAt()) {
            return Optional.of(english(after, after.group("way").equals("later")));
        }
        String before = sentence.substring(Math.max(0, t.start() - 90), t.start());
        Matcher heading = HEADING_CLAUSE.matcher(before);
        if (heading.find()) {
            return Optional.of(english(heading, heading.group("way").equalsIgnoreCase("later")));
        }
        Matcher chinese = CHINESE_SPAN.matcher(sentence.substring(Math.max(0, t.start() - 16), t.start()));
        if (chinese.find()) {
            return Optional.of(
                    new TimeSpan(chineseCount(chinese.group("count")), UNITS.get(chinese.group("unit")), true));
        }
        return Optional.empty();
    }

    /** The span the trigger is counted from, if the sentence counts one from it, and where its phrase stands. */
    static Optional<CountedFrom> countedFrom(String sentence, EventTriggers.Trigger t) {
        int from = Math.max(0, t.start() - 80);
        boolean countWord =
                sentence.lastIndexOf("after", t.start()) >= from || sentence.lastIndexOf("before", t.start()) >= from;
        Matcher english = COUNTED_FROM_ENGLISH.matcher(sentence).region(from, t.start());
        english.useTransparentBounds(true);
        if (countWord && english.find()) {
            if (NOT_A_POINT
                    .matcher(sentence.substring(Math.max(0, english.start() - 12), english.start()))
                    .find()) {
                return Optional.empty();
            }
            String between = sentence.substring(english.end("way"), t.start());
            if (PLANNED.matcher(between).find()
                    || PLANNED_AFTER
                            .matcher(sentence)
                            .region(t.end(), sentence.length())
                            .lookingAt()) {
                return Optional.empty();
            }
            boolean after = english.group("way").equalsIgnoreCase("after");
            TimeSpan span = english.group("the") != null
                    ? new TimeSpan(1, english.group("theUnit").toLowerCase(Locale.ROOT), !after)
                    : english(english, !after);
            if (english.group("bound") != null) {
                span = new TimeSpan(-1, span.unit(), span.forward());
            }
            return Optional.of(new CountedFrom(span, english.start(), t.end()));
        }
        Matcher chinese = COUNTED_FROM_CHINESE.matcher(sentence).region(t.end(), sentence.length());
        if (!chinese.lookingAt()) {
            return Optional.empty();
        }
        TimeSpan span;
        if (chinese.group("nextDay") != null) {
            span = new TimeSpan(1, "day", false);
        } else {
            int count = chinese.group("more") != null ? -1 : chineseCount(chinese.group("count"));
            span = new TimeSpan(
                    count,
                    UNITS.get(chinese.group("unit")),
                    chinese.group("way").equals("前"));
        }
        return Optional.of(new CountedFrom(span, t.start(), chinese.end()));
    }

    private static TimeSpan english(Matcher m, boolean forward) {
        String count = m.group("count").toLowerCase(Locale.ROOT);
        int amount = count.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(count)
                : ENGLISH_COUNTS.getOrDefault(count, -1);
        return new TimeSpan(amount, m.group("unit").toLowerCase(Locale.ROOT), forward);
    }

    /** 二十 = 20, 十五 = 15, 三 = 3, 17 = 17; -1 for 几, 数 and what this does not read. */
    static int chineseCount(String count) {
        if (count.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(count);
        }
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : count.toCharArray()) {
            int d = c == '两' || c == '兩' ? 2 : digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /**
     * The date this span comes to from {@code from}, forward or back, at the precision both allow ({@code
     * 2002-03-24} from March 4 and twenty days later; {@code 2009-07} from June 2009 and a month later), or null when
     * it cannot be told.
     */
    String from(DateMention from) {
        if (amount < 0 || from.year() == null) {
            return null;
        }
        int signed = forward ? amount : -amount;
        switch (unit) {
            case "year":
                return String.format(Locale.ROOT, "%04d", from.year() + signed);
            case "month":
                if (from.month() == null) {
                    return null;
                }
                return YearMonth.of(from.year(), from.month())
                        .plusMonths(signed)
                        .toString();
            default:
                if (from.day() == null) {
                    return null;
                }
                try {
                    LocalDate day = LocalDate.of(from.year(), from.month(), from.day());
                    return day.plusDays(unit.equals("week") ? 7L * signed : signed)
                            .toString();
                } catch (DateTimeException noSuchDay) {
                    return null; // "February 30" read from a typo
                }
        }
    }
}
