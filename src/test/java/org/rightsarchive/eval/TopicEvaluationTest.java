package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;
import org.rightsarchive.annotate.topics.CueTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

class TopicEvaluationTest {
    private static LabelledPage page(String id, String text, Set<String> gold) {
        ExtractedPage p = new ExtractedPage(
                "t:" + id,
                "",
                Language.ENGLISH,
                null,
                List.of(new Paragraph(text, Language.ENGLISH)),
                List.of(),
                Map.of());
        return new LabelledPage(id, p, List.of(), List.of(), List.of(), gold);
    }

    @Test
    void scoresOnlyTopicsInScope() {
        List<LabelledPage> pages = List.of(page("1", "Tibetan monks in Lhasa. Tibet.", Set.of("tibet", "lawyers")));
        Scores s = TopicEvaluation.score(CueTopicTagger.standard(), pages, Set.of("tibet"));
        assertEquals(1, s.micro().truePositives());
        assertEquals(0, s.micro().falseNegatives());
    }

    /**
     * Each page has a word and a topic of its own: a model that saw the page would learn the pair and tag it; one
     * trained on the other folds cannot. Ten pairs of a shared word and topic show the model does learn.
     */
    @Test
    void crossValidationNeverScoresAPageWithAModelThatSawIt() {
        List<LabelledPage> pages = new ArrayList<>();
        List<String> unique = List.of("children", "women", "youth", "olympics", "hukou", "elections");
        for (int i = 0; i < unique.size(); i++) {
            pages.add(page("u" + i, "zqx" + i + "zq zqx" + i + "zq", Set.of(unique.get(i))));
        }
        for (int i = 0; i < 30; i++) {
            pages.add(page("s" + i, "brick kiln owners " + i, Set.of("environment")));
        }
        Set<String> scope = Set.of("children", "women", "youth", "olympics", "hukou", "elections", "environment");
        Scores s = TopicEvaluation.crossValidate(
                CueTopicTagger.standard(),
                pages,
                scope,
                3,
                LinearTopicModel.Settings.DEFAULT,
                CombinedTopicTagger.STANDARD_THRESHOLD);
        for (String u : unique) {
            assertEquals(0, s.perLabel().get(u).truePositives(), u);
        }
        assertEquals(30, s.perLabel().get("environment").truePositives());
    }
}
