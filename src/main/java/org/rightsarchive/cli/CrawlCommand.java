package org.rightsarchive.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rightsarchive.acquire.crawl.CrawlConfig;
import org.rightsarchive.acquire.crawl.CrawlSummary;
import org.rightsarchive.acquire.crawl.Crawler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archive crawl SEED_URL...}: crawls into the WARC archive under {@code corpus/warc/}. Stopped with Ctrl-C
 * or kill, the same command continues where it left off.
 */
@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description = "Crawl from seed URLs into the WARC archive (robots.txt, sitemaps, polite, resumable).")
public final class CrawlCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SEED_URL", description = "where to start")
    List<String> seeds = new ArrayList<>();

    @Option(
            names = "--scope",
            paramLabel = "PREFIX",
            description = "only fetch URLs starting with PREFIX (repeatable; default: the seeds' sites)")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--max-pages", description = "most pages to fetch in this run (default: ${DEFAULT-VALUE})")
    int maxPages = 1000;

    @Option(
            names = "--delay",
            paramLabel = "MS",
            description = "least milliseconds between requests to one host (default: ${DEFAULT-VALUE})")
    long delayMs = 1000;

    @Option(names = "--corpus", description = "corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus = ArchivePaths.corpus();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (maxPages < 1) {
            throw new UserError("--max-pages must be at least 1");
        }
        if (delayMs < 0) {
            throw new UserError("--delay cannot be negative");
        }
        List<URI> seedUris = new ArrayList<>();
        for (String seed : seeds) {
            try {
                seedUris.add(URI.create(seed));
            } catch (IllegalArgumentException e) {
                throw new UserError("not a URL: " + seed);
            }
        }
        CrawlConfig config;
        try {
            config = CrawlConfig.of(seedUris, scopes, maxPages, Duration.ofMillis(delayMs));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Files.createDirectories(corpus);
        Crawler crawler = new Crawler(corpus, config);
        Path stateFile = crawler.stateFile();
        Thread hook = new Thread(
                () -> System.err.println("\narchive: crawl stopped; the frontier is saved in " + stateFile
                        + ": run the same command to resume"),
                "archive-crawl-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        CrawlSummary summary = crawler.run((url, status, outcome, fetched, queued) -> System.err.printf(
                "archive: [%d fetched, %d queued] %s %s%s%n",
                fetched,
                queued,
                status == 0 ? "failed" : Integer.toString(status),
                url,
                status >= 300 && status < 400
                        ? " (redirect)"
                        : outcome == null ? "" : " (" + outcome.name().toLowerCase(java.util.Locale.ROOT) + ")"));
        Runtime.getRuntime().removeShutdownHook(hook);
        crawler.warnings().forEach(w -> System.err.println("archive: warning: " + w));
        System.err.println("archive: " + summary.line());
        System.err.println("archive: archived in " + summary.warc() + "; run ./archive index to search it");
        return 0;
    }
}
