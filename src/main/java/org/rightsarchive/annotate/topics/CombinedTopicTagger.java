package org.rightsarchive.annotate.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;

/**
 * The rule tagger with a learned model beside it. On pages in a language the model was trained on ({@link
 * LinearTopicModel#covers}), a topic the model knows is tagged when the rules tag it or the model's probability
 * reaches {@code threshold}; its score is the larger of the two and its evidence the rule evidence plus the features
 * that raised the probability most. Every other topic, and every topic on pages in other languages, comes from the
 * rules alone. Thread-safe.
 */
public final class CombinedTopicTagger implements Recognizers.TopicTagger {
    /** The shipped model's file, next to this class. */
    public static final String STANDARD_MODEL = "topic-model.tsv.gz";

    /** Probability the standard tagger needs from the model to tag. */
    public static final double STANDARD_THRESHOLD = 0.5;

    /** Most model features quoted as evidence. */
    static final int MODEL_REASONS = 4;

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

    /** The standard rules with the model shipped in the project's resources, built once per process. */
    public static CombinedTopicTagger standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final CombinedTopicTagger INSTANCE =
                new CombinedTopicTagger(CueTopicTagger.standard(), standardModel(), STANDARD_THRESHOLD);
    }

    /** The model shipped in the project's resources ({@link #STANDARD_MODEL}). */
    public static LinearTopicModel standardModel() {
        try (InputStream raw = CombinedTopicTagger.class.getResourceAsStream(STANDARD_MODEL)) {
            if (raw == null) {
                throw new IllegalStateException("topic model resource missing: " + STANDARD_MODEL);
            }
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            return LinearTopicModel.read(in, CueTopicTagger.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topic model " + STANDARD_MODEL, e);
        }
    }

    public LinearTopicModel model() {
        return model;
    }

    @Override
    public List<TopicTag> tag(ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        if (!model.covers(page.language())) {
            return rules.tag(page, people, places, events);
        }
        List<TopicTag> byRules;
        List<LinearTopicModel.Prediction> predictions;
        if (model.readsRulesOf(rules)) {
            // the model's rule features are this tagger's weights: gather the page's cue evidence once for both
            CueTopicTagger.Reading reading = rules.read(page, people, places, events);
            byRules = reading.tags();
            predictions = model.predict(page, people, places, events, reading.weights(), MODEL_REASONS, threshold);
        } else {
            byRules = rules.tag(page, people, places, events);
            predictions = model.predict(page, people, places, events, MODEL_REASONS, threshold);
        }
        Map<String, TopicTag> out = new LinkedHashMap<>();
        for (TopicTag t : byRules) {
            out.put(t.id(), t);
        }
        for (LinearTopicModel.Prediction p : predictions) {
            if (p.probability() < threshold) {
                continue;
            }
            TopicTag ruled = out.get(p.topic());
            List<String> evidence = new ArrayList<>(ruled == null ? List.of() : ruled.evidence());
            StringBuilder reasons = new StringBuilder(String.format(Locale.ROOT, "model p=%.2f", p.probability()));
            String sep = ": ";
            for (LinearTopicModel.Contribution c : p.reasons()) {
                reasons.append(sep).append(readable(c.feature()));
                sep = ", ";
            }
            evidence.add(reasons.toString());
            double score = Math.max(p.probability(), ruled == null ? 0 : ruled.score());
            out.put(p.topic(), rules.tag(p.topic(), score, evidence));
        }
        List<TopicTag> tags = new ArrayList<>(out.values());
        tags.sort(Comparator.comparingDouble(TopicTag::score).reversed().thenComparing(TopicTag::id));
        return tags;
    }

    /** {@code w=monk} as {@code monk}, {@code rule=tibet} as {@code cues of tibet}; entity facts as they are. */
    static String readable(String feature) {
        if (feature.startsWith(TopicFeatures.RULE)) {
            return "cues of " + feature.substring(TopicFeatures.RULE.length());
        }
        if (feature.length() > 2 && feature.charAt(1) == '=' && "wbh".indexOf(feature.charAt(0)) >= 0) {
            return feature.substring(2);
        }
        return feature;
    }
}
