package org.rightsarchive.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;
import org.rightsarchive.annotate.topics.CueTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;

/** Scores topic taggers on labelled pages: per topic and micro/macro precision, recall and F1 within a scope. */
public final class TopicEvaluation {
    private TopicEvaluation() {}

    /**
     * Tags every page and compares with its gold topics, counting only topics in {@code scope} (the topics the gold
     * mapping can reach), or every topic when scope is null.
     */
    public static Scores score(Recognizers.TopicTagger tagger, List<LabelledPage> pages, Set<String> scope) {
        Scores scores = new Scores();
        for (LabelledPage p : pages) {
            scores.addLabels(within(p.gold(), scope), within(predict(tagger, p), scope));
        }
        return scores;
    }

    /**
     * K-fold cross-validation of the rules plus a learned model: page {@code i} falls in fold {@code i % folds}; each
     * fold is tagged by a model trained on the other folds only, so no page is scored by a model that saw it: the
     * estimate, for pages the model has not seen, of the shipped model trained the same way on all of them.
     */
    public static Scores crossValidate(
            CueTopicTagger rules,
            List<LabelledPage> pages,
            Set<String> scope,
            int folds,
            LinearTopicModel.Settings settings,
            double modelThreshold) {
        if (folds < 2 || folds > pages.size()) {
            throw new IllegalArgumentException("cross-validation needs 2 to " + pages.size() + " folds: " + folds);
        }
        Scores scores = new Scores();
        for (int k = 0; k < folds; k++) {
            List<LabelledPage> train = new ArrayList<>();
            List<LabelledPage> test = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                (i % folds == k ? test : train).add(pages.get(i));
            }
            CombinedTopicTagger tagger = combined(rules, train, scope, settings, modelThreshold);
            for (LabelledPage p : test) {
                scores.addLabels(within(p.gold(), scope), within(predict(tagger, p), scope));
            }
        }
        return scores;
    }

    /** The rules plus a model of the {@code topics} trained on {@code train}, as the standard tagger combines them. */
    public static CombinedTopicTagger combined(
            CueTopicTagger rules,
            List<LabelledPage> train,
            Set<String> topics,
            LinearTopicModel.Settings settings,
            double modelThreshold) {
        LinearTopicModel model = train(rules, train, topics, settings, train.size() + " labelled pages");
        return new CombinedTopicTagger(rules, model, modelThreshold);
    }

    /** A model of the {@code topics} trained on the labelled pages. */
    public static LinearTopicModel train(
            CueTopicTagger rules,
            List<LabelledPage> train,
            Set<String> topics,
            LinearTopicModel.Settings settings,
            String provenance) {
        List<LinearTopicModel.Example> examples = train.stream()
                .map(p -> new LinearTopicModel.Example(p.page(), p.people(), p.places(), p.events(), p.gold()))
                .toList();
        return LinearTopicModel.train(rules, topics, examples, settings, provenance);
    }

    private static Set<String> predict(Recognizers.TopicTagger tagger, LabelledPage p) {
        return tagger.tag(p.page(), p.people(), p.places(), p.events()).stream()
                .map(TopicTag::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> within(Set<String> topics, Set<String> scope) {
        if (scope == null) {
            return topics;
        }
        Set<String> out = new TreeSet<>(topics);
        out.retainAll(scope);
        return out;
    }

    /** Prints, page by page, the topics the tagger missed ({@code -}) and added ({@code +}), with the evidence. */
    public static void printDetails(PrintStream out, Recognizers.TopicTagger tagger, List<LabelledPage> pages) {
        for (LabelledPage p : pages) {
            List<TopicTag> tags = tagger.tag(p.page(), p.people(), p.places(), p.events());
            Set<String> predicted = tags.stream().map(TopicTag::id).collect(Collectors.toCollection(TreeSet::new));
            Set<String> missed = new TreeSet<>(p.gold());
            missed.removeAll(predicted);
            StringBuilder line = new StringBuilder(p.id());
            missed.forEach(t -> line.append("  -").append(t));
            for (TopicTag t : tags) {
                if (!p.gold().contains(t.id())) {
                    line.append(String.format(Locale.ROOT, "  +%s %.2f %s", t.id(), t.score(), t.evidence()));
                }
            }
            out.println(line);
        }
    }

    /** Prints one evaluation: a line per topic, then micro and macro figures. */
    public static void print(PrintStream out, String title, int pages, Scores scores) {
        out.printf(Locale.ROOT, "%n== %s (%d pages)%n", title, pages);
        out.printf(Locale.ROOT, "%-42s %6s %6s %6s %5s %5s %5s%n", "topic", "P", "R", "F1", "tp", "fp", "fn");
        for (Map.Entry<String, Scores.Counts> e : scores.perLabel().entrySet()) {
            Scores.Counts c = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "%-42s %6.3f %6.3f %6.3f %5d %5d %5d%n",
                    e.getKey(),
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.truePositives(),
                    c.falsePositives(),
                    c.falseNegatives());
        }
        out.printf(Locale.ROOT, "micro  %s%n", scores.micro());
        out.printf(Locale.ROOT, "macro  F1 %.3f%n", scores.macroF1());
    }
}
