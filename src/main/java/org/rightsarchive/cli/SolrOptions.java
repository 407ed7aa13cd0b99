package org.rightsarchive.cli;

import java.time.Duration;
import java.util.List;
import org.rightsarchive.index.solr.SolrTarget;
import picocli.CommandLine.Option;

/**
 * The options that choose the search backend: the embedded index (default) or a SolrCloud collection. A picocli
 * mixin, so every command that reads or writes the archive takes the same options.
 */
public final class SolrOptions {
    /** The backends. */
    public enum Backend {
        lucene,
        solr
    }

    @Option(names = "--backend", description = "lucene (the embedded index, default) or solr (a SolrCloud collection)")
    Backend backend = Backend.lucene;

    @Option(
            names = "--solr-url",
            split = ",",
            paramLabel = "URL",
            description = "base URL(s) of Solr nodes, e.g. http://127.0.0.1:8983/solr (comma-separated)")
    List<String> solrUrls = List.of();

    @Option(
            names = "--solr-zk",
            paramLabel = "HOST:PORT/CHROOT",
            description = "ZooKeeper address of the cluster (not supported: use --solr-url)")
    String solrZk;

    @Option(names = "--collection", description = "Solr collection or alias searches use (default: ${DEFAULT-VALUE})")
    String collection = "archive";

    @Option(names = "--solr-timeout", description = "seconds one Solr request may take (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = (int) SolrTarget.DEFAULT_TIMEOUT.toSeconds();

    /** True when Solr was chosen, by {@code --backend solr} or by giving a Solr address. */
    public boolean solr() {
        return backend == Backend.solr || !solrUrls.isEmpty() || solrZk != null;
    }

    /** The Solr target these options name; a clear error if they name none. */
    public SolrTarget target() {
        if (solrZk != null) {
            throw new UserError("--solr-zk is not supported: the archive talks to Solr over HTTP only (no ZooKeeper"
                    + " client on its classpath); give the URL of any node with --solr-url, e.g."
                    + " http://127.0.0.1:8983/solr");
        }
        if (solrUrls.isEmpty()) {
            throw new UserError("--backend solr needs --solr-url URL (any node of the cluster, e.g."
                    + " http://127.0.0.1:8983/solr)");
        }
        if (timeoutSeconds < 1) {
            throw new UserError("--solr-timeout must be at least 1 second");
        }
        try {
            return new SolrTarget(solrUrls, collection, Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
