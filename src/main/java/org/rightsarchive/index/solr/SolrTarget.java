package org.rightsarchive.index.solr;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where the archive lives on SolrCloud.
 *
 * @param solrUrls base URLs of one or more Solr nodes ({@code http://host:8983/solr}); the client learns the rest of
 *     the cluster from them
 * @param collection the collection or, usually, the alias searches and reindexes go through
 * @param timeout longest wait for one request: a node that does not answer is an error, never a hang
 */
public record SolrTarget(List<String> solrUrls, String collection, Duration timeout) {
    /** Default time limit of one request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SolrTarget {
        solrUrls = List.copyOf(solrUrls);
        if (solrUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one Solr URL is needed, e.g. http://127.0.0.1:8983/solr");
        }
        for (String url : solrUrls) {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) Solr URL: " + url);
            }
        }
        Objects.requireNonNull(collection, "collection");
        if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "collection names use letters, digits, '.', '_' and '-' only: '" + collection + "'");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** A target with the default timeout. */
    public static SolrTarget of(List<String> solrUrls, String collection) {
        return new SolrTarget(solrUrls, collection, DEFAULT_TIMEOUT);
    }

    /** The same cluster, another collection. */
    public SolrTarget withCollection(String other) {
        return new SolrTarget(solrUrls, other, timeout);
    }
}
