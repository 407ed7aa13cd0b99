package org.rightsarchive.annotate;

import java.util.List;
import java.util.Objects;

/**
 * A topic assigned to a page.
 *
 * @param id stable topic id from the taxonomy ({@code labor-rights})
 * @param label English label
 * @param labelZh Simplified Chinese label
 * @param score confidence in [0, 1]
 * @param evidence the terms or sentences of the main text that triggered it
 */
public record TopicTag(String id, String label, String labelZh, double score, List<String> evidence) {
    public TopicTag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("topic score must be in [0,1]: " + score);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
