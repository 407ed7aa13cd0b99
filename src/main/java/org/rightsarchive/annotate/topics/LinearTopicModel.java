package org.rightsarchive.annotate.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.extract.ExtractedPage;

/**
 * One-vs-rest logistic regression over {@link TopicFeatures} (hashed words, character pairs, entity facts and the
 * rule tagger's weights), trained with AdaGrad on labelled pages. Learns only the topics its training data has;
 * training is deterministic for a given seed. Immutable and thread-safe after training.
 */
public final class LinearTopicModel {
    /** A labelled page for training. */
    public record Example(
            ExtractedPage page, List<Person> people, List<Place> places, List<Event> events, Set<String> topics) {
        public Example {
            people = List.copyOf(people);
            places = List.copyOf(places);
            events = List.copyOf(events);
            topics = Set.copyOf(topics);
        }
    }

    /** Training settings. */
    public record Settings(int epochs, double learningRate, double l2, long seed) {
        /** Settings measured to work on the CECC development records. */
        public static final Settings DEFAULT = new Settings(8, 0.5, 1e-6, 20260101L);

        public Settings {
            if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0)) {
                throw new IllegalArgumentException("bad training settings");
            }
        }
    }

    private final CueTopicTagger rules;
    private final List<String> topics;
    private final float[][] weights;
    private final float[] bias;

    private LinearTopicModel(CueTopicTagger rules, List<String> topics, float[][] weights, float[] bias) {
        this.rules = rules;
        this.topics = List.copyOf(topics);
        this.weights = weights;
        this.bias = bias;
    }

    /** Trains a model of the given topics on the examples; the rule tagger's weights become features. */
    public static LinearTopicModel train(
            CueTopicTagger rules, Collection<String> topics, List<Example> examples, Settings settings) {
        List<String> labels = List.copyOf(new java.util.TreeSet<>(topics));
        List<TopicFeatures.Vector> vectors = new ArrayList<>(examples.size());
        for (Example e : examples) {
            vectors.add(features(rules, e.page(), e.people(), e.places(), e.events()));
        }
        int dims = TopicFeatures.DIMENSIONS;
        float[][] w = new float[labels.size()][dims];
        float[][] g2 = new float[labels.size()][dims];
        float[] b = new float[labels.size()];
        float[] bg2 = new float[labels.size()];
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        float rate = (float) settings.learningRate();
        float l2 = (float) settings.l2();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                TopicFeatures.Vector x = vectors.get(i);
                Set<String> gold = examples.get(i).topics();
                for (int k = 0; k < labels.size(); k++) {
                    double p = sigmoid(dot(w[k], x) + b[k]);
                    float grad = (float) (p - (gold.contains(labels.get(k)) ? 1 : 0));
                    int[] idx = x.index();
                    float[] val = x.value();
                    for (int j = 0; j < idx.length; j++) {
                        int d = idx[j];
                        float g = grad * val[j] + l2 * w[k][d];
                        g2[k][d] += g * g;
                        w[k][d] -= rate * g / (float) Math.sqrt(g2[k][d] + 1e-8f);
                    }
                    bg2[k] += grad * grad;
                    b[k] -= rate * grad / (float) Math.sqrt(bg2[k] + 1e-8f);
                }
            }
        }
        return new LinearTopicModel(rules, labels, w, b);
    }

    /** The topics the model knows, sorted. */
    public List<String> topics() {
        return topics;
    }

    /** The probability of each known topic for the page. */
    public Map<String, Double> probabilities(
            ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        TopicFeatures.Vector x = features(rules, page, people, places, events);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < topics.size(); k++) {
            out.put(topics.get(k), sigmoid(dot(weights[k], x) + bias[k]));
        }
        return out;
    }

    private static TopicFeatures.Vector features(
            CueTopicTagger rules, ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        return TopicFeatures.of(page, people, places, events, rules.weights(page, people, places, events));
    }

    private static double dot(float[] w, TopicFeatures.Vector x) {
        double s = 0;
        int[] idx = x.index();
        float[] val = x.value();
        for (int j = 0; j < idx.length; j++) {
            s += w[idx[j]] * val[j];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
