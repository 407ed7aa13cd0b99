package org.rightsarchive.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveAnalyzers;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.Schema;

/**
 * The generated configset on a real 2-node SolrCloud cluster (child JVM, loopback): a 2-shard collection is created
 * from it, Solr analyzes text exactly as the embedded index does, the bundled corpus is indexed with the same
 * documents, and a rebuild moves the alias to a new collection and drops the old one.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrCloudIndexingTest {
    @TempDir
    static Path work;

    static SolrTestCluster cluster;
    static CloudSolrClient client;
    static List<Capture> corpus;
    static Path luceneIndex;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SolrTestCluster.start(2, work);
        client = SolrClients.cloud(SolrTarget.of(cluster.nodeUrls(), "archive"));
        SolrCollections admin = new SolrCollections(client);
        admin.uploadConfigset("archive", SolrConfigset.generate());
        admin.create("plain", "archive", 2, 1);
        corpus = new CorpusReader(Path.of("corpus")).readAll();
        luceneIndex = work.resolve("lucene");
        indexer().rebuild(corpus, luceneIndex, ArchiveIndexer.Progress.NONE);
    }

    @AfterAll
    static void stopCluster() throws IOException {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static ArchiveIndexer indexer() {
        return new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 2);
    }

    static long luceneCount(String field, String value) throws IOException {
        try (var dir = FSDirectory.open(luceneIndex);
                var reader = DirectoryReader.open(dir)) {
            return value == null
                    ? reader.numDocs()
                    : new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
        }
    }

    static long solrCount(String collection, String query) throws Exception {
        return client.query(collection, new SolrQuery(query).setRows(0))
                .getResults()
                .getNumFound();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "body_zh, 遼寧省遼陽市工人代表姚福信被拘留。",
        "body_cjk, 遼寧省遼陽市工人代表姚福信被拘留。 #人權",
        "body_en, Yao's detained Fúxìn; the workers' leaders",
        "names_cjk, 劉曉波 ＡＢＣ"
    })
    void solrAnalyzesTextLikeTheEmbeddedIndex(String field, String text) throws Exception {
        FieldAnalysisRequest request =
                new FieldAnalysisRequest().addFieldName(field).setFieldValue(text);
        FieldAnalysisResponse response = request.process(client, "plain");
        List<AnalysisResponseBase.TokenInfo> last = null;
        for (AnalysisResponseBase.AnalysisPhase phase :
                response.getFieldNameAnalysis(field).getIndexPhases()) {
            last = phase.getTokens();
        }
        List<String> solr = new ArrayList<>();
        for (AnalysisResponseBase.TokenInfo t : last) {
            solr.add(t.getText() + "@" + t.getStart() + "-" + t.getEnd());
        }
        List<String> lucene = SolrConfigsetTest.tokens(ArchiveAnalyzers.perField(), field, text).stream()
                .map(s -> s.substring(0, s.lastIndexOf('+')))
                .toList();
        assertEquals(lucene, solr);
    }

    @Test
    void corpusIsIndexedWithTheSameDocumentsAsTheEmbeddedIndex() throws Exception {
        SolrIndexer solr = new SolrIndexer(indexer(), 16, SolrIndexer.Retry.DEFAULT);
        var summary = solr.index(corpus, client, "plain", ArchiveIndexer.Progress.NONE);
        assertTrue(summary.failed().isEmpty(), summary.failed().toString());
        assertEquals(luceneCount(null, null), summary.indexed());
        assertEquals(luceneCount(null, null), solrCount("plain", "*:*"));
        int compared = 0;
        for (String dim : Schema.FACETS) {
            for (String value : luceneFacetValues(dim)) {
                long expected =
                        luceneCount(FACETS.getDimConfig(dim).indexFieldName, FacetsConfig.pathToString(dim, value));
                assertEquals(expected, solrCount("plain", dim + ":\"" + value + "\""), dim + "=" + value);
                compared++;
            }
        }
        assertTrue(compared >= 3, "the corpus has languages and years at least: " + compared);
    }

    static final FacetsConfig FACETS = Schema.facetsConfig();

    /** Every value of a facet dimension in the embedded index. */
    static List<String> luceneFacetValues(String dim) throws IOException {
        List<String> values = new ArrayList<>();
        try (var dir = FSDirectory.open(luceneIndex);
                var reader = DirectoryReader.open(dir)) {
            var state = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
            var dv = state.getDocValues();
            for (long ord = 0; ord < dv.getValueCount(); ord++) {
                String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
                if (path.length == 2 && path[0].equals(dim)) {
                    values.add(path[1]);
                }
            }
        }
        return values;
    }

    @Test
    void rebuildMovesTheAliasAndDropsTheOldCollection() throws Exception {
        SolrIndexer solr = new SolrIndexer(indexer(), 50, SolrIndexer.Retry.DEFAULT);
        SolrCollections admin = new SolrCollections(client);
        List<Capture> few = corpus.subList(0, 5);
        SolrReindexer.Result first = new SolrReindexer(client, solr, fixedClock("2026-01-01T00:00:00Z"))
                .rebuild(few, "live", new SolrReindexer.Layout(2, 1, false), ArchiveIndexer.Progress.NONE);
        assertEquals(Optional.of(first.collection()), admin.aliasTarget("live"));
        long before = solrCount("live", "*:*");
        assertTrue(before > 0);
        SolrReindexer.Result second = new SolrReindexer(client, solr, fixedClock("2026-01-02T00:00:00Z"))
                .rebuild(corpus, "live", new SolrReindexer.Layout(2, 1, false), ArchiveIndexer.Progress.NONE);
        assertEquals(Optional.of(first.collection()), second.previous());
        assertEquals(Optional.of(second.collection()), admin.aliasTarget("live"));
        assertFalse(admin.collections().contains(first.collection()), "old collection dropped");
        assertEquals(luceneCount(null, null), solrCount("live", "*:*"));
    }

    @Test
    void rebuildRefusesToReplaceARealCollection() {
        SolrIndexer solr = new SolrIndexer(indexer(), 50, SolrIndexer.Retry.DEFAULT);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(
                IOException.class, () -> new SolrReindexer(client, solr, Clock.systemUTC())
                        .rebuild(corpus, "plain", new SolrReindexer.Layout(1, 1, false), ArchiveIndexer.Progress.NONE));
        assertTrue(e.getMessage().contains("is a collection, not an alias"), e.getMessage());
    }

    @Test
    void commandLineCreatesAndRebuildsBehindAnAlias() throws Exception {
        String url = cluster.nodeUrls().get(0);
        String[] solr = {"--solr-url", url, "--collection", "cli"};
        assertEquals(0, org.rightsarchive.cli.Main.run(concat(new String[] {"solr", "create", "--shards", "2"}, solr)));
        String created = new SolrCollections(client).aliasTarget("cli").orElseThrow();
        assertEquals(0, solrCount("cli", "*:*"));
        assertEquals(
                0,
                org.rightsarchive.cli.Main.run(
                        concat(new String[] {"reindex", "--corpus", "corpus", "--threads", "1"}, solr)));
        String rebuilt = new SolrCollections(client).aliasTarget("cli").orElseThrow();
        assertFalse(rebuilt.equals(created), "alias moved from " + created);
        assertEquals(
                2, client.getClusterState().getCollection(rebuilt).getSlices().size(), "layout kept");
        assertEquals(luceneCount(null, null), solrCount("cli", "*:*"));
        try (var backend = org.rightsarchive.search.solr.SolrSearchBackend.open(
                SolrTarget.of(cluster.nodeUrls(), "cli"), org.rightsarchive.search.QueryExpander.NONE)) {
            assertEquals(Long.parseLong(rebuilt.substring(rebuilt.lastIndexOf('_') + 1)), backend.generation());
            assertEquals(luceneCount(null, null), backend.documentCount());
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Clock fixedClock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
