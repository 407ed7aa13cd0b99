package org.rightsarchive.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The topics the archive knows, with labels in English and Chinese: the taxonomy, as the web layer sees it. The
 * default knows none, and the API then shows topic ids (as found in the index) for labels.
 */
public interface TopicDirectory {
    /** Knows no topic. */
    TopicDirectory NONE = List::of;

    /**
     * One topic.
     *
     * @param id topic id ({@code labor-rights})
     * @param label English label
     * @param labelZh Chinese label, or {@code null}
     * @param parent id of the broader topic, or {@code null}
     */
    record Topic(String id, String label, String labelZh, String parent) {
        public Topic {
            Objects.requireNonNull(id, "id");
            label = label == null ? id : label;
        }
    }

    /** Every topic, in display order. */
    List<Topic> topics();

    /** The topic with this id, if known. */
    default Optional<Topic> find(String id) {
        return topics().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
