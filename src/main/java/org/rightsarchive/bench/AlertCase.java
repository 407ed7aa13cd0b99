package org.rightsarchive.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rightsarchive.lang.Language;

/**
 * The facts of one synthetic alert page, drawn before it is written: who, where, when, what happened, which topics.
 * Benchmarks build their query mix from these facts, so queries hit real documents.
 *
 * @param index position of the page in the archive
 * @param language language the page is written in
 * @param url the page's URL
 * @param eventType what happened (one of {@link org.rightsarchive.annotate.Event#TYPES})
 * @param subject the person the alert is about
 * @param relative a family member who speaks for them
 * @param lawyer their lawyer
 * @param official the official appeals are addressed to
 * @param place where it happened
 * @param charge the charge, in English and Chinese
 * @param eventDate when it happened
 * @param published when the page was published
 * @param years prison term for sentencings and releases
 * @param topics topics the page is about (the sidebar lists the others)
 */
public record AlertCase(
        long index,
        Language language,
        String url,
        String eventType,
        Persona subject,
        Persona relative,
        Persona lawyer,
        Persona official,
        WordLists.PlaceEntry place,
        Charge charge,
        LocalDate eventDate,
        LocalDate published,
        int years,
        List<WordLists.TopicEntry> topics) {
    public AlertCase {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(place, "place");
        if (published.isBefore(eventDate)) {
            throw new IllegalArgumentException("published before the event: " + published + " < " + eventDate);
        }
        topics = List.copyOf(topics);
    }

    /** A criminal charge as named in English and in Chinese. */
    public record Charge(String en, String zh) {}
}
