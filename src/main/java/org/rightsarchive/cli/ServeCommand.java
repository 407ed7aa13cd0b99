package org.rightsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.web.ArchiveServer;
import org.rightsarchive.web.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive serve}: the web page and JSON API over the live index, until killed. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web page and the JSON API over the live index; picks up rebuilt indexes by itself.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", description = "interface to bind (default: ${DEFAULT-VALUE})")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--index", description = "index directory (default: ${DEFAULT-VALUE})")
    Path index = ArchivePaths.index();

    @Option(names = "--corpus", description = "corpus directory, for archived pages (default: ${DEFAULT-VALUE})")
    Path corpus = ArchivePaths.corpus();

    @Override
    public Integer call() throws IOException, InterruptedException {
        serve(index, corpus, host, port);
        return 0;
    }

    /** Opens the index, starts the server, prints its URL and blocks until the process is stopped. */
    static void serve(Path index, Path corpus, String host, int port) throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535: " + port);
        }
        if (!Files.isDirectory(corpus)) {
            throw new UserError("corpus directory not found: " + corpus);
        }
        LuceneSearchBackend backend = LuceneSearchBackend.open(new IndexStore(index));
        ArchiveServer server;
        try {
            server = ArchiveServer.start(
                    ServerConfig.defaults().withHost(host).withPort(port), backend, new CorpusReader(corpus));
        } catch (RuntimeException e) {
            backend.close();
            throw new UserError(CliErrors.describe(e), 1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                backend.close();
            } catch (IOException e) {
                // exiting anyway
            }
            stopped.countDown();
        }, "archive-shutdown"));
        System.out.printf(
                "archive: serving %s (index generation %d, %d documents); Ctrl-C stops%n",
                server.uri(), backend.generation(), backend.documentCount());
        System.out.flush();
        stopped.await();
    }
}
