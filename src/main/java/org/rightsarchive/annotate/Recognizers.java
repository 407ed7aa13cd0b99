package org.rightsarchive.annotate;

import java.util.List;
import org.rightsarchive.extract.ExtractedPage;

/** The stages of annotation, each replaceable on its own. Every stage reads the main text only. */
public final class Recognizers {
    private Recognizers() {}

    /** Finds the people a page names, merging every spelling and script of one person into one {@link Person}. */
    @FunctionalInterface
    public interface PeopleRecognizer {
        List<Person> recognize(ExtractedPage page);
    }

    /** Finds the places a page names, each resolved to its province. */
    @FunctionalInterface
    public interface PlaceRecognizer {
        List<Place> recognize(ExtractedPage page);
    }

    /** Finds dated events, given the people and places already found. */
    @FunctionalInterface
    public interface EventRecognizer {
        List<Event> recognize(ExtractedPage page, List<Person> people, List<Place> places);
    }

    /** Assigns topics, given everything else found. */
    @FunctionalInterface
    public interface TopicTagger {
        List<TopicTag> tag(ExtractedPage page, List<Person> people, List<Place> places, List<Event> events);
    }
}
