package org.rightsarchive.annotate.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.lang.Language;

/**
 * One-vs-rest logistic regression over {@link TopicFeatures} (words, word pairs, character pairs, entity facts and
 * the rule tagger's weights), trained with AdaGrad on labelled pages. Its vocabulary holds only the features found in
 * at least {@link Settings#minDocuments()} training pages, so a stored model keeps no rare string of its training
 * data (no one person's name, no one record's wording). Learns only the topics its training data has and claims only
 * the page languages its training text was written in ({@link #covers}). Training is deterministic for a given seed;
 * a model is immutable and thread-safe. Stored as a tab-separated text ({@link #write}, {@link #read}).
 */
public final class LinearTopicModel {
    /** First line of a stored model. */
    static final String FORMAT = "rights-archive-topic-model\t1";

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
    public record Settings(int epochs, double learningRate, double l2, int minDocuments, long seed) {
        /** Settings measured to work on the CECC development records. */
        public static final Settings DEFAULT = new Settings(8, 0.5, 1e-6, 5, 20260101L);

        public Settings {
            if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0) || minDocuments < 1) {
                throw new IllegalArgumentException("bad training settings");
            }
        }
    }

    /** A feature's part in one probability: its name and weight times value. */
    public record Contribution(String feature, double amount) {}

    /** One topic's probability on a page and the features that raised it most. */
    public record Prediction(String topic, double probability, List<Contribution> reasons) {
        public Prediction {
            reasons = List.copyOf(reasons);
        }
    }

    /** Sparse page vector over the vocabulary rows. */
    private record Vector(int[] rows, float[] values) {}

    private final CueTopicTagger rules;
    private final List<String> topics;
    private final Map<String, Integer> vocabulary;
    private final String[] features;
    private final float[][] weights;
    private final float[] bias;
    private final Set<Language> languages;
    private final String provenance;

    private LinearTopicModel(
            CueTopicTagger rules,
            List<String> topics,
            String[] features,
            float[][] weights,
            float[] bias,
            Set<Language> languages,
            String provenance) {
        this.rules = rules;
        this.topics = List.copyOf(topics);
        this.features = features;
        this.weights = weights;
        this.bias = bias;
        this.languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
        this.provenance = provenance;
        this.vocabulary = new HashMap<>(features.length * 2);
        for (int i = 0; i < features.length; i++) {
            vocabulary.put(features[i], i);
        }
    }

    /** Trains a model of the given topics on the examples; the rule tagger's weights become features. */
    public static LinearTopicModel train(
            CueTopicTagger rules, Collection<String> topics, List<Example> examples, Settings settings) {
        return train(rules, topics, examples, settings, examples.size() + " labelled pages");
    }

    /** As {@link #train(CueTopicTagger, Collection, List, Settings)}, recording where the examples came from. */
    public static LinearTopicModel train(
            CueTopicTagger rules,
            Collection<String> topics,
            List<Example> examples,
            Settings settings,
            String provenance) {
        List<String> labels = List.copyOf(new TreeSet<>(topics));
        List<Map<String, Float>> raw = new ArrayList<>(examples.size());
        Map<String, Integer> documents = new HashMap<>();
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (Example e : examples) {
            Map<String, Float> counts = TopicFeatures.counts(e.page(), e.people(), e.places(), e.events());
            counts.putAll(TopicFeatures.rules(rules.weights(e.page(), e.people(), e.places(), e.events())));
            raw.add(counts);
            counts.keySet().forEach(f -> documents.merge(f, 1, Integer::sum));
            if (!e.page().paragraphs().isEmpty()) {
                languages.add(e.page().language());
            }
        }
        String[] features = documents.entrySet().stream()
                .filter(d -> d.getValue() >= settings.minDocuments())
                .map(Map.Entry::getKey)
                .sorted()
                .toArray(String[]::new);
        float[][] w = new float[features.length][labels.size()];
        LinearTopicModel model =
                new LinearTopicModel(rules, labels, features, w, new float[labels.size()], languages, provenance);
        List<Vector> vectors = raw.stream().map(model::vector).toList();
        model.fit(vectors, examples, settings);
        return model;
    }

    private void fit(List<Vector> vectors, List<Example> examples, Settings settings) {
        float[][] g2 = new float[features.length][topics.size()];
        float[] bg2 = new float[topics.size()];
        int[] order = new int[examples.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(settings.seed());
        float rate = (float) settings.learningRate();
        float l2 = (float) settings.l2();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                Vector x = vectors.get(i);
                Set<String> gold = examples.get(i).topics();
                for (int k = 0; k < topics.size(); k++) {
                    double p = sigmoid(dot(k, x));
                    float grad = (float) (p - (gold.contains(topics.get(k)) ? 1 : 0));
                    for (int j = 0; j < x.rows().length; j++) {
                        int r = x.rows()[j];
                        float g = grad * x.values()[j] + l2 * weights[r][k];
                        g2[r][k] += g * g;
                        weights[r][k] -= rate * g / (float) StrictMath.sqrt(g2[r][k] + 1e-8f);
                    }
                    bg2[k] += grad * grad;
                    bias[k] -= rate * grad / (float) StrictMath.sqrt(bg2[k] + 1e-8f);
                }
            }
        }
    }

    /** The topics the model knows, sorted. */
    public List<String> topics() {
        return topics;
    }

    /** Number of features in the vocabulary. */
    public int vocabularySize() {
        return features.length;
    }

    /** Where the training pages came from, as recorded at training time. */
    public String provenance() {
        return provenance;
    }

    /** Whether the model's training text was in this language (outside it only its bias and entities would speak). */
    public boolean covers(Language language) {
        return languages.contains(language);
    }

    /** The probability of each known topic for the page. */
    public Map<String, Double> probabilities(
            ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        Vector x = vector(page, people, places, events);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < topics.size(); k++) {
            out.put(topics.get(k), sigmoid(dot(k, x)));
        }
        return out;
    }

    /**
     * Every known topic's probability for the page, with the features that raise it most (largest first, at most
     * {@code maxReasons}) for the topics whose probability reaches {@code explainFrom}, from one pass over the page.
     */
    public List<Prediction> predict(
            ExtractedPage page,
            List<Person> people,
            List<Place> places,
            List<Event> events,
            int maxReasons,
            double explainFrom) {
        return predict(
                page, people, places, events, rules.weights(page, people, places, events), maxReasons, explainFrom);
    }

    /**
     * {@link #predict(ExtractedPage, List, List, List, int, double)} with the page's rule weights already read by
     * this model's rule tagger ({@link #readsRulesOf}).
     */
    List<Prediction> predict(
            ExtractedPage page,
            List<Person> people,
            List<Place> places,
            List<Event> events,
            Map<String, Double> ruleWeights,
            int maxReasons,
            double explainFrom) {
        Vector x = vector(page, people, places, events, ruleWeights);
        List<Prediction> out = new ArrayList<>(topics.size());
        for (int k = 0; k < topics.size(); k++) {
            double p = sigmoid(dot(k, x));
            out.add(new Prediction(topics.get(k), p, p >= explainFrom ? strongest(k, x, maxReasons) : List.of()));
        }
        return out;
    }

    /** The {@code max} largest positive contributions to topic {@code k}, by insertion into a short sorted array. */
    private List<Contribution> strongest(int k, Vector x, int max) {
        int[] best = new int[max];
        double[] amounts = new double[max];
        int size = 0;
        for (int j = 0; j < x.rows().length; j++) {
            double amount = (double) weights[x.rows()[j]][k] * x.values()[j];
            if (amount <= 0 || (size == max && amount <= amounts[max - 1])) {
                continue;
            }
            int i = size < max ? size++ : max - 1;
            while (i > 0 && amounts[i - 1] < amount) {
                amounts[i] = amounts[i - 1];
                best[i] = best[i - 1];
                i--;
            }
            amounts[i] = amount;
            best[i] = x.rows()[j];
        }
        List<Contribution> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Contribution(features[best[i]], amounts[i]));
        }
        return out;
    }

    /** Whether this model's rule features are the weights of exactly this rule tagger. */
    boolean readsRulesOf(CueTopicTagger tagger) {
        return rules == tagger;
    }

    private Vector vector(ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        return vector(page, people, places, events, rules.weights(page, people, places, events));
    }

    private Vector vector(
            ExtractedPage page,
            List<Person> people,
            List<Place> places,
            List<Event> events,
            Map<String, Double> ruleWeights) {
        Map<String, Float> counts = TopicFeatures.counts(page, people, places, events);
        counts.putAll(TopicFeatures.rules(ruleWeights));
        return vector(counts);
    }

    /** Text and entity counts scaled by log1p and L2-normalized over the known ones; rule features as they are. */
    private Vector vector(Map<String, Float> counts) {
        int[] rows = new int[counts.size()];
        float[] values = new float[counts.size()];
        boolean[] rule = new boolean[counts.size()];
        int n = 0;
        double norm = 0;
        for (Map.Entry<String, Float> e : counts.entrySet()) {
            Integer row = vocabulary.get(e.getKey());
            if (row == null) {
                continue;
            }
            rows[n] = row;
            rule[n] = e.getKey().startsWith(TopicFeatures.RULE);
            values[n] = rule[n] ? e.getValue() : (float) Math.log1p(e.getValue());
            if (!rule[n]) {
                norm += values[n] * values[n];
            }
            n++;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        // sorted by row, so sums run in one order whatever the map's: the same model file from the same data
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            float v = rule[i] ? values[i] : values[i] * scale;
            packed[i] = ((long) rows[i] << 32) | (Float.floatToRawIntBits(v) & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        int[] sortedRows = new int[n];
        float[] sortedValues = new float[n];
        for (int i = 0; i < n; i++) {
            sortedRows[i] = (int) (packed[i] >>> 32);
            sortedValues[i] = Float.intBitsToFloat((int) packed[i]);
        }
        return new Vector(sortedRows, sortedValues);
    }

    private double dot(int k, Vector x) {
        double s = bias[k];
        for (int j = 0; j < x.rows().length; j++) {
            s += weights[x.rows()[j]][k] * x.values()[j];
        }
        return s;
    }

    /**
     * Stores the model: a format line, provenance, languages, topics and biases, then one line per feature with a
     * weight per topic (features whose weights all round to zero are left out).
     */
    public void write(Writer out) throws IOException {
        out.write(FORMAT + "\n");
        out.write("provenance\t" + provenance.replaceAll("[\t\r\n]+", " ") + "\n");
        out.write("languages\t"
                + String.join(
                        "\t", languages.stream().map(Language::tag).sorted().toList()) + "\n");
        out.write("topics\t" + String.join("\t", topics) + "\n");
        out.write("bias" + row(bias) + "\n");
        for (int r = 0; r < features.length; r++) {
            String line = row(weights[r]);
            if (!line.matches("(\t-?0\\.0000)+")) {
                out.write(features[r] + line + "\n");
            }
        }
    }

    private static String row(float[] values) {
        StringBuilder s = new StringBuilder();
        for (float v : values) {
            s.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
        }
        return s.toString();
    }

    /** Reads a model stored by {@link #write}; the rule tagger must be the one it was trained with. */
    public static LinearTopicModel read(BufferedReader in, CueTopicTagger rules) throws IOException {
        if (!FORMAT.equals(in.readLine())) {
            throw new IOException("not a topic model (expected '" + FORMAT.replace('\t', ' ') + "' first)");
        }
        String provenance = field(in.readLine(), "provenance").get(0);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        field(in.readLine(), "languages").stream()
                .filter(t -> !t.isEmpty())
                .forEach(t -> languages.add(Language.fromTag(t)));
        List<String> topics = field(in.readLine(), "topics");
        float[] bias = floats(field(in.readLine(), "bias"), topics.size());
        List<String> names = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("bad feature line " + (names.size() + 6) + ": " + line);
            }
            names.add(line.substring(0, tab));
            rows.add(floats(List.of(line.substring(tab + 1).split("\t", -1)), topics.size()));
        }
        return new LinearTopicModel(
                rules, topics, names.toArray(String[]::new), rows.toArray(float[][]::new), bias, languages, provenance);
    }

    private static List<String> field(String line, String name) throws IOException {
        if (line == null || !(line.equals(name) || line.startsWith(name + "\t"))) {
            throw new IOException("topic model: expected the '" + name + "' line, found: " + line);
        }
        return line.length() == name.length()
                ? List.of("")
                : List.of(line.substring(name.length() + 1).split("\t", -1));
    }

    private static float[] floats(List<String> values, int expected) throws IOException {
        if (values.size() != expected) {
            throw new IOException("topic model: " + values.size() + " weights where " + expected + " topics");
        }
        float[] out = new float[expected];
        for (int i = 0; i < expected; i++) {
            try {
                out[i] = Float.parseFloat(values.get(i));
            } catch (NumberFormatException e) {
                throw new IOException("topic model: bad weight '" + values.get(i) + "'", e);
            }
        }
        return out;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + StrictMath.exp(-z)); // StrictMath: the same model file on every JVM
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
