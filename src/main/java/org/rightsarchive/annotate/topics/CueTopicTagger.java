package org.rightsarchive.annotate.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;

/**
 * The transparent topic tagger: weighted cue terms of the taxonomy found in the main text (Traditional folded to
 * Simplified, one Aho-Corasick pass per paragraph), plus entity signals ({@link EntitySignals}). A topic is tagged
 * when its summed weight reaches the threshold, or when a defining cue (an explicit cue of weight 1, such as "black
 * jail" or "inciting subversion") or signal is found. Its score is {@code w / (w + 1)} (0.5 at a weight of 1), its
 * evidence the cue terms as the page wrote them and the entity signals. Reads {@link ExtractedPage#paragraphs()}
 * only, never the title or site chrome.
 * Thread-safe.
 */
public final class CueTopicTagger implements Recognizers.TopicTagger {
    /**
     * Default weight a topic needs without a defining cue: a label and a little more (a repetition, a second cue), or
     * several weaker cues. Chosen with {@code archive eval topics --threshold} on the bundled corpus and the Citizen
     * News tags (see the README).
     */
    public static final double DEFAULT_THRESHOLD = 1.2;

    /** Most evidence strings kept per topic. */
    static final int MAX_EVIDENCE = 6;

    private final Taxonomy taxonomy;
    private final CueMatcher matcher;
    private final double threshold;

    /** The tagger over the standard taxonomy with the default threshold, built once per process. */
    public static CueTopicTagger standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final CueTopicTagger INSTANCE = new CueTopicTagger(Taxonomy.standard(), DEFAULT_THRESHOLD);
    }

    public CueTopicTagger(Taxonomy taxonomy, double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive: " + threshold);
        }
        this.taxonomy = taxonomy;
        this.matcher = new CueMatcher(taxonomy);
        this.threshold = threshold;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    @Override
    public List<TopicTag> tag(ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        return tags(evidence(page, people, places, events));
    }

    /** The summed rule weight of every topic with any evidence on the page (tagged or not), by topic id. */
    public Map<String, Double> weights(
            ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        return weights(evidence(page, people, places, events));
    }

    /** What {@link #tag} and {@link #weights} give for one page. */
    record Reading(List<TopicTag> tags, Map<String, Double> weights) {}

    /** {@link #tag} and {@link #weights} from one gathering of the page's evidence, which both need. */
    Reading read(ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        Map<String, TopicEvidence> evidence = evidence(page, people, places, events);
        return new Reading(tags(evidence), weights(evidence));
    }

    private List<TopicTag> tags(Map<String, TopicEvidence> evidence) {
        List<TopicTag> tags = new ArrayList<>();
        for (Map.Entry<String, TopicEvidence> e : evidence.entrySet()) {
            double weight = e.getValue().weight();
            if (weight >= threshold || e.getValue().defining()) {
                tags.add(tag(
                        e.getKey(), TopicEvidence.score(weight), e.getValue().evidence(MAX_EVIDENCE)));
            }
        }
        tags.sort(Comparator.comparingDouble(TopicTag::score).reversed().thenComparing(TopicTag::id));
        return tags;
    }

    private static Map<String, Double> weights(Map<String, TopicEvidence> evidence) {
        Map<String, Double> out = new HashMap<>();
        evidence.forEach((id, ev) -> out.put(id, ev.weight()));
        return out;
    }

    TopicTag tag(String id, double score, List<String> evidence) {
        Topic t = taxonomy.byId(id).orElseThrow();
        return new TopicTag(id, t.label(), t.labelZhHans(), score, evidence);
    }

    private Map<String, TopicEvidence> evidence(
            ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        Map<String, TopicEvidence> byTopic = new HashMap<>();
        List<Topic> topics = taxonomy.all();
        for (Paragraph paragraph : page.paragraphs()) {
            String text = paragraph.text();
            List<CueMatcher.Hit> hits = withoutHitsInsideOtherDefiningHits(longestPerTopic(matcher.find(text)));
            for (CueMatcher.Hit hit : hits) {
                String id = topics.get(hit.topic()).id();
                byTopic.computeIfAbsent(id, k -> new TopicEvidence())
                        .addCue(hit.term(), hit.weight(), hit.explicit(), text.substring(hit.start(), hit.end()));
            }
        }
        for (EntitySignals.Signal s : EntitySignals.of(people, places, events)) {
            if (taxonomy.byId(s.topic()).isPresent()) {
                byTopic.computeIfAbsent(s.topic(), k -> new TopicEvidence()).addSignal(s.weight(), s.evidence());
            }
        }
        return byTopic;
    }

    /**
     * Drops hits that lie inside a longer defining hit of another topic: "subversion of state power" inside "inciting
     * subversion of state power", "Tiananmen" inside "Tiananmen Mothers" speak for the longer topic only.
     */
    static List<CueMatcher.Hit> withoutHitsInsideOtherDefiningHits(List<CueMatcher.Hit> hits) {
        List<CueMatcher.Hit> kept = new ArrayList<>(hits.size());
        for (CueMatcher.Hit h : hits) {
            boolean inside = false;
            for (CueMatcher.Hit g : hits) {
                if (g.topic() != h.topic()
                        && g.explicit()
                        && g.weight() >= 1
                        && g.start() <= h.start()
                        && h.end() <= g.end()
                        && g.end() - g.start() > h.end() - h.start()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * Drops hits that lie inside a longer hit of the same topic ("lawyer" inside "human rights lawyer"). A defining
     * cue inside a label ("inciting subversion" inside "Inciting Subversion Of State Power") makes the longer hit
     * defining.
     */
    static List<CueMatcher.Hit> longestPerTopic(List<CueMatcher.Hit> hits) {
        List<CueMatcher.Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(CueMatcher.Hit::topic)
                .thenComparingInt(CueMatcher.Hit::start)
                .thenComparing(
                        Comparator.comparingInt((CueMatcher.Hit h) -> h.end()).reversed())
                .thenComparing(h -> !h.explicit())
                .thenComparing(
                        Comparator.comparingDouble(CueMatcher.Hit::weight).reversed()));
        List<CueMatcher.Hit> kept = new ArrayList<>();
        int topic = -1;
        int coveredTo = -1;
        for (CueMatcher.Hit h : sorted) {
            if (h.topic() != topic) {
                topic = h.topic();
                coveredTo = -1;
            }
            if (h.end() <= coveredTo) {
                CueMatcher.Hit cover = kept.get(kept.size() - 1);
                if (h.explicit() && h.weight() >= 1 && !cover.explicit()) {
                    kept.set(
                            kept.size() - 1,
                            new CueMatcher.Hit(
                                    cover.topic(), cover.term(), cover.weight(), true, cover.start(), cover.end()));
                }
                continue;
            }
            kept.add(h);
            coveredTo = Math.max(coveredTo, h.end());
        }
        return kept;
    }
}
