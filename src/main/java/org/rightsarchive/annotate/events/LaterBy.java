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
 * A trigger told as coming a span after an earlier event: "released him 17 days later", "Two weeks later, the court
 * sentenced them", 大约二十天后获释. The earlier event's date is then not the trigger's; the span moved forward from it
 * is, at the precision both allow, and no date at all when the span is vague ("a few days later", 几天后).
 *
 * @param amount the span's count, or -1 when the text gives none that can be counted
 * @param unit {@code day}, {@code week}, {@code month} or {@code year}
 */
record LaterBy(int amount, String unit) {
    LaterBy {
        if (!UNITS.containsKey(unit)) {
            throw new IllegalArgumentException("unknown unit: " + unit);
        }
    }

    private static final Map<String, String> UNITS = Map.of(
            "day", "day", "week", "week", "month", "month", "year", "year", "天", "day", "日", "day", "周", "week", "星期",
            "week", "个月", "month", "年", "year");

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

    private static final String ENGLISH_SPAN = "(?:about |some |approximately |nearly |roughly |around )?"
            + "(?<count>\\d{1,3}|a few|several|[a-z]+) (?<unit>day|week|month|year)s? later\\b";

    /** Right after the verb and its object: "released him 17 days later". */
    private static final Pattern AFTER_VERB =
            Pattern.compile("(?:\\s+(?:him|her|them|[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,2}))?\\s+" + ENGLISH_SPAN);

    /** Heading the verb's clause: "Two weeks later, the same court sentenced". */
    private static final Pattern HEADING_CLAUSE =
            Pattern.compile("(?i)(?:^|[,;]\\s*|\\band\\s+)" + ENGLISH_SPAN + ",?\\s+(?:[^,;.]{0,60}?\\s)?$");

    /** Before a Chinese verb: 大约二十天后获释, 三个月后被判刑. */
    private static final Pattern CHINESE_SPAN =
            Pattern.compile("(?<![\\d年月])(?<count>[零一二两三四五六七八九十百]+|\\d{1,3}|几|数)多?(?<unit>天|日|周|星期|个月|年)(?:之)?[后後]，?"
                    + "[^，。；,;]{0,6}$");

    /** The span the sentence puts between the trigger and an earlier event, if it gives one. */
    static Optional<LaterBy> of(String sentence, EventTriggers.Trigger t) {
        if (sentence.indexOf('后') < 0 && sentence.indexOf('後') < 0 && !sentence.contains("later")) {
            return Optional.empty(); // the patterns below are not worth running
        }
        Matcher after = AFTER_VERB.matcher(sentence).region(t.end(), sentence.length());
        if (after.lookingAt()) {
            return Optional.of(english(after));
        }
        String before = sentence.substring(Math.max(0, t.start() - 90), t.start());
        Matcher heading = HEADING_CLAUSE.matcher(before);
        if (heading.find()) {
            return Optional.of(english(heading));
        }
        Matcher chinese = CHINESE_SPAN.matcher(sentence.substring(Math.max(0, t.start() - 16), t.start()));
        if (chinese.find()) {
            return Optional.of(new LaterBy(chineseCount(chinese.group("count")), UNITS.get(chinese.group("unit"))));
        }
        return Optional.empty();
    }

    private static LaterBy english(Matcher m) {
        String count = m.group("count").toLowerCase(Locale.ROOT);
        int amount = count.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(count)
                : ENGLISH_COUNTS.getOrDefault(count, -1);
        return new LaterBy(amount, m.group("unit").toLowerCase(Locale.ROOT));
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
            int d = c == '两' ? 2 : digits.indexOf(c);
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
     * The date this span after {@code from} comes to, at the precision both allow ({@code 2002-03-24} from March 4
     * and twenty days; {@code 2009-07} from June 2009 and a month), or null when it cannot be told.
     */
    String from(DateMention from) {
        if (amount < 0 || from.year() == null) {
            return null;
        }
        switch (unit) {
            case "year":
                return String.format(Locale.ROOT, "%04d", from.year() + amount);
            case "month":
                if (from.month() == null) {
                    return null;
                }
                return YearMonth.of(from.year(), from.month())
                        .plusMonths(amount)
                        .toString();
            default:
                if (from.day() == null) {
                    return null;
                }
                try {
                    LocalDate day = LocalDate.of(from.year(), from.month(), from.day());
                    return day.plusDays(unit.equals("week") ? 7L * amount : amount)
                            .toString();
                } catch (DateTimeException noSuchDay) {
                    return null; // "February 30" read from a typo
                }
        }
    }
}
