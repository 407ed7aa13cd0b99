package org.rightsarchive.annotate.pipeline;

import java.util.List;
import org.rightsarchive.annotate.topics.CueTopicTagger;

/** Wires the project's recognizers into the pipeline used by the indexer and the CLI. */
public final class StandardAnnotators {
    private StandardAnnotators() {}

    /** The standard pipeline. */
    public static AnnotationPipeline create() {
        return new AnnotationPipeline(
                page -> List.of(),
                page -> List.of(),
                (page, people, places) -> List.of(),
                CueTopicTagger.standard());
    }
}
