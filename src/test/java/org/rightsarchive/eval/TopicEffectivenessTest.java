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

    private static void assertFigures(Scores s, double p, double r, double f1) {
        String got = s.micro().toString();
        assertEquals(p, s.micro().precision(), 0.0005, got);
        assertEquals(r, s.micro().recall(), 0.0005, got);
        assertEquals(f1, s.micro().f1(), 0.0005, got);
    }

    @Test
    void ceccRulesPlusModelCrossValidatedReachMicroF1OfAtLeast080() throws IOException {
        List<LabelledPage> records = CeccTopics.read(shared(CeccTopics.DEV_FILE));
        assertEquals(5146, records.size());
        Scores s = TopicEvaluation.crossValidate(RULES, records, CeccTopics.topics(), 5,
                LinearTopicModel.Settings.DEFAULT);
        System.out.println("CECC rules + model, 5-fold: " + s.micro() + " macro F1 " + s.macroF1());
        assertTrue(s.micro().f1() >= 0.80, s.micro().toString());
        assertFigures(s, CECC_MODEL_P, CECC_MODEL_R, CECC_MODEL_F1);
    }

    @Test
    void ceccRulesAloneArePreciseButMissCeccsBroadCoding() throws IOException {
        List<LabelledPage> records = CeccTopics.read(shared(CeccTopics.DEV_FILE));
        Scores s = TopicEvaluation.score(RULES, records, CeccTopics.topics());
        System.out.println("CECC rules: " + s.micro());
        assertFigures(s, CECC_RULES_P, CECC_RULES_R, CECC_RULES_F1);
    }

    @Test
    void citizenNewsPublisherTags() throws IOException {
        List<LabelledPage> pages = PublisherTagTopics.hkcnews(shared(PublisherTagTopics.HKCNEWS),
                page -> Annotations.EMPTY);
        Scores s = TopicEvaluation.score(RULES, pages, PublisherTagTopics.hkcnewsTopics());
        System.out.println("Citizen News: " + s.micro());
        assertFigures(s, HKCNEWS_P, HKCNEWS_R, HKCNEWS_F1);
        assertTrue(s.perLabel().get("june-fourth").f1() >= 0.8, s.perLabel().get("june-fourth").toString());
    }

    @Test
    void jasicPostsAreLaborRights() throws IOException {
        List<LabelledPage> pages = PublisherTagTopics.jasic(shared(PublisherTagTopics.JASIC),
                page -> Annotations.EMPTY);
        Scores s = TopicEvaluation.score(RULES, pages, Set.of("labor-rights"));
        System.out.println("Jasic: " + s.micro());
        assertFigures(s, JASIC_P, JASIC_R, JASIC_F1);
    }

    @Test
    void bundledCorpusGold() throws IOException {
        List<LabelledPage> pages = CorpusTopics.read(Path.of("corpus"), page -> Annotations.EMPTY);
        Scores s = TopicEvaluation.score(RULES, pages, null);
        System.out.println("Bundled corpus: " + s.micro() + " macro F1 " + s.macroF1());
        assertFigures(s, CORPUS_P, CORPUS_R, CORPUS_F1);
    }

    // Measured with ./archive eval topics --entities none (see README, "Topic tagging quality").
    private static final double CECC_MODEL_P = 0;
    private static final double CECC_MODEL_R = 0;
    private static final double CECC_MODEL_F1 = 0;
    private static final double CECC_RULES_P = 0;
    private static final double CECC_RULES_R = 0;
    private static final double CECC_RULES_F1 = 0;
    private static final double HKCNEWS_P = 0;
    private static final double HKCNEWS_R = 0;
    private static final double HKCNEWS_F1 = 0;
    private static final double JASIC_P = 0;
    private static final double JASIC_R = 0;
    private static final double JASIC_F1 = 0;
    private static final double CORPUS_P = 0;
    private static final double CORPUS_R = 0;
    private static final double CORPUS_F1 = 0;
}
