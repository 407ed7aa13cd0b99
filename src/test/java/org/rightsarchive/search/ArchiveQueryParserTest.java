package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.index.Schema;

class ArchiveQueryParserTest {
    private static final List<String> ENGLISH = List.of(Schema.TITLE_EN, Schema.BODY_EN, Schema.NAMES_EN);
    private static final List<String> CHINESE = List.of(
            Schema.TITLE_ZH, Schema.BODY_ZH, Schema.TITLE_CJK, Schema.BODY_CJK, Schema.NAMES_EN, Schema.NAMES_CJK);

    @ParameterizedTest
    @CsvSource({
        "Yao, english",
        "Yáo, english",
        "709, english",
        "姚福信, chinese",
        "遼寧, chinese",
        "「看守所」, chinese",
        "ＡＢＣ, chinese",
        "Liu刘, every",
        "'?!', every"
    })
    void termSearchesTheFieldsOfItsScript(String term, String fields) {
        List<String> expected =
                switch (fields) {
                    case "english" -> ENGLISH;
                    case "chinese" -> CHINESE;
                    default -> Schema.TEXT_FIELDS;
                };
        assertEquals(
                expected.stream().sorted().toList(),
                ArchiveQueryParser.scriptFields(term).stream().sorted().toList(),
                term);
    }

    private static String parsed(String query) {
        return new ArchiveQueryParser(QueryExpander.NONE, (d, v) -> v)
                .parseUserQuery(query)
                .toString();
    }

    @Test
    void singleChineseCharacterAlsoSearchesTheEnglishFields() {
        String q = parsed("辽");
        assertTrue(q.contains("body_en:辽"), q);
    }

    @Test
    void chineseTermIsAPhraseOfItsBigrams() {
        String q = parsed("姚福信");
        assertTrue(q.contains("body_cjk:\"姚福 福信\""), q);
        assertFalse(q.contains("body_en:"), q);
    }

    @ParameterizedTest
    @CsvSource({"An Jie, body_cjk:an", "\"An Jie\", body_cjk:\"an jie\""})
    void wordTheEnglishAnalysisDropsIsSearchedInTheBigramFields(String query, String clause) {
        String q = parsed(query);
        assertTrue(q.contains(clause), q);
    }

    @Test
    void latinTermSearchesOnlyTheEnglishFields() {
        String q = parsed("detained");
        assertTrue(q.contains("body_en:detain"), q);
        assertFalse(q.contains("body_cjk:"), q);
        assertFalse(q.contains("body_zh:"), q);
    }
}
