package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.index.ArchiveAnalyzers;
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

    /** 安杰 and 李安 read as the pinyin names An Jie and Li An, whose "an" is an English stopword. */
    private static final QueryExpander STOPWORD_NAMES = new QueryExpander() {
        @Override
        public List<String> alternatives(String text) {
            return switch (text) {
                case "安杰" -> List.of("An Jie");
                case "李安" -> List.of("Li An");
                default -> List.of();
            };
        }

        @Override
        public Map<String, Set<String>> keywords(String text) {
            return Map.of();
        }
    };

    @ParameterizedTest
    @CsvSource({"'\"An Jie\"', body_cjk:\"an jie\"", "安杰, body_cjk:\"an jie\"", "李安, names_cjk:\"li an\""})
    void phraseTheEnglishAnalysisCutsToOneWordLeavesTheEnglishFieldsOut(String query, String kept) {
        String q = parsed(STOPWORD_NAMES, query);
        assertTrue(q.contains(kept), q);
        assertFalse(q.contains("body_en:jie") || q.contains("names_en:jie") || q.contains("body_en:li"), q);
    }

    @Test
    void phraseWithAStopwordAmongOthersKeepsTheEnglishFields() {
        String q = parsed("\"inciting subversion of state power\"");
        assertTrue(q.contains("body_en:\"incit subvers ? state power\""), q);
        assertTrue(q.contains("body_cjk:\"inciting subversion of state power\""), q);
    }

    @ParameterizedTest
    @CsvSource({
        "'\"An Jie\"', An Jie was detained in Beijing.",
        "安杰, An Jie was detained in Beijing.",
        "李安, Li An was sentenced to four years.",
        "'\"Wang Jie\"', Wang Jie was detained in Beijing."
    })
    void nameWithAnEnglishStopwordFindsThatNameOnly(String query, String expected, @TempDir Path dir)
            throws IOException {
        List<String> pages = List.of(
                "An Jie was detained in Beijing.",
                "Wang Jie was detained in Beijing.",
                "Li An was sentenced to four years.",
                "Li Wei was sentenced to four years.");
        assertEquals(List.of(expected), found(STOPWORD_NAMES, query, pages, dir), query);
    }

    @Test
    void labelWithAStopwordSearchesTheEnglishFieldsOnly() {
        String q = parsed(PROTEST_TOPIC, "抗议");
        assertTrue(q.contains("body_en:\"protest ? petit\""), q);
        assertFalse(q.contains("body_cjk:\"protests and petitions\""), q);
        assertFalse(q.contains("title_zh:\"protest and petit\""), q);
    }

    @Test
    void labelWithAStopwordFindsEveryPageWithItsWordsInOrder(@TempDir Path dir) throws IOException {
        List<String> pages = List.of(
                "Police broke up protests and petitions in Beijing.",
                "Protests or petitions were banned.",
                "Petitions and protests followed.",
                "He was detained in Beijing.");
        assertEquals(Set.copyOf(pages.subList(0, 2)), Set.copyOf(found(PROTEST_TOPIC, "抗议", pages, dir)));
    }

    /** The pages of a real index on disk that a query finds, best first; each page in the fields of an English page. */
    private static List<String> found(QueryExpander expander, String query, List<String> pages, Path dir)
            throws IOException {
        try (Directory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveAnalyzers.perField()))) {
            for (String text : pages) {
                Document page = new Document();
                page.add(new StoredField("text", text));
                // As DocumentMapper fills them for an English page: the whole text in the English and bigram fields.
                for (String field : List.of(Schema.BODY_EN, Schema.BODY_CJK, Schema.NAMES_EN, Schema.NAMES_CJK)) {
                    page.add(new TextField(field, text, Field.Store.NO));
                }
                writer.addDocument(page);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query q = new ArchiveQueryParser(expander, (d, v) -> v).parseUserQuery(query);
                List<String> out = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(q, 10).scoreDocs) {
                    out.add(searcher.storedFields().document(hit.doc).get("text"));
                }
                return out;
            }
        }
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
        assertEquals(1, occurrences(q, "body_en:\"protest ? petit\""), q);
        assertEquals(1, occurrences(q, "body_cjk:\"抗议 议与 与上 上访\""), q);
        assertTrue(q.contains("+((title_zh:抗议)^3.0 body_zh:抗议"), q);
    }

    @Test
    void wordKeepsTheExpansionsTheWholeDoesNotHave() {
        String q = parsed(PROTEST_TOPIC, "抗议辽宁");
        // 抗议辽宁 names nothing as a whole, so 抗议 brings its topic and labels itself.
        assertEquals(1, occurrences(q, "topic:protests-and-petitions"), q);
        assertEquals(1, occurrences(q, "body_en:\"protest ? petit\""), q);
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
