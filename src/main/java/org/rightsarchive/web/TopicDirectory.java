package org.rightsarchive.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rightsarchive.annotate.topics.Taxonomy;

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

    /** The topics of a taxonomy, English and Simplified Chinese labels, looked up by id in constant time. */
    static TopicDirectory of(Taxonomy taxonomy) {
        Map<String, Topic> byId = new LinkedHashMap<>();
        for (var t : taxonomy.all()) {
            byId.put(t.id(), new Topic(t.id(), t.label(), t.labelZhHans(), null));
        }
        List<Topic> all = List.copyOf(byId.values());
        return new TopicDirectory() {
            @Override
            public List<Topic> topics() {
                return all;
            }

            @Override
            public Optional<Topic> find(String id) {
                return Optional.ofNullable(byId.get(id));
            }
        };
    }
}
