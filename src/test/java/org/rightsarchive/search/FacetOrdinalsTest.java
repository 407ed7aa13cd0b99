package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FacetOrdinalsTest {
    private static final FacetsConfig CONFIG = config();

    @TempDir
    Path dir;

    private static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("person", true);
        return config;
    }

    /** Pages with one colour and up to three people, in segments of random sizes, some pages deleted. */
    private void index(long seed, int segments) throws IOException {
        Random random = new Random(seed);
        try (var directory = FSDirectory.open(dir);
                var writer =
                        new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            int id = 0;
            for (int s = 0; s < segments; s++) {
                int size = 1 + random.nextInt(400);
                for (int i = 0; i < size; i++, id++) {
                    Document d = new Document();
                    d.add(new StringField("id", Integer.toString(id), Field.Store.NO));
                    d.add(new StringField("half", random.nextBoolean() ? "a" : "b", Field.Store.NO));
                    d.add(new SortedSetDocValuesFacetField("colour", "c" + random.nextInt(7)));
                    for (int p = random.nextInt(4); p > 0; p--) {
                        d.add(new SortedSetDocValuesFacetField("person", "p" + random.nextInt(300)));
                    }
                    writer.addDocument(CONFIG.build(d));
                }
                writer.commit();
            }
            for (int i = 0; i < id / 20; i++) {
                writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(id))));
            }
            writer.commit();
        }
    }

    private static List<String> lucene(FacetResult result) {
        List<String> out = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.add(lv.label + "=" + lv.value);
            }
        }
        return out;
    }

    private static List<String> ours(List<SearchResult.FacetCount> counts) {
        return counts.stream().map(c -> c.value() + "=" + c.count()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void countsAsLuceneDoesInAnyNumberOfSegments(int segments) throws IOException {
        long seed = new Random().nextLong();
        System.out.println("FacetOrdinalsTest seed " + seed + ", " + segments + " segments");
        index(seed, segments);
        try (var directory = FSDirectory.open(dir);
                var reader = DirectoryReader.open(directory)) {
            var state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
            FacetOrdinals ordinals = new FacetOrdinals(state);
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetsCollector half = searcher.search(new TermQuery(new Term("half", "a")), new FacetsCollectorManager());
            var theirs = new SortedSetDocValuesFacetCounts(state, half);
            int[] counts = ordinals.count(half);
            for (int n : new int[] {1, 5, 1000}) {
                assertEquals(lucene(theirs.getTopChildren(n, "person")), ours(ordinals.top(counts, "person", n, 1)));
                assertEquals(lucene(theirs.getTopChildren(n, "colour")), ours(ordinals.top(counts, "colour", n, 1)));
            }
            assertEquals(lucene(theirs.getAllChildren("colour")), ours(ordinals.all(counts, "colour", 1)));
            var everything = new SortedSetDocValuesFacetCounts(state);
            assertEquals(
                    lucene(everything.getTopChildren(1000, "person")),
                    ours(ordinals.top(ordinals.countAll(), "person", 1000, 1)),
                    "whole index, deleted pages left out");
            FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
            assertEquals(
                    ours(ordinals.top(ordinals.count(all), "person", 1000, 1)),
                    ours(ordinals.top(ordinals.countAll(), "person", 1000, 1)));
        }
    }

    @Test
    void scalesAndRoundsEstimatedCounts() throws IOException {
        index(7, 2);
        try (var directory = FSDirectory.open(dir);
                var reader = DirectoryReader.open(directory)) {
            FacetOrdinals ordinals = new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(reader, CONFIG));
            int[] counts = ordinals.countAll();
            List<SearchResult.FacetCount> exact = ordinals.top(counts, "colour", 10, 1);
            List<SearchResult.FacetCount> scaled = ordinals.top(counts, "colour", 10, 2.5);
            for (int i = 0; i < exact.size(); i++) {
                assertEquals(exact.get(i).value(), scaled.get(i).value());
                assertEquals(
                        Math.round(exact.get(i).count() * 2.5), scaled.get(i).count());
            }
            assertEquals(List.of(), ordinals.top(counts, "no-such-dimension", 10, 1));
        }
    }
}
