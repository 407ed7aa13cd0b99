package org.rightsarchive.annotate.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;

/**
 * The rule tagger with a learned model on top: for the topics the model knows, the model decides (its probability is
 * the score, at least {@code threshold} to tag) and the rule evidence is kept as evidence; every other topic comes
 * from the rules alone. Thread-safe.
 */
public final class CombinedTopicTagger implements Recognizers.TopicTagger {
    private final CueTopicTagger rules;
    private final LinearTopicModel model;
    private final double threshold;

    public CombinedTopicTagger(CueTopicTagger rules, LinearTopicModel model, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        this.rules = rules;
        this.model = model;
        this.threshold = threshold;
    }

    @Override
    public List<TopicTag> tag(ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        Map<String, TopicTag> byRules = new LinkedHashMap<>();
        for (TopicTag t : rules.tag(page, people, places, events)) {
            byRules.put(t.id(), t);
        }
        List<TopicTag> out = new ArrayList<>();
        for (TopicTag t : byRules.values()) {
            if (!model.topics().contains(t.id())) {
                out.add(t);
            }
        }
        Map<String, Double> p = model.probabilities(page, people, places, events);
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (e.getValue() >= threshold) {
                TopicTag ruled = byRules.get(e.getKey());
                List<String> evidence = new ArrayList<>(ruled == null ? List.of() : ruled.evidence());
                evidence.add(String.format(java.util.Locale.ROOT, "model p=%.2f", e.getValue()));
                out.add(rules.tag(e.getKey(), e.getValue(), evidence));
            }
        }
        out.sort(Comparator.comparingDouble(TopicTag::score).reversed().thenComparing(TopicTag::id));
        return out;
    }
}
