package org.rightsarchive.annotate.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

class LinearTopicModelTest {
    private static final String[] FILLER = {"the", "court", "said", "on", "monday", "that", "he", "was", "held"};

    private static ExtractedPage page(String text) {
        return new ExtractedPage(
                "t:" + text.hashCode(),
                "",
                Language.UNKNOWN,
                null,
                List.of(new Paragraph(text, Language.UNKNOWN)),
                List.of(),
                Map.of());
    }

    /** Pages about "mine" are environment, pages about "kiln" are labor-rights: words no cue knows. */
    private static List<LinearTopicModel.Example> examples(long seed) {
        Random random = new Random(seed);
        System.out.println("LinearTopicModelTest seed " + seed);
        List<LinearTopicModel.Example> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean mine = random.nextBoolean();
            StringBuilder text = new StringBuilder(mine ? "tailings from the mine" : "brick kiln owners");
            for (int w = 0; w < 8; w++) {
                text.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
            }
            out.add(new LinearTopicModel.Example(
                    page(text.toString()),
                    List.of(),
                    List.of(),
                    List.of(),
                    Set.of(mine ? "environment" : "labor-rights")));
        }
        return out;
    }

    @Test
    void learnsTopicsFromWordsTheRulesDoNotKnow() {
        LinearTopicModel model = LinearTopicModel.train(
                CueTopicTagger.standard(),
                Set.of("environment", "labor-rights"),
                examples(42L),
                LinearTopicModel.Settings.DEFAULT);
        Map<String, Double> p = model.probabilities(page("the mine tailings court"), List.of(), List.of(), List.of());
        assertTrue(p.get("environment") > 0.5 && p.get("labor-rights") < 0.5, p.toString());
        assertEquals(List.of("environment", "labor-rights"), model.topics());
    }

    @Test
    void trainingIsDeterministicForASeed() {
        List<LinearTopicModel.Example> data = examples(7L);
        Map<String, Double> a = LinearTopicModel.train(
                        CueTopicTagger.standard(), Set.of("environment"), data, LinearTopicModel.Settings.DEFAULT)
                .probabilities(page("brick kiln"), List.of(), List.of(), List.of());
        Map<String, Double> b = LinearTopicModel.train(
                        CueTopicTagger.standard(), Set.of("environment"), data, LinearTopicModel.Settings.DEFAULT)
                .probabilities(page("brick kiln"), List.of(), List.of(), List.of());
        assertEquals(a, b);
    }
}
