package org.rightsarchive.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.solr.SolrClients;
import org.rightsarchive.index.solr.SolrCollections;
import org.rightsarchive.index.solr.SolrConfigset;
import org.rightsarchive.index.solr.SolrIndexer;
import org.rightsarchive.index.solr.SolrTarget;
import org.rightsarchive.index.solr.SolrTestCluster;
import org.rightsarchive.search.BackendUnavailableException;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.QueryExpander;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;
import org.rightsarchive.web.ArchiveServer;
import org.rightsarchive.web.BackendUnavailable;
import org.rightsarchive.web.ServerConfig;

/**
 * Nodes of a real 2-node cluster stopped under a running search backend and web server: with one node (one of two
 * shards) down, searches answer with the other shard's documents flagged partial, also through the JSON API; with
 * every node down, a search is a clear unavailability error (a 503 from the API) within the request timeout, never
 * a hang or a 500. The steps run in order on one cluster, so they form a single test.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrFailureTest {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path work;

    static SolrTestCluster cluster;
    static SolrSearchBackend solr;
    static ArchiveServer server;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startClusterAndServer() throws Exception {
        cluster = SolrTestCluster.start(2, work);
        SolrTarget target = new SolrTarget(cluster.nodeUrls(), "failover", REQUEST_TIMEOUT);
        try (CloudSolrClient client = SolrClients.cloud(target)) {
            SolrCollections admin = new SolrCollections(client);
            admin.uploadConfigset("archive", SolrConfigset.generate());
            admin.create("failover", "archive", 2, 1);
            ArchiveIndexer indexer = new ArchiveIndexer(new PageExtractor(), GoldCorpus.goldAnnotators(), 2);
            new SolrIndexer(indexer, 50, SolrIndexer.Retry.DEFAULT)
                    .index(
                            new CorpusReader(GoldCorpus.CORPUS).readAll(),
                            client,
                            "failover",
                            ArchiveIndexer.Progress.NONE);
        }
        solr = SolrSearchBackend.open(target, QueryExpander.NONE);
        server = ArchiveServer.start(
                ServerConfig.defaults().withPort(0).withExtension(BackendUnavailable.mapping()),
                solr,
                new CorpusReader(GoldCorpus.CORPUS));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (solr != null) {
            solr.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static HttpResponse<String> api(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void lostShardGivesPartialResultsThenLostClusterGivesAClearError() throws Exception {
        SearchRequest all = SearchRequest.of("").withPage(1, 100);
        SearchResult healthy = solr.search(all);
        assertFalse(healthy.partial());
        assertEquals(55, healthy.total(), "the whole corpus answers");
        assertEquals(200, api("api/search?q=detained").statusCode());

        cluster.stopNode(1);
        long start = System.nanoTime();
        SearchResult half = solr.search(all);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(REQUEST_TIMEOUT) < 0, "answered in time");
        assertTrue(half.partial(), "flagged partial");
        assertTrue(half.total() > 0 && half.total() < healthy.total(), "one shard's documents: " + half.total());
        HttpResponse<String> partial = api("api/search?q=detained");
        assertEquals(200, partial.statusCode(), partial.body());
        assertTrue(partial.body().contains("\"partial\":true"), partial.body());

        cluster.stopNode(0);
        start = System.nanoTime();
        BackendUnavailableException down = assertThrows(BackendUnavailableException.class, () -> solr.search(all));
        assertTrue(
                Duration.ofNanos(System.nanoTime() - start).compareTo(REQUEST_TIMEOUT.multipliedBy(3)) < 0,
                "failed in time");
        assertTrue(down.getMessage().contains("failover"), down.getMessage());
        HttpResponse<String> unavailable = api("api/search?q=detained");
        assertEquals(503, unavailable.statusCode(), unavailable.body());
        assertTrue(unavailable.body().contains("unavailable"), unavailable.body());
        assertEquals(List.of("10"), unavailable.headers().allValues("Retry-After"));
    }
}
