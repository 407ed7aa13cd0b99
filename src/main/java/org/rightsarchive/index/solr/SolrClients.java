package org.rightsarchive.index.solr;

import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * SolrJ clients on the JDK's own HTTP client: no Jetty, Lucene or ZooKeeper jars beside Javalin's Jetty 12 and the
 * project's Lucene 10. Cluster state comes over HTTP from the given nodes.
 */
public final class SolrClients {
    private static final long CONNECT_TIMEOUT_MILLIS = 5_000;

    private static final String CLUSTER_STATE_LOGGER =
            "org.slf4j.simpleLogger.log.org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider";

    static {
        // SolrJ logs a stack trace for each node it cannot reach; callers report the failure themselves, in one line.
        // Set before the first SolrJ logger exists; an explicit setting wins.
        System.setProperty(CLUSTER_STATE_LOGGER, System.getProperty(CLUSTER_STATE_LOGGER, "error"));
    }

    private SolrClients() {}

    /** A cloud client for the cluster of {@code target}, its collection as default. Close it when done. */
    public static CloudSolrClient cloud(SolrTarget target) {
        long timeout = target.timeout().toMillis();
        return new CloudSolrClient.Builder(target.solrUrls())
                .withHttpClientBuilder(http(timeout))
                .withInternalClientBuilder(http(timeout))
                .withDefaultCollection(target.collection())
                .build();
    }

    private static HttpJdkSolrClient.Builder http(long timeoutMillis) {
        return new HttpJdkSolrClient.Builder()
                .withConnectionTimeout(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .withIdleTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .withRequestTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                // Solr 9's Jetty serves HTTP/1.1 and h2c; 1.1 avoids an upgrade round trip on every new connection.
                .useHttp1_1(true);
    }
}
