package org.rightsarchive.annotate.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void aStoredModelReadsBackWithTheSameProbabilities() throws IOException {
        LinearTopicModel model = LinearTopicModel.train(
                CueTopicTagger.standard(),
                Set.of("environment", "labor-rights"),
                examples(11L),
                LinearTopicModel.Settings.DEFAULT,
                "test pages");
        StringWriter stored = new StringWriter();
        model.write(stored);
        LinearTopicModel read = LinearTopicModel.read(
                new BufferedReader(new StringReader(stored.toString())), CueTopicTagger.standard());
        ExtractedPage page = page("the mine tailings and a brick kiln");
        Map<String, Double> before = model.probabilities(page, List.of(), List.of(), List.of());
        Map<String, Double> after = read.probabilities(page, List.of(), List.of(), List.of());
        for (String topic : model.topics()) {
            assertEquals(before.get(topic), after.get(topic), 1e-3, topic);
        }
        assertEquals("test pages", read.provenance());
        assertEquals(model.topics(), read.topics());
    }

    @Test
    void wordsOfFewerPagesThanTheMinimumStayOutOfTheVocabulary() throws IOException {
        List<LinearTopicModel.Example> data = new ArrayList<>(examples(3L));
        data.add(new LinearTopicModel.Example(
                page("zqxuniqueword brick kiln"), List.of(), List.of(), List.of(), Set.of("labor-rights")));
        LinearTopicModel model = LinearTopicModel.train(
                CueTopicTagger.standard(), Set.of("labor-rights"), data, LinearTopicModel.Settings.DEFAULT);
        StringWriter stored = new StringWriter();
        model.write(stored);
        assertFalse(stored.toString().contains("zqxuniqueword"), "a one-page word was kept");
        assertTrue(stored.toString().contains("\nw=kiln\t"), "a common word was dropped");
    }

    @Test
    void claimsOnlyTheLanguagesOfItsTrainingText() {
        LinearTopicModel model = LinearTopicModel.train(
                CueTopicTagger.standard(), Set.of("environment"), examples(5L), LinearTopicModel.Settings.DEFAULT);
        assertTrue(model.covers(Language.UNKNOWN));
        assertFalse(model.covers(Language.CHINESE_SIMPLIFIED));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not a model|not a topic model",
                "rights-archive-topic-model\\t1\\nlanguages\\ten|expected the 'provenance' line",
                "rights-archive-topic-model\\t1\\nprovenance\\tx\\nlanguages\\ten\\ntopics\\ta\\tb\\nbias\\t0.1|1 weights where 2",
                "rights-archive-topic-model\\t1\\nprovenance\\tx\\nlanguages\\ten\\ntopics\\ta\\nbias\\tzero|bad weight 'zero'",
            })
    void aDamagedModelFileIsRefusedWithTheReason(String text, String reason) {
        String file = text.replace("\\t", "\t").replace("\\n", "\n");
        IOException e = assertThrows(
                IOException.class,
                () -> LinearTopicModel.read(new BufferedReader(new StringReader(file)), CueTopicTagger.standard()));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
