package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;

/** The model in the project's resources is exactly what {@code archive train-topics} makes from ../shared today. */
class ShippedTopicModelTest {
    private static List<LabelledPage> records() throws IOException {
        Optional<java.nio.file.Path> csv = SharedData.resolve(CeccTopics.DEV_FILE);
        Assumptions.assumeTrue(csv.isPresent(), "../shared/" + CeccTopics.DEV_FILE + " not found: skipping");
        return CeccTopics.read(csv.get());
    }

    private static String shipped() throws IOException {
        try (InputStream in = CombinedTopicTagger.class.getResourceAsStream(CombinedTopicTagger.STANDARD_MODEL)) {
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void retrainingReproducesTheShippedModel() throws IOException {
        StringWriter retrained = new StringWriter();
        CeccTopics.trainModel(records()).write(retrained);
        assertTrue(
                retrained.toString().equals(shipped()),
                "the shipped topic model is stale (taxonomy, features or CECC mapping changed):"
                        + " run ./archive train-topics");
    }

    @Test
    void everyFeatureOfTheShippedModelOccursInAtLeastFiveRecords() throws IOException {
        LinearTopicModel model = LinearTopicModel.read(
                new BufferedReader(new java.io.StringReader(shipped())),
                org.rightsarchive.annotate.topics.CueTopicTagger.standard());
        Map<String, Integer> wordRecords = new HashMap<>();
        for (LabelledPage p : records()) {
            for (String w : new java.util.HashSet<>(List.of(p.page()
                    .text()
                    .toLowerCase(Locale.ROOT)
                    .replace('\u2019', '\'')
                    .split("[^\\p{L}\\p{N}']+")))) {
                wordRecords.merge(w, 1, Integer::sum);
            }
        }
        List<String> rare = shippedWords().stream()
                .filter(w -> wordRecords.getOrDefault(w, 0) < LinearTopicModel.Settings.DEFAULT.minDocuments())
                .collect(Collectors.toList());
        assertEquals(List.of(), rare, "words of fewer records than the vocabulary allows");
        assertTrue(model.vocabularySize() > 1000, "vocabulary " + model.vocabularySize());
    }

    private static List<String> shippedWords() throws IOException {
        return shipped()
                .lines()
                .filter(l -> l.startsWith("w="))
                .map(l -> l.substring(2, l.indexOf('\t')))
                .toList();
    }
}
