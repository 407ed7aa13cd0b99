package org.rightsarchive.index.solr;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Collection administration for the archive: upload the generated configset, create collections with N shards and
 * R replicas, read and move the alias searches go through, drop a collection. Errors come back as {@link
 * IOException}s naming the operation and Solr's reason.
 */
public final class SolrCollections {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final SolrClient client;

    public SolrCollections(SolrClient client) {
        this.client = client;
    }

    /**
     * The name of a new collection behind {@code alias}: the alias and a UTC timestamp to the millisecond, {@code
     * archive_20260101120000123}, so each rebuild has its own collection and names sort by age.
     */
    public static String stampedName(String alias, Instant when) {
        return alias + "_" + STAMP.format(when.atZone(ZoneOffset.UTC));
    }

    /** Uploads (or replaces) the generated configset under {@code name}. */
    public void uploadConfigset(String name, SolrConfigset configset) throws IOException {
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(configset.zip(), name + ".zip");
        zip.setContentType("application/zip");
        run("upload configset " + name, () -> new ConfigSetAdminRequest.Upload()
                .setConfigSetName(name)
                .setUploadStream(zip)
                .setOverwrite(true)
                .setCleanup(true)
                .process(client));
    }

    /** Creates a collection from an uploaded configset and waits until its replicas are active. */
    public void create(String collection, String configset, int shards, int replicas) throws IOException {
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be >= 1");
        }
        CollectionAdminRequest.Create create =
                CollectionAdminRequest.createCollection(collection, configset, shards, replicas);
        create.setWaitForFinalState(true);
        run("create collection " + collection, () -> create.process(client));
    }

    /** Names of the collections of the cluster. */
    public List<String> collections() throws IOException {
        try {
            return CollectionAdminRequest.listCollections(client);
        } catch (SolrServerException | SolrException e) {
            throw new IOException("cannot list collections: " + e.getMessage(), e);
        }
    }

    /** The collection an alias points to, if the alias exists. */
    public Optional<String> aliasTarget(String alias) throws IOException {
        CollectionAdminResponse r = run("list aliases", () -> new CollectionAdminRequest.ListAliases().process(client));
        Map<String, List<String>> aliases = r.getAliasesAsLists();
        List<String> targets = aliases == null ? null : aliases.get(alias);
        return targets == null || targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(0));
    }

    /** Points {@code alias} at {@code collection}, atomically for searches (creating the alias if needed). */
    public void pointAlias(String alias, String collection) throws IOException {
        run("point alias " + alias + " at " + collection, () -> CollectionAdminRequest.createAlias(alias, collection)
                .process(client));
    }

    /** Deletes a collection and its data. */
    public void delete(String collection) throws IOException {
        run("delete collection " + collection, () -> CollectionAdminRequest.deleteCollection(collection)
                .process(client));
    }

    @FunctionalInterface
    private interface Admin<T> {
        T call() throws SolrServerException, IOException;
    }

    private static <T extends org.apache.solr.client.solrj.response.SolrResponseBase> T run(String what, Admin<T> op)
            throws IOException {
        try {
            T response = op.call();
            Object error = response.getResponse() == null
                    ? null
                    : response.getResponse().get("failure");
            if (error != null) {
                throw new IOException(what + " failed: " + error);
            }
            return response;
        } catch (SolrServerException | SolrException e) {
            throw new IOException(what + " failed: " + e.getMessage(), e);
        }
    }
}
