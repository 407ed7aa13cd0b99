package org.rightsarchive.annotate.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

/** The standard tagger: the rules plus the shipped model, on pages the model did and did not learn from. */
class CombinedTopicTaggerTest {
    private static final CombinedTopicTagger TAGGER = CombinedTopicTagger.standard();

    private static ExtractedPage page(Language language, String text) {
        return new ExtractedPage(
                "t:" + text.hashCode(),
                "",
                language,
                null,
                List.of(new Paragraph(text, language)),
                List.of(),
                Map.of());
    }

    private static Optional<TopicTag> tag(ExtractedPage page, String topic) {
        return TAGGER.tag(page, List.of(), List.of(), List.of()).stream()
                .filter(t -> t.id().equals(topic))
                .findFirst();
    }

    @Test
    void theShippedModelKnowsTheMappedCeccTopicsAndEnglish() {
        LinearTopicModel model = TAGGER.model();
        assertTrue(model.topics().containsAll(List.of("freedom-of-expression", "freedom-of-religion", "labor-rights")));
        assertTrue(model.covers(Language.ENGLISH));
        assertTrue(model.provenance().contains("CECC"), model.provenance());
    }

    @Test
    void aWriterJailedForEssaysOnlineIsFreedomOfExpressionWithTheModelsReasons() {
        ExtractedPage page = page(
                Language.ENGLISH,
                "Police detained the writer after he posted essays criticizing officials on his blog. He was later"
                        + " sentenced to four years in prison for inciting subversion of state power.");
        TopicTag tag = tag(page, "freedom-of-expression").orElseThrow();
        String model = tag.evidence().stream()
                .filter(e -> e.startsWith("model p="))
                .findFirst()
                .orElseThrow();
        assertTrue(model.matches("model p=[01]\\.\\d\\d: .+"), model);
    }

    @ParameterizedTest
    @CsvSource({
        "CHINESE_SIMPLIFIED, 警方以煽动颠覆国家政权罪拘留了这位在博客上发表文章批评官员的作家。",
        "CHINESE_TRADITIONAL, 警方以煽動顛覆國家政權罪拘留了這位在博客上發表文章批評官員的作家。",
    })
    void pagesInLanguagesTheModelNeverReadGetTheRulesTagsOnly(Language language, String text) {
        ExtractedPage page = page(language, text);
        assertEquals(
                CueTopicTagger.standard().tag(page, List.of(), List.of(), List.of()),
                TAGGER.tag(page, List.of(), List.of(), List.of()));
    }

    @Test
    void aTopicTheRulesTagStaysTaggedWhateverTheModelSays() {
        ExtractedPage page = page(
                Language.ENGLISH,
                "Workers at the steel mill went on strike over unpaid wages and pensions; the labor rights"
                        + " activists who represented them were detained.");
        List<TopicTag> rules = CueTopicTagger.standard().tag(page, List.of(), List.of(), List.of());
        List<String> combined = TAGGER.tag(page, List.of(), List.of(), List.of()).stream()
                .map(TopicTag::id)
                .toList();
        for (TopicTag t : rules) {
            assertTrue(combined.contains(t.id()), t.id() + " lost: " + combined);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "w=monk, monk",
        "b=falun gong, falun gong",
        "rule=tibet, cues of tibet",
        "province=Tibet, province=Tibet",
        "year=1989, year=1989",
    })
    void modelReasonsAreWrittenForReaders(String feature, String readable) {
        assertEquals(readable, CombinedTopicTagger.readable(feature));
    }
}
