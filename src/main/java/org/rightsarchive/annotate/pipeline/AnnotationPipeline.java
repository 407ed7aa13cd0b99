package org.rightsarchive.annotate.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;

/**
 * Runs the recognizers in order: people and places, then events (which need both), then topics (which need all).
 * Only the first {@link #MAX_ANNOTATED_CHARS} characters of main text are annotated, so a hostile page (megabytes
 * of text, thousands of names) costs bounded time; real alerts are far shorter.
 */
public final class AnnotationPipeline {
    /** Characters of main text the recognizers see at most. */
    public static final int MAX_ANNOTATED_CHARS = 200_000;

    private final Recognizers.PeopleRecognizer people;
    private final Recognizers.PlaceRecognizer places;
    private final Recognizers.EventRecognizer events;
    private final Recognizers.TopicTagger topics;

    public AnnotationPipeline(
            Recognizers.PeopleRecognizer people,
            Recognizers.PlaceRecognizer places,
            Recognizers.EventRecognizer events,
            Recognizers.TopicTagger topics) {
        this.people = Objects.requireNonNull(people);
        this.places = Objects.requireNonNull(places);
        this.events = Objects.requireNonNull(events);
        this.topics = Objects.requireNonNull(topics);
    }

    /** Annotates one page. Thread-safe when the recognizers are. */
    public Annotations annotate(ExtractedPage fullPage) {
        ExtractedPage page = bounded(fullPage);
        List<Person> foundPeople = people.recognize(page);
        List<Place> foundPlaces = places.recognize(page);
        List<Event> foundEvents = events.recognize(page, foundPeople, foundPlaces);
        List<Person> withRoles = detaineesOfEvents(foundPeople, foundEvents);
        if (!withRoles.equals(foundPeople)) {
            // Events read roles: a bare surname two people share is the page's one detainee's. Read once more with
            // the roles the events gave ("Liu is the first laureate to die in state custody" is Liu Xiaobo, whom
            // only events make a detainee, not his wife Liu Xia); a page whose roles the events change is rare.
            foundEvents = events.recognize(page, withRoles, foundPlaces);
            withRoles = detaineesOfEvents(foundPeople, foundEvents);
        }
        foundPeople = withRoles;
        List<TopicTag> foundTopics = topics.tag(page, foundPeople, foundPlaces, foundEvents);
        return new Annotations(foundPeople, foundPlaces, foundEvents, foundTopics);
    }

    /** Events that do not make the people they name detainees: every other type tells of what was done to them. */
    private static final Set<String> NOT_PERSECUTION = Set.of("protest", "hunger-strike");

    /**
     * The people with no role of their own ("other") who an event tells was detained, tried or sentenced, as
     * detainees: "He had never been freed from the 11-year sentence imposed on him" names Liu Xiaobo by a pronoun only.
     */
    private static List<Person> detaineesOfEvents(List<Person> people, List<Event> events) {
        Set<String> persecuted = new HashSet<>();
        for (Event e : events) {
            if (!NOT_PERSECUTION.contains(e.type())) {
                persecuted.addAll(e.people());
            }
        }
        List<Person> out = new ArrayList<>(people.size());
        for (Person p : people) {
            out.add(p.role().equals("other") && persecuted.contains(p.id()) ? p.withRole("detainee") : p);
        }
        return out;
    }

    private static ExtractedPage bounded(ExtractedPage page) {
        int chars = 0;
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph p : page.paragraphs()) {
            if (chars + p.text().length() > MAX_ANNOTATED_CHARS) {
                int room = MAX_ANNOTATED_CHARS - chars;
                if (room > 0 && Character.isHighSurrogate(p.text().charAt(room - 1))) {
                    room--; // never split a character outside the BMP
                }
                if (room > 0) {
                    kept.add(new Paragraph(p.text().substring(0, room), p.language()));
                }
                return new ExtractedPage(
                        page.url(),
                        page.title(),
                        page.language(),
                        page.published(),
                        kept,
                        page.links(),
                        page.translations());
            }
            chars += p.text().length();
            kept.add(p);
        }
        return page;
    }
}
