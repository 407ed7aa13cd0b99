package org.rightsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;
import org.rightsarchive.annotate.topics.CueTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;
import org.rightsarchive.eval.CeccTopics;
import org.rightsarchive.eval.CorpusTopics;
import org.rightsarchive.eval.LabelledPage;
import org.rightsarchive.eval.PublisherTagTopics;
import org.rightsarchive.eval.Scores;
import org.rightsarchive.eval.SharedData;
import org.rightsarchive.eval.TopicEvaluation;
import org.rightsarchive.extract.ExtractedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code archive eval topics}: per-topic and micro/macro precision, recall and F1 of the topic tagger on (a) the CECC
 * development records (rules alone, and rules plus the learned model cross-validated), (b) publisher tags of the real
 * corpora under {@code ../shared}, (c) the bundled corpus gold. Parts whose data is absent are skipped with a note.
 */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Score the topic tagger against gold data.")
public final class EvalTopicsCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "bundled corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus = ArchivePaths.corpus();

    @Option(names = "--folds", description = "cross-validation folds on CECC (default: ${DEFAULT-VALUE})")
    int folds = 5;

    @Option(
            names = "--entities",
            description = "entities given to the tagger on corpus pages: pipeline (the standard recognizers) or none"
                    + " (default: ${DEFAULT-VALUE})")
    String entities = "pipeline";

    @Option(names = "--threshold", description = "rule weight a topic needs (default: ${DEFAULT-VALUE})")
    double threshold = CueTopicTagger.DEFAULT_THRESHOLD;

    @Option(names = "--model-threshold", description = "probability the model needs to tag (default: ${DEFAULT-VALUE})")
    double modelThreshold = CombinedTopicTagger.STANDARD_THRESHOLD;

    @Option(names = "--skip-cecc", description = "skip the CECC part (the slowest)")
    boolean skipCecc;

    @Option(names = "--details", description = "also print each bundled corpus page's missed and extra topics")
    boolean details;

    @Override
    public Integer call() throws IOException {
        if (!(threshold > 0)) {
            throw new UserError("--threshold must be positive");
        }
        if (!(modelThreshold > 0 && modelThreshold < 1)) {
            throw new UserError("--model-threshold must be between 0 and 1");
        }
        if (folds < 2) {
            throw new UserError("--folds must be at least 2");
        }
        Function<ExtractedPage, Annotations> stage =
                switch (entities) {
                    case "pipeline" -> entityStage(StandardAnnotators.create());
                    case "none" -> page -> Annotations.EMPTY;
                    default -> throw new UserError("--entities must be 'pipeline' or 'none', not '" + entities + "'");
                };
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CueTopicTagger rules = threshold == CueTopicTagger.DEFAULT_THRESHOLD
                ? CueTopicTagger.standard()
                : new CueTopicTagger(org.rightsarchive.annotate.topics.Taxonomy.standard(), threshold);
        CombinedTopicTagger standard =
                new CombinedTopicTagger(rules, CombinedTopicTagger.standardModel(), modelThreshold);
        out.println("shipped model: " + standard.model().provenance() + ", "
                + standard.model().vocabularySize() + " features, threshold " + modelThreshold);

        Optional<Path> cecc = skipCecc ? Optional.empty() : SharedData.resolve(CeccTopics.DEV_FILE);
        if (cecc.isPresent()) {
            List<LabelledPage> records = CeccTopics.read(cecc.get());
            TopicEvaluation.print(
                    out,
                    "(a) CECC dev, rules only",
                    records.size(),
                    TopicEvaluation.score(rules, records, CeccTopics.topics()));
            TopicEvaluation.print(
                    out,
                    "(a) CECC dev, rules + model, " + folds + "-fold cross-validated (the estimate for unseen records)",
                    records.size(),
                    TopicEvaluation.crossValidate(
                            rules,
                            records,
                            CeccTopics.topics(),
                            folds,
                            LinearTopicModel.Settings.DEFAULT,
                            modelThreshold));
            TopicEvaluation.print(
                    out,
                    "(a) CECC dev, standard tagger (its model was trained on these records: not an estimate)",
                    records.size(),
                    TopicEvaluation.score(standard, records, CeccTopics.topics()));
        } else {
            out.println("(a) CECC: skipped, ../shared/" + CeccTopics.DEV_FILE + " not found");
        }

        Optional<Path> hkcnews = SharedData.resolve(PublisherTagTopics.HKCNEWS);
        if (hkcnews.isPresent()) {
            List<LabelledPage> pages = PublisherTagTopics.hkcnews(hkcnews.get(), stage);
            long start = System.nanoTime();
            Scores scores = TopicEvaluation.score(standard, pages, PublisherTagTopics.hkcnewsTopics());
            long millis = (System.nanoTime() - start) / 1_000_000;
            TopicEvaluation.print(out, "(b) Citizen News HK publisher tags, standard tagger", pages.size(), scores);
            long chars = pages.stream().mapToLong(p -> p.page().text().length()).sum();
            out.printf(
                    java.util.Locale.ROOT,
                    "tagging speed: %d pages (%.1f M chars) in %d ms, one thread%n",
                    pages.size(),
                    chars / 1e6,
                    millis);
        } else {
            out.println("(b) Citizen News: skipped, ../shared/" + PublisherTagTopics.HKCNEWS + " not found");
        }
        Optional<Path> jasic = SharedData.resolve(PublisherTagTopics.JASIC);
        if (jasic.isPresent()) {
            List<LabelledPage> pages = PublisherTagTopics.jasic(jasic.get(), stage);
            TopicEvaluation.print(
                    out,
                    "(b) Jasic site (every post labor-rights), standard tagger",
                    pages.size(),
                    TopicEvaluation.score(standard, pages, java.util.Set.of("labor-rights")));
        } else {
            out.println("(b) Jasic: skipped, ../shared/" + PublisherTagTopics.JASIC + " not found");
        }

        if (Files.isRegularFile(corpus.resolve(CorpusTopics.GOLD))) {
            List<LabelledPage> pages = CorpusTopics.read(corpus, stage);
            TopicEvaluation.print(
                    out,
                    "(c) bundled corpus gold, rules only",
                    pages.size(),
                    TopicEvaluation.score(rules, pages, null));
            TopicEvaluation.print(
                    out,
                    "(c) bundled corpus gold, standard tagger",
                    pages.size(),
                    TopicEvaluation.score(standard, pages, null));
            if (details) {
                TopicEvaluation.printDetails(out, standard, pages);
            }
        } else {
            out.println("(c) corpus: skipped, " + corpus.resolve(CorpusTopics.GOLD) + " not found");
        }
        return 0;
    }

    private static Function<ExtractedPage, Annotations> entityStage(AnnotationPipeline pipeline) {
        return pipeline::annotate;
    }
}
