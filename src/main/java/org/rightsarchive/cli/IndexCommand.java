package org.rightsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive index}: builds the index from the corpus. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Index the corpus into the index directory.")
public final class IndexCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus = ArchivePaths.corpus();

    @Option(names = "--index", description = "index directory (default: ${DEFAULT-VALUE})")
    Path index = ArchivePaths.index();

    @Option(names = "--threads", description = "worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        IndexSummary summary = run(corpus, index, threads);
        return summary.failed().isEmpty() ? 0 : 1;
    }

    /** Indexes {@code corpus} into {@code index}, printing a summary; shared by {@code demo}. */
    static IndexSummary run(Path corpus, Path index, int threads) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new UserError("corpus directory not found: " + corpus);
        }
        List<Capture> captures = new CorpusReader(corpus).readAll();
        System.err.println("archive: indexing " + captures.size() + " pages from " + corpus + " into " + index);
        Files.createDirectories(index);
        ArchiveIndexer indexer = new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), threads);
        IndexSummary summary = indexer.rebuild(captures, index, line -> System.err.println("archive: " + line));
        for (IndexSummary.Problem p : summary.skipped()) {
            System.err.println("archive: skipped " + p.source() + ": " + p.reason());
        }
        for (IndexSummary.Problem p : summary.failed()) {
            System.err.println("archive: FAILED " + p.source() + ": " + p.reason());
        }
        System.err.println("archive: " + summary.line());
        return summary;
    }
}
