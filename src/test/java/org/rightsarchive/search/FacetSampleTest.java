package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetSampleTest {
    private static final int DOCS = 30_000;
    private static final int SEGMENTS = 5;
    private static final FacetsConfig CONFIG = new FacetsConfig();

    @TempDir
    static Path dir;

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /** Five segments; every doc has a colour: red on 3 in 10, blue on 1 in 10, green otherwise; "odd" on odd docs. */
    @BeforeAll
    static void index() throws IOException {
        directory = FSDirectory.open(dir);
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < DOCS; i++) {
                Document d = new Document();
                String colour = i % 10 < 3 ? "red" : i % 10 == 3 ? "blue" : "green";
                d.add(new SortedSetDocValuesFacetField("colour", colour));
                d.add(new StringField("parity", i % 2 == 1 ? "odd" : "even", Field.Store.NO));
                writer.addDocument(CONFIG.build(d));
                if ((i + 1) % (DOCS / SEGMENTS) == 0) {
                    writer.commit();
                }
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

    private static FacetsCollector matches(Query query) throws IOException {
        return searcher.search(query, new FacetsCollectorManager());
    }

    private static List<Integer> globalDocs(FacetsCollector hits) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            DocIdSetIterator it = m.bits().iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                out.add(m.context().docBase + d);
            }
        }
        return out;
    }

    @Test
    void keepsEveryMatchOfASmallResult() throws IOException {
        FacetsCollector odd = matches(new TermQuery(new Term("parity", "odd")));
        FacetSample sample = FacetSample.of(odd, DOCS, 1);
        assertSame(odd, sample.hits());
        assertEquals(1.0, sample.scale());
        assertFalse(sample.estimated());
    }

    @Test
    void takesExactlyTheSizeAskedFromEveryStretchOfTheIndex() throws IOException {
        FacetSample sample = FacetSample.of(matches(new MatchAllDocsQuery()), 1_000, 7);
        List<Integer> docs = globalDocs(sample.hits());
        assertEquals(1_000, docs.size());
        assertEquals(30.0, sample.scale());
        assertTrue(sample.estimated());
        // One document from each run of 30 consecutive matches.
        for (int run = 0; run < 1_000; run++) {
            int doc = docs.get(run);
            assertTrue(doc >= run * 30 && doc < (run + 1) * 30, "run " + run + " took " + doc);
        }
        assertEquals(SEGMENTS, sample.hits().getMatchingDocs().size());
        sample.hits().getMatchingDocs().forEach(m -> assertEquals(200, m.totalHits()));
    }

    @Test
    void samplesOnlyMatchingDocuments() throws IOException {
        FacetSample sample = FacetSample.of(matches(new TermQuery(new Term("parity", "odd"))), 500, 3);
        List<Integer> docs = globalDocs(sample.hits());
        assertEquals(500, docs.size());
        assertTrue(docs.stream().allMatch(d -> d % 2 == 1), "only odd docs match");
    }

    @Test
    void theSameSeedTakesTheSameSample() throws IOException {
        FacetsCollector all = matches(new MatchAllDocsQuery());
        assertEquals(
                globalDocs(FacetSample.of(all, 2_000, 42).hits()),
                globalDocs(FacetSample.of(all, 2_000, 42).hits()));
        assertNotEquals(
                globalDocs(FacetSample.of(all, 2_000, 42).hits()),
                globalDocs(FacetSample.of(all, 2_000, 43).hits()));
    }

    @Test
    void scaledCountsEstimateTheExactOnes() throws IOException {
        var state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        FacetSample sample = FacetSample.of(matches(new MatchAllDocsQuery()), 3_000, 11);
        var counts = new SortedSetDocValuesFacetCounts(state, sample.hits()).getTopChildren(10, "colour");
        long[] exact = {9_000, 3_000, 18_000};
        String[] colours = {"red", "blue", "green"};
        for (int i = 0; i < colours.length; i++) {
            long estimate = -1;
            for (var lv : counts.labelValues) {
                if (lv.label.equals(colours[i])) {
                    estimate = Math.round(lv.value.longValue() * sample.scale());
                }
            }
            assertTrue(Math.abs(estimate - exact[i]) <= exact[i] * 0.05, colours[i] + ": " + estimate);
        }
    }

    @Test
    void refusesAnEmptySample() {
        assertThrows(IllegalArgumentException.class, () -> FacetSample.of(new FacetsCollector(), 0, 1));
    }
}
