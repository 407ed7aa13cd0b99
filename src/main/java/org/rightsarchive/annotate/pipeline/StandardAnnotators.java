package org.rightsarchive.annotate.pipeline;

import org.rightsarchive.annotate.events.SentenceEventRecognizer;
import org.rightsarchive.annotate.people.NamedPeopleRecognizer;
import org.rightsarchive.annotate.places.GazetteerPlaceRecognizer;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;

/** Wires the project's recognizers into the pipeline used by the indexer and the CLI. */
public final class StandardAnnotators {
    private StandardAnnotators() {}

    /** The standard pipeline. */
    public static AnnotationPipeline create() {
        return new AnnotationPipeline(
                NamedPeopleRecognizer.standard(),
                GazetteerPlaceRecognizer.standard(),
                SentenceEventRecognizer.standard(),
                CombinedTopicTagger.standard());
    }
}
