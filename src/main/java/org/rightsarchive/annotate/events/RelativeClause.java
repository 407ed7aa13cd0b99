package org.rightsarchive.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.dates.DateMention;
import org.rightsarchive.annotate.text.Sentences;

/**
 * An English relative clause that holds a trigger and tells of the people named right before it: "workers called for
 * the release of their colleague Yao Fuxin, who was seized three days earlier" tells of Yao's detention, though the
 * call for his release keeps him out of the sentence's people; "Ma Fei and Lin Zhengyuan, who had been detained on
 * November 19" of both of them.
 *
 * @param people the ids of the people the clause is about, in the order named; none when the name is not one of the
 *     page's people
 * @param start where the clause starts in the sentence (its comma)
 * @param before whether the clause is set before the main clause's time ("who had disappeared"): then only a date
 *     inside it dates its event
 */
record RelativeClause(List<String> people, int start, boolean before) {
    RelativeClause {
        people = List.copyOf(people);
        if (start < 0) {
            throw new IllegalArgumentException("a relative clause starts in its sentence: " + start);
        }
    }

    private static final Pattern CLAUSE = Pattern.compile(
            ",\\s+who\\s+(?:(?<had>had(?: been)?)|(?<one>was|is|has been)|were|have been|are)\\s+(?:[a-z]+\\s+)?$");

    /** A capitalized name right before the clause's comma. */
    private static final Pattern PROPER_NOUN_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+$");

    /** Between two names of one list: ", ", " and ", ", and ". */
    private static final Pattern LIST_GAP = Pattern.compile("(?:,\\s+|\\s+)(?:and\\s+)?$");

    /** The relative clause the trigger stands in, if the sentence has one on known people. */
    static Optional<RelativeClause> of(String sentence, EventTriggers.Trigger t, List<Person> people) {
        if (!sentence.contains(" who ")) {
            return Optional.empty(); // the pattern is not worth running
        }
        Matcher m = CLAUSE.matcher(sentence).region(Math.max(0, t.start() - 40), t.start());
        m.useTransparentBounds(true);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        String head = sentence.substring(0, m.start());
        for (Person p = endingAt(head, people); p != null; p = endingAt(head, people)) {
            named.add(0, p.id());
            head = head.substring(0, head.length() - nameAtEnd(head, p).length());
            Matcher gap = LIST_GAP.matcher(head);
            if (m.group("one") != null || !gap.find() || gap.start() == head.length()) {
                break;
            }
            head = head.substring(0, gap.start());
        }
        if (named.isEmpty() && !PROPER_NOUN_BEFORE.matcher(head).find()) {
            return Optional.empty();
        }
        // a clause on a name this page's people do not hold ("Carl von Ossietzky, who died in Nazi custody") is
        // about someone else: its event names no one
        return Optional.of(new RelativeClause(named, m.start(), m.group("had") != null));
    }

    /** Right before a verb of a relative clause: "..., who died", "..., who was later sentenced". */
    private static final Pattern OPENS = Pattern.compile(",\\s+who\\s+(?:[a-z]+\\s+){0,2}$");

    /** Whether a relative clause opens right before offset {@code at} of the sentence. */
    static boolean opens(String sentence, int at) {
        Matcher m = OPENS.matcher(sentence).region(Math.max(0, at - 40), at);
        m.useTransparentBounds(true);
        return m.find();
    }

    /** The dates of {@code dates} that stand inside the clause. */
    List<DateMention> datesWithin(Sentences.Sentence s, List<DateMention> dates) {
        return dates.stream().filter(d -> d.start() >= s.start() + start).toList();
    }

    /** The person (not an official) whose name {@code text} ends with, if any. */
    private static Person endingAt(String text, List<Person> people) {
        for (Person p : people) {
            if (!p.role().equals("official") && nameAtEnd(text, p) != null) {
                return p;
            }
        }
        return null;
    }

    /** The form of the person's name that {@code text} ends with, as a whole word, or null. */
    private static String nameAtEnd(String text, Person p) {
        for (String form : p.names()) {
            if (text.endsWith(form)
                    && (text.length() == form.length()
                            || !Character.isLetter(text.charAt(text.length() - form.length() - 1)))) {
                return form;
            }
        }
        return null;
    }
}
