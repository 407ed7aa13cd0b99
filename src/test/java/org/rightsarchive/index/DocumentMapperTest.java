package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

/** Only paragraphs with Chinese characters are segmented into words; the other body fields keep the whole text. */
class DocumentMapperTest {
    private static final String ENGLISH = "Police detained the lawyer in Liaoyang.";
    private static final String CHINESE = "辽阳警方拘留了律师。";
    private static final String MIXED = "Yao Fuxin (姚福信) was detained.";

    private static Document map(String... paragraphs) throws IOException {
        return map(Annotations.EMPTY, paragraphs);
    }

    private static Document map(Annotations annotations, String... paragraphs) throws IOException {
        List<Paragraph> blocks = Arrays.stream(paragraphs)
                .map(p -> new Paragraph(p, Language.ENGLISH))
                .toList();
        ExtractedPage page =
                new ExtractedPage("corpus:a.html", "t", Language.ENGLISH, null, blocks, List.of(), Map.of());
        return new DocumentMapper()
                .toLucene(new ArchiveDocument(
                        ArchiveDocument.idFor("corpus:a.html"),
                        "a.html",
                        Instant.parse("2026-01-01T00:00:00Z"),
                        page,
                        annotations,
                        List.of()));
    }

    private static String[] values(Document doc, String field) {
        return Arrays.stream(doc.getFields(field))
                .map(IndexableField::stringValue)
                .toArray(String[]::new);
    }

    @ParameterizedTest
    @CsvSource({
        "Police detained the lawyer., false",
        "辽阳警方拘留了律师。, true",
        "Yao Fuxin (姚福信) was detained., true",
        "2002年3月, true",
        "ひらがな, true",
        "한국어, true",
        "\u1100, true",
        "ㄅㄆㄇ, true",
        "Ürümqi Αθήνα Москва ሀ, false",
        "'2002, ...', false",
    })
    void tellsTextTheChineseAnalysesCanSegment(String text, boolean cjk) {
        assertEquals(cjk, DocumentMapper.hasCjk(text));
    }

    @Test
    void onlyParagraphsWithChineseCharactersAreSegmentedIntoWords() throws IOException {
        Document doc = map(ENGLISH, CHINESE, MIXED);
        assertArrayEquals(new String[] {CHINESE + "\n\n" + MIXED}, values(doc, Schema.BODY_ZH));
        String whole = ENGLISH + "\n\n" + CHINESE + "\n\n" + MIXED;
        assertArrayEquals(new String[] {whole}, values(doc, Schema.BODY_EN), "single characters stay findable");
        assertArrayEquals(new String[] {whole}, values(doc, Schema.BODY_CJK), "stopwords of pinyin names too");
        assertArrayEquals(new String[] {whole}, values(doc, Schema.BODY), "the stored body is the whole text");
    }

    @Test
    void aPageWithoutChineseCharactersHasNoWordSegmentedBody() throws IOException {
        Document doc = map(ENGLISH);
        assertEquals(0, doc.getFields(Schema.BODY_ZH).length);
        assertEquals(1, doc.getFields(Schema.BODY_CJK).length);
    }

    @Test
    void aPinyinNameThatIsAnEnglishStopwordStillMatchesInEnglishText() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = ArchiveIndexer.openWriter(dir, IndexWriterConfig.OpenMode.CREATE)) {
            writer.addDocument(map("An Jie was detained in Beijing."));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertEquals(0, searcher.count(new TermQuery(new Term(Schema.BODY_EN, "an"))), "a stopword there");
                assertEquals(1, searcher.count(new PhraseQuery(Schema.BODY_CJK, "an", "jie")));
            }
        }
    }

    @Test
    void aNameInCharactersInsideEnglishTextIsStillFoundByItsBigrams() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = ArchiveIndexer.openWriter(dir, IndexWriterConfig.OpenMode.CREATE)) {
            writer.addDocument(map(ENGLISH, MIXED));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertEquals(1, searcher.count(new PhraseQuery(Schema.BODY_CJK, "姚福", "福信")));
                assertEquals(1, searcher.count(new TermQuery(new Term(Schema.BODY_EN, "liaoyang"))));
                assertEquals(0, searcher.count(new TermQuery(new Term(Schema.BODY_ZH, "liaoyang"))));
            }
        }
    }

    private static Document withEvent(String date, String dateTo) throws IOException {
        Event event = new Event("detention", date, dateTo, null, null, List.of(), "");
        return map(new Annotations(List.of(), List.of(), List.of(event), List.of()), ENGLISH);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "2002-03-17, -,       2002-03-17, 2002-03-17",
                "2002-03,    -,       2002-03-01, 2002-03-31",
                "2004-02,    -,       2004-02-01, 2004-02-29",
                "1995,       -,       1995-01-01, 1995-12-31",
                "2015-07-09, 2017,    2015-07-09, 2017-12-31",
                "2015-07,    2015-09-03, 2015-07-01, 2015-09-03",
                // An end before the start is a misreading: the span is the start's own.
                "2016-05,    2015,    2016-05-01, 2016-05-31",
            })
    void anEventSpansEveryDayItsDateMayMean(String date, String dateTo, String first, String last) throws IOException {
        IndexableField[] spans = withEvent(date, dateTo).getFields(Schema.EVENT_SPAN);
        assertEquals(1, spans.length);
        LongRange span = (LongRange) spans[0];
        assertEquals(LocalDate.parse(first), LocalDate.ofEpochDay(span.getMin(0)));
        assertEquals(LocalDate.parse(last), LocalDate.ofEpochDay(span.getMax(0)));
    }

    @Test
    void anEventSpanningYearsCountsInEachOfThem() throws IOException {
        Document doc = withEvent("2015-07-09", "2017-01");
        String drillDown = Schema.facetsConfig().getDimConfig(Schema.YEAR).indexFieldName;
        List<String> years = Arrays.stream(doc.getFields(drillDown))
                .map(IndexableField::stringValue)
                .filter(v -> v != null)
                .map(FacetsConfig::stringToPath)
                .filter(path -> path.length == 2 && path[0].equals(Schema.YEAR))
                .map(path -> path[1])
                .toList();
        assertEquals(List.of("2015", "2016", "2017"), years);
    }

    @Test
    void anUndatedEventHasNoSpan() throws IOException {
        assertEquals(0, withEvent(null, null).getFields(Schema.EVENT_SPAN).length);
    }
}
