package org.rightsarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.web.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive demo}: indexes the bundled corpus when the index is missing or older, then serves it. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Index corpus/ if the index is missing or older than the corpus, then serve on 127.0.0.1:7070.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE})")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--corpus", description = "corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus = ArchivePaths.corpus();

    @Option(names = "--index", description = "index directory (default: ${DEFAULT-VALUE})")
    Path index = ArchivePaths.index();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(corpus)) {
            throw new UserError("corpus directory not found: " + corpus);
        }
        if (needsIndexing(corpus, new IndexStore(index))) {
            IndexCommand.run(corpus, index, Runtime.getRuntime().availableProcessors(), false);
        } else {
            System.err.println("archive: index is up to date with " + corpus);
        }
        ServeCommand.serve(index, corpus, ServerConfig.DEFAULT_HOST, port);
        return 0;
    }

    /** True when there is no live index or some corpus file changed after it was published. */
    static boolean needsIndexing(Path corpus, IndexStore store) throws IOException {
        Optional<Path> live = store.live();
        if (live.isEmpty()) {
            return true;
        }
        FileTime published = Files.getLastModifiedTime(store.root().resolve("CURRENT"));
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(published) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
