package org.rightsarchive.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.extract.ExtractedPage;

/**
 * A page with its gold topics, and the people, places and events to give the tagger with it.
 *
 * @param id a stable id (record number, corpus path, article file)
 * @param page the main text
 * @param gold the gold topic ids
 */
public record LabelledPage(
        String id, ExtractedPage page, List<Person> people, List<Place> places, List<Event> events, Set<String> gold) {
    public LabelledPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        people = List.copyOf(people);
        places = List.copyOf(places);
        events = List.copyOf(events);
        gold = Set.copyOf(gold);
    }

    /** The same page with no entities (for scoring the text rules alone). */
    public LabelledPage withoutEntities() {
        return new LabelledPage(id, page, List.of(), List.of(), List.of(), gold);
    }
}
