package org.rightsarchive.annotate.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule evidence gathered for one topic on one page: distinct cues with their weight and first surface form, how
 * often they recur, and entity signals. Not thread-safe; one per topic per page.
 */
final class TopicEvidence {
    /** How much each repetition of a cue adds, as a share of its weight. */
    static final double REPEAT_SHARE = 0.15;

    /** At most this many repetitions of one cue count. */
    static final int MAX_REPEATS = 3;

    /**
     * A topic with a single piece of evidence (one mention, one signal) keeps this share of its weight, unless that
     * evidence is a defining cue (an explicit cue of weight 1, such as a charge: "subversion of state power").
     */
    static final double SINGLE_MENTION_SHARE = 0.8;

    /** Entity signals together add at most this much. */
    static final double MAX_ENTITY_WEIGHT = 1.2;

    private final Map<String, Double> cueWeights = new LinkedHashMap<>();
    private final Map<String, String> surfaces = new LinkedHashMap<>();
    private final Map<String, Integer> repeats = new LinkedHashMap<>();
    private final List<String> entityEvidence = new ArrayList<>();
    private double entityWeight;
    private int mentions;
    private boolean defining;

    void addCue(String term, double weight, boolean explicit, String surface) {
        mentions++;
        defining |= explicit && weight >= 1;
        if (cueWeights.containsKey(term)) {
            repeats.merge(term, 1, Integer::sum);
            return;
        }
        cueWeights.put(term, weight);
        surfaces.put(term, surface);
    }

    void addSignal(double weight, String evidence) {
        mentions++;
        defining |= weight >= 1;
        entityWeight += weight;
        if (!entityEvidence.contains(evidence)) {
            entityEvidence.add(evidence);
        }
    }

    /**
     * The summed weight: distinct cues, a share for repetitions, and entity signals (capped); a lone mention is
     * discounted, so a topic named once in passing is not tagged on that alone.
     */
    double weight() {
        double w = 0;
        for (Map.Entry<String, Double> e : cueWeights.entrySet()) {
            int extra = Math.min(MAX_REPEATS, repeats.getOrDefault(e.getKey(), 0));
            w += e.getValue() * (1 + REPEAT_SHARE * extra);
        }
        w += Math.min(MAX_ENTITY_WEIGHT, entityWeight);
        return mentions == 1 && !defining ? w * SINGLE_MENTION_SHARE : w;
    }

    /** Whether a defining cue or signal (explicit, weight 1) was found: enough to tag on its own. */
    boolean defining() {
        return defining;
    }

    /** Weight mapped into [0, 1): w / (w + 1), so the default threshold of weight 1 is a score of 0.5. */
    static double score(double weight) {
        return weight <= 0 ? 0 : weight / (weight + 1);
    }

    /** Surface forms of the cues, heaviest first (case-insensitively distinct), then the entity evidence. */
    List<String> evidence(int max) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        cueWeights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> surfaces.get(e.getKey()))
                .filter(s -> seen.add(s.toLowerCase(Locale.ROOT)))
                .forEach(out::add);
        out.addAll(entityEvidence);
        return out.size() > max ? List.copyOf(out.subList(0, max)) : List.copyOf(out);
    }
}
