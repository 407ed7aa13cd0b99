package org.rightsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;
import org.rightsarchive.index.solr.SolrClients;
import org.rightsarchive.index.solr.SolrCollections;
import org.rightsarchive.index.solr.SolrConfigset;
import org.rightsarchive.index.solr.SolrIndexer;
import org.rightsarchive.index.solr.SolrReindexer;
import org.rightsarchive.index.solr.SolrTarget;
import org.rightsarchive.search.DictionaryQueryExpander;
import org.rightsarchive.search.solr.SolrSearchBackend;
import org.rightsarchive.web.ArchiveServer;
import org.rightsarchive.web.BackendUnavailable;
import org.rightsarchive.web.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archive solr ...}: the archive on SolrCloud. {@code configset DIR} writes the generated configset; {@code
 * create} uploads it and creates a collection behind an alias; {@code serve} runs the web page and API over it.
 * Rebuilds go through {@code archive reindex --backend solr}.
 */
@Command(
        name = "solr",
        mixinStandardHelpOptions = true,
        description = "The archive on SolrCloud: generate the configset, create a collection, serve from it.",
        subcommands = {SolrCommand.Configset.class, SolrCommand.Create.class, SolrCommand.Serve.class})
public final class SolrCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code archive solr configset DIR}. */
    @Command(
            name = "configset",
            mixinStandardHelpOptions = true,
            description = "Write the Solr configset (schema, solrconfig, word lists) generated from the archive's"
                    + " own field and analyzer definitions.")
    static final class Configset implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "directory to write into (created if missing)")
        Path dir;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UserError("not a directory: " + dir);
            }
            List<Path> files = SolrConfigset.generate().writeTo(dir);
            files.forEach(f -> System.out.println(f));
            System.err.printf("archive: wrote %d files of the Solr configset into %s%n", files.size(), dir);
            return 0;
        }
    }

    /** {@code archive solr create}. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Upload the configset and create a collection with N shards and R replicas; the name"
                    + " given by --collection becomes an alias of it, which reindex later moves.")
    static final class Create implements Callable<Integer> {
        @Mixin
        SolrOptions solr;

        @Option(names = "--shards", description = "number of shards (default: ${DEFAULT-VALUE})")
        int shards = 2;

        @Option(names = "--replicas", description = "replicas per shard (default: ${DEFAULT-VALUE})")
        int replicas = 1;

        @Override
        public Integer call() throws IOException {
            if (shards < 1 || replicas < 1) {
                throw new UserError("--shards and --replicas must be at least 1");
            }
            SolrTarget target = solr.target();
            try (CloudSolrClient client = SolrClients.cloud(target)) {
                SolrCollections admin = new SolrCollections(client);
                String alias = target.collection();
                if (admin.collections().contains(alias)
                        || admin.aliasTarget(alias).isPresent()) {
                    throw new UserError("'" + alias + "' exists already; rebuild it with archive reindex --backend"
                            + " solr, or choose another --collection");
                }
                String collection =
                        SolrCollections.stampedName(alias, Clock.systemUTC().instant());
                admin.uploadConfigset(alias, SolrConfigset.generate());
                admin.create(collection, alias, shards, replicas);
                admin.pointAlias(alias, collection);
                System.err.printf(
                        "archive: created collection %s (%d shards x %d replicas) behind alias %s%n",
                        collection, shards, replicas, alias);
            }
            return 0;
        }
    }

    /** {@code archive solr serve}. */
    @Command(
            name = "serve",
            mixinStandardHelpOptions = true,
            description = "Serve the web page and the JSON API from a SolrCloud collection.")
    static final class Serve implements Callable<Integer> {
        @Mixin
        SolrOptions solr;

        @Option(names = "--port", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
        int port = ServerConfig.DEFAULT_PORT;

        @Option(names = "--host", description = "interface to bind (default: ${DEFAULT-VALUE})")
        String host = ServerConfig.DEFAULT_HOST;

        @Option(names = "--corpus", description = "corpus directory, for archived pages (default: ${DEFAULT-VALUE})")
        Path corpus = ArchivePaths.corpus();

        @Override
        public Integer call() throws IOException, InterruptedException {
            java.util.Map<String, String> flags = new java.util.HashMap<>();
            flags.put(ArchiveConfig.HOST.name(), host);
            flags.put(ArchiveConfig.PORT.name(), Integer.toString(port));
            flags.put(ArchiveConfig.CORPUS.name(), corpus.toAbsolutePath().toString());
            return serve(ArchiveConfig.load(ArchivePaths.home(), null, System.getenv(), flags), solr);
        }
    }

    /**
     * {@code archive serve --backend solr} (and {@code archive solr serve}): the same server as the embedded one,
     * with the same query expansion, labels and limits, answered by a SolrCloud collection.
     */
    static int serve(ArchiveConfig config, SolrOptions solr) throws IOException, InterruptedException {
        ServerConfig publicServer = ServeCommand.publicServer(config);
        SolrSearchBackend backend = SolrSearchBackend.open(solr.target(), DictionaryQueryExpander.standard());
        ArchiveServer server;
        try {
            server = ArchiveServer.start(
                    publicServer.withExtension(BackendUnavailable.mapping()),
                    backend,
                    ArchiveReader.open(config.path(ArchiveConfig.CORPUS)));
        } catch (RuntimeException e) {
            backend.close();
            throw new UserError(CliErrors.describe(e), 1);
        }
        System.out.printf(
                "archive: serving %s from Solr collection %s (%d documents); Ctrl-C stops%n",
                server.uri(), solr.target().collection(), backend.documentCount());
        ServeCommand.awaitShutdown(server, backend);
        return 0;
    }

    /**
     * {@code archive reindex --backend solr}: rebuilds the collection behind the alias into a new collection of the
     * same layout (or --shards/--replicas), then moves the alias. Called by {@link IndexCommand}.
     */
    static int reindex(Path corpus, int threads, SolrOptions solr, boolean incremental) throws IOException {
        if (incremental) {
            throw new UserError("--incremental is not supported with --backend solr: a Solr rebuild is a new collection"
                    + " and an alias swap");
        }
        if (!Files.isDirectory(corpus)) {
            throw new UserError("corpus directory not found: " + corpus);
        }
        if (threads < 1) {
            throw new UserError("--threads must be at least 1");
        }
        SolrTarget target = solr.target();
        List<Capture> captures = ArchiveReader.open(corpus).latestGoodCapturesOnDemand();
        System.err.printf(
                "archive: indexing %d captures from %s into Solr alias %s%n",
                captures.size(), corpus, target.collection());
        ArchiveIndexer indexer = new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), threads);
        try (CloudSolrClient client = SolrClients.cloud(target)) {
            SolrReindexer.Layout layout = layout(client, target.collection());
            SolrReindexer.Result result = new SolrReindexer(
                            client,
                            new SolrIndexer(indexer, SolrIndexer.DEFAULT_BATCH, SolrIndexer.Retry.DEFAULT),
                            Clock.systemUTC())
                    .rebuild(captures, target.collection(), layout, ProgressPrinter.forStderr());
            IndexSummary summary = result.summary();
            IndexCommand.printProblems(summary);
            System.err.printf(
                    "archive: %s; alias %s now points to %s (%d shards x %d replicas)%s%n",
                    summary.line(),
                    target.collection(),
                    result.collection(),
                    layout.shards(),
                    layout.replicas(),
                    result.previous().map(p -> "; dropped " + p).orElse(""));
            return summary.failed().isEmpty() ? 0 : 1;
        }
    }

    /** The layout of the collection behind the alias now, so a rebuild keeps it; 2 x 1 for a new alias. */
    private static SolrReindexer.Layout layout(CloudSolrClient client, String alias) throws IOException {
        var current = new SolrCollections(client).aliasTarget(alias);
        if (current.isEmpty()) {
            return new SolrReindexer.Layout(2, 1, false);
        }
        var state = client.getClusterState().getCollectionOrNull(current.get());
        if (state == null || state.getSlices().isEmpty()) {
            return new SolrReindexer.Layout(2, 1, false);
        }
        int shards = state.getSlices().size();
        int replicas = state.getSlices().iterator().next().getReplicas().size();
        return new SolrReindexer.Layout(shards, replicas, false);
    }
}
