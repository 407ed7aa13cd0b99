package org.rightsarchive.annotate.topics;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One topic of the taxonomy.
 *
 * @param id stable id: the slug of the English label ({@link Taxonomy#slug(String)})
 * @param label English label as the seed site lists it
 * @param labelZhHans Simplified Chinese label
 * @param labelZhHant Traditional Chinese label
 * @param aliases other names of the topic in any language or script, for lookup
 * @param cues terms whose presence in the main text counts toward the topic, with their weight in (0, 1]; a weight of
 *     1 is enough on its own, smaller weights need company. An English cue ending in {@code *} matches any word that
 *     starts with it ({@code detain*}); other English cues match whole words. Chinese cues match anywhere.
 * @param related ids of related topics
 * @param labelsAreCues whether the labels and aliases also count as cues of weight 1 (false for editorial or generic
 *     labels like "Commentary" or "Politics", which name a kind of page rather than a subject)
 */
public record Topic(
        String id,
        String label,
        String labelZhHans,
        String labelZhHant,
        List<String> aliases,
        Map<String, Double> cues,
        List<String> related,
        boolean labelsAreCues) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!id.equals(Taxonomy.slug(label))) {
            throw new IllegalArgumentException("topic id " + id + " is not the slug of its label '" + label + "'");
        }
        if (labelZhHans == null || labelZhHans.isBlank() || labelZhHant == null || labelZhHant.isBlank()) {
            throw new IllegalArgumentException("topic " + id + " needs Simplified and Traditional Chinese labels");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        cues = cues == null ? Map.of() : Map.copyOf(cues);
        related = related == null ? List.of() : List.copyOf(related);
        for (Map.Entry<String, Double> cue : cues.entrySet()) {
            if (cue.getKey().isBlank() || !(cue.getValue() > 0 && cue.getValue() <= 1)) {
                throw new IllegalArgumentException(
                        "topic " + id + ": cue '" + cue.getKey() + "' needs a weight in (0, 1], has " + cue.getValue());
            }
        }
        if (related.contains(id)) {
            throw new IllegalArgumentException("topic " + id + " lists itself as related");
        }
    }

    /** Every name of the topic: the three labels and the aliases. */
    public List<String> names() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>(List.of(label, labelZhHans, labelZhHant));
        names.addAll(aliases);
        return names;
    }
}
