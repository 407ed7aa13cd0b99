package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;
import org.rightsarchive.annotate.topics.CueTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;

/**
 * The figures the README reports, measured again: the standard tagger (rules and the shipped model) and the rules
 * alone. Shared-data parts skip without {@code ../shared}. Corpus pages get no entities here, so the figures do not
 * move when the entity recognizers change.
 */
class TopicEffectivenessTest {
    private static final CueTopicTagger RULES = CueTopicTagger.standard();
    private static final CombinedTopicTagger STANDARD = CombinedTopicTagger.standard();

    private static Path shared(String relative) {
        Optional<Path> p = SharedData.resolve(relative);
        Assumptions.assumeTrue(p.isPresent(), "../shared/" + relative + " not found: skipping");
        return p.get();
    }

    /** The micro figures, exactly as the README prints them: {@code P 0.900 R 0.873 F1 0.886 (tp .., fp .., fn ..)}. */
    private static void assertFigures(Scores s, String expected) {
        assertEquals(expected, s.micro().toString());
    }

    private static List<LabelledPage> cecc() throws IOException {
        List<LabelledPage> records = CeccTopics.read(shared(CeccTopics.DEV_FILE));
        assertEquals(5146, records.size());
        return records;
    }

    @Test
    void ceccModelTrainedAsShippedReachesMicroF1OfAtLeast080OnRecordsItDidNotSee() throws IOException {
        Scores s = TopicEvaluation.crossValidate(
                RULES,
                cecc(),
                CeccTopics.topics(),
                5,
                LinearTopicModel.Settings.DEFAULT,
                CombinedTopicTagger.STANDARD_THRESHOLD);
        System.out.println("CECC rules + model, 5-fold: " + s.micro() + " macro F1 " + s.macroF1());
        assertTrue(s.micro().f1() >= 0.80, s.micro().toString());
        assertFigures(s, CECC_CROSS_VALIDATED);
    }

    @Test
    void ceccStandardTagger() throws IOException {
        Scores s = TopicEvaluation.score(STANDARD, cecc(), CeccTopics.topics());
        System.out.println("CECC standard tagger (trained on these records): " + s.micro());
        assertFigures(s, CECC_STANDARD);
    }

    @Test
    void ceccRulesAloneArePreciseButMissCeccsBroadCoding() throws IOException {
        Scores s = TopicEvaluation.score(RULES, cecc(), CeccTopics.topics());
        System.out.println("CECC rules: " + s.micro());
        assertFigures(s, CECC_RULES);
    }

    @Test
    void citizenNewsPublisherTags() throws IOException {
        List<LabelledPage> pages =
                PublisherTagTopics.hkcnews(shared(PublisherTagTopics.HKCNEWS), page -> Annotations.EMPTY);
        Scores s = TopicEvaluation.score(STANDARD, pages, PublisherTagTopics.hkcnewsTopics());
        System.out.println("Citizen News: " + s.micro());
        assertFigures(s, HKCNEWS);
        assertTrue(
                s.perLabel().get("june-fourth").f1() >= 0.8,
                s.perLabel().get("june-fourth").toString());
    }

    @Test
    void jasicPostsAreLaborRights() throws IOException {
        List<LabelledPage> pages =
                PublisherTagTopics.jasic(shared(PublisherTagTopics.JASIC), page -> Annotations.EMPTY);
        Scores s = TopicEvaluation.score(STANDARD, pages, Set.of("labor-rights"));
        System.out.println("Jasic: " + s.micro());
        assertFigures(s, JASIC);
    }

    @Test
    void bundledCorpusGold() throws IOException {
        List<LabelledPage> pages = CorpusTopics.read(Path.of("corpus"), page -> Annotations.EMPTY);
        Scores standard = TopicEvaluation.score(STANDARD, pages, null);
        Scores rules = TopicEvaluation.score(RULES, pages, null);
        System.out.println(
                "Bundled corpus: " + standard.micro() + " macro F1 " + standard.macroF1() + "; rules " + rules.micro());
        assertFigures(standard, CORPUS);
        assertFigures(rules, CORPUS_RULES);
    }

    // Measured with ./archive eval topics --entities none (README, "Topic tagging quality").
    private static final String CECC_CROSS_VALIDATED = "P 0.884 R 0.878 F1 0.881 (tp 11129, fp 1462, fn 1548)";
    private static final String CECC_STANDARD = "P 0.928 R 0.968 F1 0.948 (tp 12275, fp 952, fn 402)";
    private static final String CECC_RULES = "P 0.924 R 0.200 F1 0.329 (tp 2539, fp 209, fn 10138)";
    private static final String HKCNEWS = "P 0.377 R 0.894 F1 0.530 (tp 1695, fp 2803, fn 200)";
    private static final String JASIC = "P 1.000 R 0.975 F1 0.987 (tp 115, fp 0, fn 3)";
    private static final String CORPUS = "P 0.732 R 0.650 F1 0.689 (tp 197, fp 72, fn 106)";
    private static final String CORPUS_RULES = "P 0.721 R 0.538 F1 0.616 (tp 163, fp 63, fn 140)";
}
