package org.rightsarchive.eval;

import java.util.Locale;

/**
 * Precision, recall and F1 of one entity measure. Precision and recall may have different bases (on CECC summaries
 * the predictions are checked against every name of the database, the recall against the record's own person), so
 * the four counts are kept apart.
 *
 * @param label what is measured ({@code cecc people})
 * @param correctPredicted predictions that are right
 * @param predicted all predictions
 * @param foundExpected gold items found
 * @param expected all gold items
 */
public record EntityFigure(String label, int correctPredicted, int predicted, int foundExpected, int expected) {
    public EntityFigure {
        if (correctPredicted > predicted || foundExpected > expected || correctPredicted < 0 || foundExpected < 0) {
            throw new IllegalArgumentException("inconsistent counts for " + label);
        }
    }

    /** A figure over one set comparison, where a right prediction is a found gold item. */
    public static EntityFigure of(String label, Scores.Counts c) {
        return new EntityFigure(
                label,
                c.truePositives(),
                c.truePositives() + c.falsePositives(),
                c.truePositives(),
                c.truePositives() + c.falseNegatives());
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correctPredicted / predicted;
    }

    public double recall() {
        return expected == 0 ? 0 : (double) foundExpected / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {@code cecc people            P 0.912 R 0.874 F1 0.893  (880/965 predicted right, 874/1000 gold found)}. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%-28s P %.3f  R %.3f  F1 %.3f  (%d/%d predicted right, %d/%d gold found)",
                label,
                precision(),
                recall(),
                f1(),
                correctPredicted,
                predicted,
                foundExpected,
                expected);
    }
}
