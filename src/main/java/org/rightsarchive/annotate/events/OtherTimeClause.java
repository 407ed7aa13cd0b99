package org.rightsarchive.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.dates.DateMention;
import org.rightsarchive.annotate.places.PlaceMention;
import org.rightsarchive.annotate.text.Sentences;
import org.rightsarchive.lang.ChineseScript;

/**
 * A later clause of a sentence that tells of another time than its event: "Xu Zhiyong was detained on February 15,
 * 2020, after both attended an informal gathering of activists in Xiamen in December 2019"; 許志永則於2020年2月15日被拘，
 * 兩人此前都參加了2019年12月在廈門舉行的一次公民聚會. A place named there is where that other thing happened (the
 * gathering), not the event: Xu was detained in Guangzhou.
 *
 * <p>Only a clause with a date other than the event's is another time. People are often held where they acted
 * ("detained Li after he gathered with other advocates in Beijing on May 29"), so an undated event, or one on the
 * clause's own date, keeps the clause's place. So does a place before the trigger: Chinese tells an event's date and
 * place first (2015年7月9日在北京，王宇被带走).
 */
final class OtherTimeClause {
    private OtherTimeClause() {}

    /**
     * What opens an English clause of another time: a conjunction and the pronoun of its own subject ("after both
     * attended"). Not a phrase ("until October 11, when they transferred her", "after the November 17
     * self-immolation"): what it tells of is often where the event happened too.
     */
    private static final Pattern ENGLISH_OPENER = Pattern.compile(
            "\\b(?:after|before|since|until|prior to)\\s+(?:he|she|they|both|the two|the three|all of them)\\b");

    /** What ends a Chinese clause. */
    private static final Pattern CHINESE_BOUNDARY = Pattern.compile("[，,；;：:]");

    /** What sets a Chinese clause before or after the time of the one before it: 此前, 之后 (not 曾, a surname too). */
    private static final Pattern CHINESE_OTHER_TIME = Pattern.compile("此前|之前|先前|早前|此後|此后|之後|之后|後來|后来");

    /**
     * The place mentions of the sentence that may be where trigger {@code t}, dated {@code iso}, happened:
     * {@code mentions} itself when no later clause of another time holds one.
     *
     * @param s the sentence; {@code t} and {@code mentions} are offsets in its text
     * @param dates dates of the paragraph, in paragraph offsets
     * @param iso the event's date, or null: then every place may be its
     */
    static List<PlaceMention> placesOf(
            Sentences.Sentence s,
            EventTriggers.Trigger t,
            List<EventTriggers.Trigger> triggers,
            List<PlaceMention> mentions,
            List<DateMention> dates,
            String iso) {
        if (iso == null) {
            return mentions;
        }
        List<PlaceMention> kept = null;
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            boolean other = m.start() >= t.end() && inOtherTimeClause(s, t, triggers, m, dates, iso);
            if (other && kept == null) {
                kept = new ArrayList<>(mentions.subList(0, i));
            } else if (!other && kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? mentions : kept;
    }

    private static boolean inOtherTimeClause(
            Sentences.Sentence s,
            EventTriggers.Trigger t,
            List<EventTriggers.Trigger> triggers,
            PlaceMention m,
            List<DateMention> dates,
            String iso) {
        String text = s.text();
        boolean chinese = ChineseScript.hanCount(text) > 0;
        Pattern opener = chinese ? CHINESE_BOUNDARY : ENGLISH_OPENER;
        int from = lastMatchEnd(opener, text, t.end(), m.start());
        if (from < 0 || triggers.stream().anyMatch(o -> o.start() >= from && o.start() < m.start())) {
            return false; // the trigger's own clause, or another trigger's: "since Sep. 19 and officially arrested"
        }
        Matcher next = opener.matcher(text).region(m.end(), text.length());
        int to = next.find() ? next.start() : text.length();
        if (chinese && !CHINESE_OTHER_TIME.matcher(text).region(from, to).find()) {
            return false; // the next step of the same story: 被批准逮捕，2022年3月27日被移送检察院
        }
        int start = s.start() + from;
        int end = s.start() + to;
        return dates.stream()
                .anyMatch(d -> d.start() >= start
                        && d.end() <= end
                        && !SentenceEventRecognizer.inParentheses(text, d.start() - s.start())
                        && d.iso() != null
                        && !d.iso().equals(iso));
    }

    /** Where the last match of {@code p} in {@code [from, to)} of {@code text} ends, or -1. */
    private static int lastMatchEnd(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }
}
