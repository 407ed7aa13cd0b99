package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocBlockSampleTest {
    // Segments of 1,000, 777 and 1,223 documents: their starts are not multiples of the run length.
    private static final int[] SEGMENTS = {1_000, 777, 1_223};
    private static final int DOCS = 3_000;

    @TempDir
    static Path dir;

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = FSDirectory.open(dir);
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            int doc = 0;
            for (int size : SEGMENTS) {
                for (int i = 0; i < size; i++, doc++) {
                    Document d = new Document();
                    d.add(new StringField("parity", doc % 2 == 1 ? "odd" : "even", Field.Store.NO));
                    writer.addDocument(d);
                }
                writer.commit();
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static List<Integer> matches(Query query) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, DOCS).scoreDocs) {
            out.add(d.doc);
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest
    @CsvSource({"16, 2, 0", "16, 2, 1", "100, 3, 2", "7, 10, 9", "256, 2, 1", "5000, 2, 0"})
    void matchesExactlyTheDocumentsOfItsRuns(int block, int every, int offset) throws IOException {
        DocBlockSample sample = new DocBlockSample(block, every, offset);
        assertEquals(3, reader.leaves().size());
        List<Integer> expected = new ArrayList<>();
        for (int doc = 0; doc < DOCS; doc++) {
            if ((doc / block) % every == offset) {
                expected.add(doc);
            }
        }
        assertEquals(expected, matches(sample));
        assertEquals(expected.size(), sample.sampledDocs(DOCS));
    }

    @Test
    void filtersAQueryToTheSampledDocuments() throws IOException {
        DocBlockSample sample = new DocBlockSample(10, 4, 1);
        Query odd = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("parity", "odd")), BooleanClause.Occur.MUST)
                .add(sample, BooleanClause.Occur.FILTER)
                .build();
        List<Integer> found = matches(odd);
        assertEquals(DOCS / 4 / 2, found.size());
        assertTrue(found.stream().allMatch(d -> d % 2 == 1 && (d / 10) % 4 == 1), found.toString());
    }

    @Test
    void samplesAreEqualWhenTheirRunsAre() {
        assertEquals(new DocBlockSample(256, 8, 3), new DocBlockSample(256, 8, 3));
        assertEquals(new DocBlockSample(256, 8, 3).hashCode(), new DocBlockSample(256, 8, 3).hashCode());
        assertNotEquals(new DocBlockSample(256, 8, 3), new DocBlockSample(256, 8, 4));
        assertNotEquals(new DocBlockSample(256, 8, 3), new DocBlockSample(128, 8, 3));
    }

    @ParameterizedTest
    @CsvSource({"0, 2, 0", "256, 1, 0", "256, 4, 4", "256, 4, -1"})
    void refusesRunsThatSampleNothingOrEverything(int block, int every, int offset) {
        assertThrows(IllegalArgumentException.class, () -> new DocBlockSample(block, every, offset));
    }
}
