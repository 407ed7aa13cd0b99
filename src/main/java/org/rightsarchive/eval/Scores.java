package org.rightsarchive.eval;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 over labelled items, per label and micro/macro averaged. Add one comparison per
 * document ({@link #add(String, Set, Set)}), then read the figures.
 */
public final class Scores {
    private final Map<String, Counts> perLabel = new TreeMap<>();
    private final Counts micro = new Counts();

    /** Counts of one label. */
    public static final class Counts {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return falsePositives;
        }

        public int falseNegatives() {
            return falseNegatives;
        }

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 0 : (double) truePositives / expected;
        }

        public double f1() {
            return Scores.f1(precision(), recall());
        }

        /** {@code P 0.912 R 0.874 F1 0.893 (tp 80, fp 8, fn 12)}. */
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)",
                    precision(),
                    recall(),
                    f1(),
                    truePositives,
                    falsePositives,
                    falseNegatives);
        }
    }

    /** Records one document: what was expected and what was predicted, under one label each item. */
    public void add(String label, Set<String> expected, Set<String> predicted) {
        Counts c = perLabel.computeIfAbsent(label, k -> new Counts());
        for (String item : predicted) {
            if (expected.contains(item)) {
                c.truePositives++;
                micro.truePositives++;
            } else {
                c.falsePositives++;
                micro.falsePositives++;
            }
        }
        for (String item : expected) {
            if (!predicted.contains(item)) {
                c.falseNegatives++;
                micro.falseNegatives++;
            }
        }
    }

    /** Records multi-label predictions for one document: each label counts as an item of its own. */
    public void addLabels(Collection<String> expectedLabels, Collection<String> predictedLabels) {
        Set<String> all = new java.util.TreeSet<>(expectedLabels);
        all.addAll(predictedLabels);
        for (String label : all) {
            boolean e = expectedLabels.contains(label);
            boolean p = predictedLabels.contains(label);
            add(label, e ? Set.of("x") : Set.of(), p ? Set.of("x") : Set.of());
        }
    }

    /** Counts pooled over all labels. */
    public Counts micro() {
        return micro;
    }

    /** Mean of per-label F1, over labels that were expected or predicted at least once. */
    public double macroF1() {
        return perLabel.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** Per-label counts, sorted by label. */
    public Map<String, Counts> perLabel() {
        return java.util.Collections.unmodifiableMap(perLabel);
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
