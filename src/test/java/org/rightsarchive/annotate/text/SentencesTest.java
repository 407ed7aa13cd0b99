package org.rightsarchive.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {
    private static List<String> texts(String paragraph) {
        return Sentences.split(paragraph).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void splitsEnglishAtFullStopsBeforeCapitals() {
        assertEquals(
                List.of("Yao was detained.", "He is held in Tieling."), texts("Yao was detained. He is held in Tieling."));
    }

    @Test
    void splitsChineseAtIdeographicStops() {
        assertEquals(List.of("姚福信被拘留。", "他被关押在铁岭。"), texts("姚福信被拘留。他被关押在铁岭。"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Held in Lingyuan No. 2 Prison since then.",
                "Mr. Yao was seen by Dr. Li.",
                "He met J. Smith in March.",
                "On Sept. 5 he was released."
            })
    void keepsAbbreviationsInsideTheSentence(String sentence) {
        assertEquals(List.of(sentence), texts(sentence));
    }

    @Test
    void keepsOffsetsIntoTheParagraph() {
        String paragraph = "First one. Second one.";
        Sentences.Sentence second = Sentences.split(paragraph).get(1);
        assertEquals("Second one.", paragraph.substring(second.start(), second.start() + second.text().length()));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("他说：“我没有罪。”", "随后被带走。"), texts("他说：“我没有罪。”随后被带走。"));
    }
}
