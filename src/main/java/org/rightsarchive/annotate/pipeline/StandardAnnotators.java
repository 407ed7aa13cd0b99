package org.rightsarchive.annotate.pipeline;

import java.util.List;
import org.rightsarchive.annotate.events.SentenceEventRecognizer;
import org.rightsarchive.annotate.people.NamedPeopleRecognizer;
import org.rightsarchive.annotate.places.GazetteerPlaceRecognizer;

/** Wires the project's recognizers into the pipeline used by the indexer and the CLI. */
public final class StandardAnnotators {
    private StandardAnnotators() {}

    /** The standard pipeline. */
    public static AnnotationPipeline create() {
        return new AnnotationPipeline(
                NamedPeopleRecognizer.standard(),
                GazetteerPlaceRecognizer.standard(),
                SentenceEventRecognizer.standard(),
                (page, people, places, events) -> List.of());
    }
}
