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
import org.rightsarchive.annotate.topics.CueTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;

/**
 * The figures the README reports, measured again. Shared-data parts skip without {@code ../shared}. Corpus pages
 * get no entities here, so the figures do not move when the entity recognizers change.
 */
class TopicEffectivenessTest {
    private static final CueTopicTagger RULES = CueTopicTagger.standard();

    private static Path shared(String relative) {
        Optional<Path> p = SharedData.resolve(relative);
        Assumptions.assumeTrue(p.isPresent(), "../shared/" + relative + " not found: skipping");
        return p.get();
    }

    /** The micro figures, exactly as the README prints them: {@code P 0.900 R 0.873 F1 0.886 (tp .., fp .., fn ..)}. */
    private static void assertFigures(Scores s, String expected) {
        assertEquals(expected, s.micro().toString());
    }

    @Test
    void ceccRulesPlusModelCrossValidatedReachMicroF1OfAtLeast080() throws IOException {
        List<LabelledPage> records = CeccTopics.read(shared(CeccTopics.DEV_FILE));
        assertEquals(5146, records.size());
        Scores s = TopicEvaluation.crossValidate(
                RULES, records, CeccTopics.topics(), 5, LinearTopicModel.Settings.DEFAULT);
        System.out.println("CECC rules + model, 5-fold: " + s.micro() + " macro F1 " + s.macroF1());
        assertTrue(s.micro().f1() >= 0.80, s.micro().toString());
        assertFigures(s, CECC_MODEL);
    }

    @Test
    void ceccRulesAloneArePreciseButMissCeccsBroadCoding() throws IOException {
        List<LabelledPage> records = CeccTopics.read(shared(CeccTopics.DEV_FILE));
        Scores s = TopicEvaluation.score(RULES, records, CeccTopics.topics());
        System.out.println("CECC rules: " + s.micro());
        assertFigures(s, CECC_RULES);
    }

    @Test
    void citizenNewsPublisherTags() throws IOException {
        List<LabelledPage> pages =
                PublisherTagTopics.hkcnews(shared(PublisherTagTopics.HKCNEWS), page -> Annotations.EMPTY);
        Scores s = TopicEvaluation.score(RULES, pages, PublisherTagTopics.hkcnewsTopics());
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
        Scores s = TopicEvaluation.score(RULES, pages, Set.of("labor-rights"));
        System.out.println("Jasic: " + s.micro());
        assertFigures(s, JASIC);
    }

    @Test
    void bundledCorpusGold() throws IOException {
        List<LabelledPage> pages = CorpusTopics.read(Path.of("corpus"), page -> Annotations.EMPTY);
        Scores s = TopicEvaluation.score(RULES, pages, null);
        System.out.println("Bundled corpus: " + s.micro() + " macro F1 " + s.macroF1());
        assertFigures(s, CORPUS);
    }

    // Measured with ./archive eval topics --entities none (README, "Topic tagging quality").
    private static final String CECC_MODEL = "P 0.900 R 0.872 F1 0.886 (tp 11060, fp 1230, fn 1617)";
    private static final String CECC_RULES = "P 0.924 R 0.200 F1 0.329 (tp 2539, fp 209, fn 10138)";
    private static final String HKCNEWS = "P 0.380 R 0.894 F1 0.534 (tp 1695, fp 2763, fn 200)";
    private static final String JASIC = "P 1.000 R 0.975 F1 0.987 (tp 115, fp 0, fn 3)";
    private static final String CORPUS = "P 0.664 R 0.777 F1 0.716 (tp 150, fp 76, fn 43)";
}
