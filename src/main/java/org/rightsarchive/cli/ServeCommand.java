package org.rightsarchive.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.index.ReindexService;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.web.AdminRoutes;
import org.rightsarchive.web.AdminToken;
import org.rightsarchive.web.ArchiveServer;
import org.rightsarchive.web.RateLimit;
import org.rightsarchive.web.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code archive serve}: the web page and JSON API over the live index, until killed. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web page and the JSON API over the live index; picks up rebuilt indexes by itself."
                + " The admin API (POST /api/admin/reindex, GET /api/admin/status) is on only when ARCHIVE_ADMIN_TOKEN"
                + " (or admin.token in the configuration file) is set.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options = new ServerOptions();

    @Mixin
    SolrOptions solr = new SolrOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (solr.solr()) {
            return SolrCommand.serve(options.resolve(), solr);
        }
        serve(options.resolve());
        return 0;
    }

    /** Opens the index, starts the server, prints the configuration and URL, and blocks until the process stops. */
    static void serve(ArchiveConfig config) throws IOException, InterruptedException {
        int threads = config.integer(ArchiveConfig.THREADS, 1, 256);
        Path index = config.path(ArchiveConfig.INDEX);
        Path corpus = config.path(ArchiveConfig.CORPUS);
        if (!Files.isDirectory(corpus)) {
            throw new UserError("corpus directory not found: " + corpus);
        }
        Optional<AdminToken> token;
        try {
            token = AdminToken.of(config.get(ArchiveConfig.ADMIN_TOKEN));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        ServerConfig publicServer = publicServer(config);
        LuceneSearchBackend backend = ArchiveServices.openBackend(index);
        ArchiveReader archive = ArchiveReader.open(corpus);
        ReindexService reindex = new ReindexService(
                ArchiveServices.reindexer(
                        index, threads, config.integer(ArchiveConfig.MAX_PAGE_BYTES, 1, Integer.MAX_VALUE)),
                () -> ArchiveReader.open(corpus).latestGoodCapturesOnDemand());
        AdminRoutes admin = new AdminRoutes(token, reindex, backend);
        ServerConfig serverConfig = publicServer.withExtension(admin::register);
        ArchiveServer server;
        try {
            server = ArchiveServer.start(serverConfig, backend, archive);
        } catch (RuntimeException e) {
            reindex.close();
            backend.close();
            throw new UserError(CliErrors.describe(e), 1);
        }
        System.out.printf(
                "archive: serving %s (index generation %d, %d documents; admin API %s); Ctrl-C stops%n",
                server.uri(), backend.generation(), backend.documentCount(), admin.enabled() ? "on" : "off");
        awaitShutdown(server, reindex, backend);
    }

    /**
     * The server as the configuration describes it, whichever backend answers: host (a warning when it is not
     * loopback), port, rate limit, topic labels. Prints the configuration first.
     */
    static ServerConfig publicServer(ArchiveConfig config) {
        String host = config.get(ArchiveConfig.HOST);
        int port = config.integer(ArchiveConfig.PORT, 0, 65535);
        RateLimit rateLimit = rateLimit(config);
        System.err.print("archive: configuration\n" + config.describe());
        if (!isLoopback(host)) {
            System.err.println(
                    "archive: WARNING: binding " + host + " makes the archive reachable from other machines");
        }
        return ServerConfig.defaults()
                .withHost(host)
                .withPort(port)
                .withTopics(ArchiveServices.topics())
                .withRateLimit(rateLimit);
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then closes the server and what it serves. */
    static void awaitShutdown(ArchiveServer server, AutoCloseable... resources) throws InterruptedException {
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            for (AutoCloseable r : resources) {
                                try {
                                    r.close();
                                } catch (Exception e) {
                                    // exiting anyway
                                }
                            }
                            stopped.countDown();
                        },
                        "archive-shutdown"));
        stopped.await();
    }

    /** The configured per-client rate limit; {@code rate.limit=0} turns it off. */
    static RateLimit rateLimit(ArchiveConfig config) {
        int perSecond = config.integer(ArchiveConfig.RATE_LIMIT, 0, 1_000_000);
        int burst = config.integer(ArchiveConfig.RATE_BURST, 1, 1_000_000);
        return perSecond == 0 ? RateLimit.OFF : new RateLimit(perSecond, burst);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
