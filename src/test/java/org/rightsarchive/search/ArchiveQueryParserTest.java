package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
        return parsed(QueryExpander.NONE, query);
    }

    private static String parsed(QueryExpander expander, String query) {
        return new ArchiveQueryParser(expander, (d, v) -> v)
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

    /** 抗议 and the label 抗议与上访 both name the topic, as an alias and as its label do in the taxonomy. */
    private static final QueryExpander PROTEST_TOPIC = new QueryExpander() {
        @Override
        public List<String> alternatives(String text) {
            return text.equals("抗议") || text.equals("抗议与上访") ? List.of("抗议与上访", "protests and petitions") : List.of();
        }

        @Override
        public Map<String, Set<String>> keywords(String text) {
            return text.equals("抗议") || text.equals("抗议与上访")
                    ? Map.of(Schema.TOPIC, Set.of("protests-and-petitions"))
                    : Map.of();
        }
    };

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void wordOfACompoundDoesNotRepeatTheExpansionsOfTheWhole() {
        String q = parsed(PROTEST_TOPIC, "抗议与上访");
        assertEquals(1, occurrences(q, "topic:protests-and-petitions"), q);
        assertEquals(1, occurrences(q, "body_cjk:\"protests and petitions\""), q);
        assertEquals(1, occurrences(q, "body_cjk:\"抗议 议与 与上 上访\""), q);
        assertTrue(q.contains("+((title_zh:抗议)^3.0 body_zh:抗议"), q);
    }

    @Test
    void wordKeepsTheExpansionsTheWholeDoesNotHave() {
        String q = parsed(PROTEST_TOPIC, "抗议辽宁");
        // 抗议辽宁 names nothing as a whole, so 抗议 brings its topic and labels itself.
        assertEquals(1, occurrences(q, "topic:protests-and-petitions"), q);
        assertEquals(1, occurrences(q, "body_cjk:\"protests and petitions\""), q);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"unclosed|query has an unclosed quote (the \" at column 1): add the closing quote or remove it",
                "\"Yao Fuxin\" \"Liaoyang|query has an unclosed quote (the \" at column 13): add the closing quote or remove it",
                "Yao\\|query ends with a backslash: remove it, or write \\\\ to search for one",
                "Yao AND OR Liaoyang|cannot parse query near 'OR' (column 9): check quotes, parentheses and AND/OR/NOT",
                "AND OR|cannot parse query near 'AND' (column 1): check quotes, parentheses and AND/OR/NOT"
            })
    void badQueryIsExplainedInTheUsersTermsWithColumnsFromOne(String query, String message) {
        QuerySyntaxException e =
                assertThrows(QuerySyntaxException.class, () -> new ArchiveQueryParser(QueryExpander.NONE, (d, v) -> v)
                        .parseUserQuery(query));
        assertEquals(message, e.getMessage());
    }
}
