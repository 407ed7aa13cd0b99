package org.rightsarchive.annotate.pipeline;

import java.util.List;
import java.util.Objects;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;

/** Runs the recognizers in order: people and places, then events (which need both), then topics (which need all). */
public final class AnnotationPipeline {
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
    public Annotations annotate(ExtractedPage page) {
        List<Person> foundPeople = people.recognize(page);
        List<Place> foundPlaces = places.recognize(page);
        List<Event> foundEvents = events.recognize(page, foundPeople, foundPlaces);
        List<TopicTag> foundTopics = topics.tag(page, foundPeople, foundPlaces, foundEvents);
        return new Annotations(foundPeople, foundPlaces, foundEvents, foundTopics);
    }
}
