package org.rightsarchive.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;
import org.rightsarchive.index.Schema;
import org.rightsarchive.index.solr.SolrClients;
import org.rightsarchive.index.solr.SolrCollections;
import org.rightsarchive.index.solr.SolrConfigset;
import org.rightsarchive.index.solr.SolrIndexer;
import org.rightsarchive.index.solr.SolrTarget;
import org.rightsarchive.index.solr.SolrTestCluster;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.search.QueryExpander;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;

/**
 * A collection built by an earlier version, whose schema lacks the fields added since (person_zh, person_role,
 * event_span), is still searched, as that version searched it: an upgrade does not take search down while the new
 * collection is being built.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrCollectionOfAnEarlierVersionTest {
    private static final List<String> NEWER_FIELDS =
            List.of(Schema.PERSON_NAME_ZH, Schema.PERSON_ROLE, Schema.EVENT_SPAN);

    @TempDir
    static Path work;

    static SolrTestCluster cluster;
    static LuceneSearchBackend lucene;
    static SolrSearchBackend earlier;

    @BeforeAll
    static void indexTheCorpusUnderTheEarlierSchema() throws Exception {
        lucene = LuceneSearchBackend.open(GoldCorpus.shared());
        cluster = SolrTestCluster.start(1, work);
        SolrTarget target = SolrTarget.of(cluster.nodeUrls(), "earlier");
        try (CloudSolrClient client = SolrClients.cloud(target)) {
            ContentStreamBase.ByteArrayStream zip =
                    new ContentStreamBase.ByteArrayStream(earlierConfigset(), "earlier.zip");
            zip.setContentType("application/zip");
            new ConfigSetAdminRequest.Upload()
                    .setConfigSetName("earlier")
                    .setUploadStream(zip)
                    .process(client);
            new SolrCollections(client).create("earlier", "earlier", 1, 1);
            ArchiveIndexer indexer = new ArchiveIndexer(new PageExtractor(), GoldCorpus.goldAnnotators(), 2);
            IndexSummary summary = new SolrIndexer(indexer, 20, SolrIndexer.Retry.DEFAULT)
                    .index(
                            new CorpusReader(GoldCorpus.CORPUS).readAll(),
                            client,
                            "earlier",
                            ArchiveIndexer.Progress.NONE);
            assertTrue(summary.failed().isEmpty(), summary.failed().toString());
        }
        earlier = SolrSearchBackend.open(target, QueryExpander.NONE);
    }

    /**
     * Today's configset without the newer fields; fields it does not define are dropped, so today's documents index
     * into it as an earlier version's documents would.
     */
    private static byte[] earlierConfigset() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : SolrConfigset.generate().files().entrySet()) {
                String content = file.getValue();
                if (file.getKey().equals("managed-schema.xml")) {
                    content = content.lines()
                            .filter(line ->
                                    NEWER_FIELDS.stream().noneMatch(f -> line.contains("<field name=\"" + f + "\"")))
                            .collect(Collectors.joining("\n"))
                            .replace(
                                    "</schema>",
                                    "  <fieldType name=\"ignored\" class=\"solr.StrField\" indexed=\"false\""
                                            + " stored=\"false\" docValues=\"false\" multiValued=\"true\"/>\n"
                                            + "  <dynamicField name=\"*\" type=\"ignored\" multiValued=\"true\"/>\n"
                                            + "</schema>");
                    assertFalse(content.contains("\"" + Schema.EVENT_SPAN + "\""), content);
                }
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @AfterAll
    static void close() throws IOException {
        if (earlier != null) {
            earlier.close();
        }
        if (lucene != null) {
            lucene.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static SearchRequest dated(LocalDate from, LocalDate to) {
        return new SearchRequest("", Map.of(), from, to, null, null, SearchRequest.Sort.DATE, 1, 100);
    }

    @Test
    void aTextSearchFindsWhatTheEmbeddedIndexFinds() throws IOException {
        SearchRequest yao = SearchRequest.of("Yao Fuxin").withPage(1, 100);
        SearchResult found = earlier.search(yao);
        assertFalse(found.hits().isEmpty());
        assertEquals(lucene.search(yao).total(), found.total());
    }

    @Test
    void anEventDateFilterFindsTheEventsByTheirFirstDays() throws IOException {
        SearchRequest march = dated(LocalDate.of(2002, 3, 1), LocalDate.of(2002, 3, 31));
        SearchResult found = earlier.search(march);
        assertFalse(found.hits().isEmpty());
        assertEquals(lucene.search(march).total(), found.total());
        // Without spans, a day inside the month misses the month's events, as the earlier version did.
        assertEquals(
                0,
                earlier.search(dated(LocalDate.of(2002, 3, 20), LocalDate.of(2002, 3, 20)))
                        .total());
    }

    @Test
    void aPersonAndARoleFilterAsTheEarlierVersionDid() throws IOException {
        SearchRequest detained = SearchRequest.of("")
                .withFilters(Map.of(Schema.PERSON, List.of("yao-fuxin"), Schema.ROLE, List.of("detainee")))
                .withPage(1, 100);
        SearchResult found = earlier.search(detained);
        assertFalse(found.hits().isEmpty());
        assertEquals(lucene.search(detained).total(), found.total());
    }
}
