package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveAnalyzersTest {
    /** A token with its offsets in the original text. */
    record Token(String term, int start, int end) {}

    static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void bigramsFoldTraditionalAndKeepOffsets() throws IOException {
        assertEquals(
                List.of(new Token("辽宁", 0, 2), new Token("宁省", 1, 3)),
                tokens(ArchiveAnalyzers.chineseBigrams(), "遼寧省"));
    }

    @Test
    void bigramsOfANameMatchAcrossScripts() throws IOException {
        assertEquals(
                tokens(ArchiveAnalyzers.chineseBigrams(), "劉曉波").stream()
                        .map(Token::term)
                        .toList(),
                tokens(ArchiveAnalyzers.chineseBigrams(), "刘晓波").stream()
                        .map(Token::term)
                        .toList());
    }

    @Test
    void chineseWordsSegmentSimplifiedAfterFolding() throws IOException {
        List<Token> traditional = tokens(ArchiveAnalyzers.chineseWords(), "工人被拘留。");
        List<Token> simplified = tokens(ArchiveAnalyzers.chineseWords(), "工人被拘留。");
        assertEquals(simplified, traditional);
        assertTrue(traditional.contains(new Token("拘留", 3, 5)), traditional.toString());
    }

    @Test
    void englishStemsFoldsAccentsAndDropsPossessives() throws IOException {
        assertEquals(
                List.of(new Token("yao", 0, 5), new Token("detain", 6, 14), new Token("fuxin", 15, 20)),
                tokens(ArchiveAnalyzers.english(), "Yao's detained Fúxìn"));
    }

    @Test
    void englishFoldsHanCharactersOneByOneToSimplified() throws IOException {
        assertEquals(
                List.of(new Token("律", 0, 1), new Token("师", 1, 2), new Token("yao", 3, 6)),
                tokens(ArchiveAnalyzers.english(), "律師 Yao"));
    }

    @Test
    void offsetsStayInsideTheTextForRandomInput() throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Analyzer[] analyzers = {
            ArchiveAnalyzers.english(), ArchiveAnalyzers.chineseWords(), ArchiveAnalyzers.chineseBigrams()
        };
        String alphabet = "姚福信遼寧辽宁拘留釋放 abc,。Yao-Fuxin 2002年3月17日\n\t";
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(60);
            for (int j = 0; j < len; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            for (Analyzer analyzer : analyzers) {
                for (Token t : tokens(analyzer, text)) {
                    assertTrue(
                            0 <= t.start() && t.start() <= t.end() && t.end() <= text.length(),
                            "seed " + seed + ": " + t + " in '" + text + "'");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"names_en, Wang Jian, Kong Lingbao, jian kong, wang jian", "names_en, 王建, 孔令宝, 建 孔, 王 建"})
    void phraseDoesNotMatchAcrossTwoValuesOfAField(
            String field, String first, String second, String across, String within, @TempDir Path dir)
            throws IOException {
        try (Directory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveAnalyzers.perField()))) {
            Document page = new Document();
            page.add(new TextField(field, first, Field.Store.NO));
            page.add(new TextField(field, second, Field.Store.NO));
            writer.addDocument(page);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser(field, ArchiveAnalyzers.perField());
                assertEquals(1, searcher.count(parser.parse('"' + within + '"')), within);
                assertEquals(0, searcher.count(parser.parse('"' + across + '"')), across);
            } catch (ParseException e) {
                throw new AssertionError(e);
            }
        }
    }
}
