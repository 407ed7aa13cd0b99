package org.rightsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.CaptureScreen;
import org.rightsarchive.index.IndexSummary;
import org.rightsarchive.index.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code archive index} (alias {@code reindex}): builds a new index generation from the corpus and switches to it
 * atomically; a running server keeps answering throughout and picks the new generation up.
 */
@Command(
        name = "index",
        aliases = "reindex",
        mixinStandardHelpOptions = true,
        description = "Index the corpus: rebuild into a new generation and switch atomically (or --incremental).")
public final class IndexCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    ArchiveOptions options = new ArchiveOptions();

    @Option(
            names = "--incremental",
            description = "index only new or changed captures; drop documents whose capture is gone")
    boolean incremental;

    @Option(
            names = "--pages-in-memory",
            description = "extracted pages held at once; a larger archive is read twice, keeping only fingerprints"
                    + " between the passes (default: 10000)")
    Integer pagesInMemory;

    @picocli.CommandLine.Mixin
    SolrOptions solr = new SolrOptions();

    @Override
    public Integer call() throws IOException {
        java.util.Map<String, String> flags = new java.util.HashMap<>();
        flags.put(ArchiveConfig.PAGES_IN_MEMORY.name(), pagesInMemory == null ? null : pagesInMemory.toString());
        ArchiveConfig settings = options.resolve(flags);
        Path corpusDir = settings.path(ArchiveConfig.CORPUS);
        int workers = settings.integer(ArchiveConfig.THREADS, 1, 256);
        if (solr.solr()) {
            return SolrCommand.reindex(corpusDir, workers, solr, incremental);
        }
        Reindexer.Result result = run(
                corpusDir,
                settings.path(ArchiveConfig.INDEX),
                workers,
                incremental,
                settings.integer(ArchiveConfig.MAX_PAGE_BYTES, 1, Integer.MAX_VALUE),
                settings.integer(ArchiveConfig.PAGES_IN_MEMORY, 1, Integer.MAX_VALUE));
        return result.summary().failed().isEmpty() ? 0 : 1;
    }

    /** Indexes {@code corpus} into {@code index} with the default page size limit; shared by {@code demo}. */
    static Reindexer.Result run(Path corpus, Path index, int threads, boolean incremental) throws IOException {
        return run(corpus, index, threads, incremental, CaptureScreen.DEFAULT_MAX_BYTES);
    }

    /** Indexes {@code corpus} into {@code index} holding the default number of pages in memory. */
    static Reindexer.Result run(Path corpus, Path index, int threads, boolean incremental, long maxPageBytes)
            throws IOException {
        return run(corpus, index, threads, incremental, maxPageBytes, ArchiveIndexer.DEFAULT_PAGES_IN_MEMORY);
    }

    /**
     * Indexes {@code corpus} into {@code index}, printing progress and a summary. Captures are read from disk as
     * they are needed, so at most {@code pagesInMemory} extracted pages are held at once.
     */
    static Reindexer.Result run(
            Path corpus, Path index, int threads, boolean incremental, long maxPageBytes, int pagesInMemory)
            throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new UserError("corpus directory not found: " + corpus);
        }
        if (threads < 1) {
            throw new UserError("--threads must be at least 1");
        }
        ArchiveReader archive = ArchiveReader.open(corpus);
        List<Capture> captures = archive.latestGoodCapturesOnDemand();
        archive.warnings().forEach(w -> System.err.println("archive: warning: " + w));
        System.err.printf(
                "archive: %s %d captures from %s into %s%n",
                incremental ? "updating from" : "indexing", captures.size(), corpus, index);
        Reindexer reindexer = ArchiveServices.reindexer(index, threads, maxPageBytes, pagesInMemory);
        ProgressPrinter progress = ProgressPrinter.forStderr();
        Reindexer.Result result;
        try {
            result = incremental ? reindexer.incremental(captures, progress) : reindexer.full(captures, progress);
        } catch (IOException e) {
            // Disk full, an unwritable directory, a second reindex: the live generation was never touched.
            throw new UserError(
                    "reindex failed, the previous index stays live: " + CliErrors.describe(e) + " (" + index + ")", 1);
        }
        IndexSummary summary = result.summary();
        if (result.rebuiltForOtherCode()) {
            System.err.println("archive: the live index was built by another version of the pipeline: rebuilt every"
                    + " page rather than only the changed ones");
        }
        printProblems(summary);
        System.err.printf(
                "archive: %s, unchanged %d, deleted %d; generation %d is live%s%n",
                summary.line(),
                result.unchanged(),
                result.deleted(),
                result.generation(),
                summary.failed().isEmpty() && summary.skipped().isEmpty() ? "" : "; report: " + result.failureReport());
        return result;
    }

    /** One line per skipped or failed capture, with its reason. */
    static void printProblems(IndexSummary summary) {
        for (IndexSummary.Problem p : summary.skipped()) {
            System.err.println("archive: skipped " + p.source() + ": " + p.reason());
        }
        for (IndexSummary.Problem p : summary.failed()) {
            System.err.println("archive: FAILED " + p.source() + ": " + p.reason());
        }
    }
}
