package org.rightsarchive.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;
import org.rightsarchive.index.Schema;
import org.rightsarchive.search.GoldCorpus;

/** Lucene documents of real corpus pages (gold annotations) become Solr documents with the same values. */
class SolrDocumentsTest {
    static Document lucene;
    static SolrInputDocument solr;

    @BeforeAll
    static void convertAPage() throws IOException {
        var reader = new CorpusReader(GoldCorpus.CORPUS);
        var capture = reader.read(GoldCorpus.CORPUS.resolve("pages/zh-hant/2002-03-yao-fuxin-detained.html"));
        List<Document> built = new ArrayList<>();
        IndexSummary summary = new ArchiveIndexer(new PageExtractor(), GoldCorpus.goldAnnotators(), 1)
                .add(List.of(capture), built::add, ArchiveIndexer.Progress.NONE);
        assertEquals(1, built.size(), summary.toString());
        lucene = built.get(0);
        solr = SolrDocuments.from(lucene);
    }

    @Test
    void keywordAndStoredValuesAreCopied() {
        for (String field : List.of(Schema.ID, Schema.URL, Schema.TITLE, Schema.BODY, Schema.CONTENT_HASH)) {
            assertEquals(lucene.get(field), solr.getFieldValue(field), field);
        }
        assertEquals("zh-Hant", solr.getFieldValue(Schema.LANGUAGE));
        assertEquals(lucene.get(Schema.BODY), solr.getFieldValue(Schema.BODY_CJK), "analyzed body is the same text");
    }

    @Test
    void facetValuesComeFromTheDrillDownTerms() {
        Collection<Object> provinces = solr.getFieldValues(Schema.PROVINCE);
        assertEquals(List.of("Liaoning"), List.copyOf(provinces));
        assertTrue(solr.getFieldValues(Schema.PERSON).contains("yao-fuxin"), solr.toString());
        assertEquals(List.of("2002"), List.copyOf(solr.getFieldValues(Schema.YEAR)));
    }

    @Test
    void datesBecomeMidnightUtcFromTheirPoints() {
        String published = java.util.Arrays.stream(lucene.getValues(Schema.PUBLISHED))
                .filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))
                .findFirst()
                .orElseThrow();
        Date expected = SolrDocuments.dayToDate(LocalDate.parse(published).toEpochDay());
        assertEquals(expected, solr.getFieldValue(Schema.PUBLISHED));
        assertEquals(
                List.of(SolrDocuments.dayToDate(LocalDate.of(2002, 3, 1).toEpochDay())),
                List.copyOf(solr.getFieldValues(Schema.EVENT_DATE)));
    }

    @Test
    void eventSpansBecomeSolrDateRanges() {
        // The gold event is dated to its month, so it spans the whole of March 2002.
        assertEquals(List.of("[2002-03-01 TO 2002-03-31]"), List.copyOf(solr.getFieldValues(Schema.EVENT_SPAN)));
    }

    @Test
    void everyConvertedFieldIsInTheSolrSchema() {
        for (String name : solr.getFieldNames()) {
            assertTrue(SolrSchema.field(name).isPresent(), name);
        }
    }

    @Test
    void aFieldWithoutSolrDefinitionIsRefused() {
        Document odd = new Document();
        odd.add(new StringField("mystery", "x", Field.Store.YES));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SolrDocuments.from(odd));
        assertTrue(e.getMessage().contains("mystery"), e.getMessage());
    }
}
