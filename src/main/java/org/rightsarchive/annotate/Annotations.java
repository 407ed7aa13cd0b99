package org.rightsarchive.annotate;

import java.util.List;

/** Everything annotation found on one page. */
public record Annotations(List<Person> people, List<Place> places, List<Event> events, List<TopicTag> topics) {
    /** Nothing found. */
    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of(), List.of());

    public Annotations {
        people = List.copyOf(people);
        places = List.copyOf(places);
        events = List.copyOf(events);
        topics = List.copyOf(topics);
    }
}
