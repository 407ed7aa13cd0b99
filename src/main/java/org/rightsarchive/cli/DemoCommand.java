package org.rightsarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.PipelineVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code archive demo}: indexes the bundled corpus when the index is missing, older or built by other code, then serves it. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description =
                "Index corpus/ if the index is missing, older than the corpus or built by other code, then serve on"
                        + " 127.0.0.1:7070.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    ServerOptions options = new ServerOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        ArchiveConfig config = options.resolve();
        Path corpus = config.path(ArchiveConfig.CORPUS);
        Path index = config.path(ArchiveConfig.INDEX);
        if (!Files.isDirectory(corpus)) {
            throw new UserError("corpus directory not found: " + corpus);
        }
        if (needsIndexing(corpus, new IndexStore(index))) {
            IndexCommand.run(
                    corpus,
                    index,
                    config.integer(ArchiveConfig.THREADS, 1, 256),
                    false,
                    config.integer(ArchiveConfig.MAX_PAGE_BYTES, 1, Integer.MAX_VALUE));
        } else {
            System.err.println("archive: index is up to date with " + corpus);
        }
        ServeCommand.serve(config);
        return 0;
    }

    /**
     * True when there is no live index, when other code built it (its annotations are that code's) or when some
     * corpus file changed after it was published.
     */
    static boolean needsIndexing(Path corpus, IndexStore store) throws IOException {
        Optional<Path> live = store.live();
        if (live.isEmpty()) {
            return true;
        }
        try (Directory dir = FSDirectory.open(live.get())) {
            if (PipelineVersion.builtByOtherCode(dir)) {
                System.err.println("archive: the index was built by another version of the pipeline; reindexing");
                return true;
            }
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
