package org.rightsarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rightsarchive.bench.BenchFiles;
import org.rightsarchive.bench.GeneratorRun;
import org.rightsarchive.bench.HttpBenchmark;
import org.rightsarchive.bench.IndexBenchmark;
import org.rightsarchive.bench.SearchBenchmark;
import org.rightsarchive.bench.SolrIndexBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code archive bench}: benchmarks on a synthetic archive, each against a baseline measured in the same run.
 * Results go to {@code bench-results/} as JSON; see BENCHMARKS.md for measured figures.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks against baselines measured in the same run (results in bench-results/).",
        subcommands = {
            BenchCommand.Generate.class,
            BenchCommand.Index.class,
            BenchCommand.Search.class,
            BenchCommand.Http.class
        })
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every benchmark takes, and the command line they came from. */
    static final class Common {
        @Option(names = "--docs", description = "pages of the synthetic archive (default: ${DEFAULT-VALUE})")
        long docs = 10_000;

        @Option(
                names = "--seed",
                description = "generator seed; the same seed gives the same pages (default: ${DEFAULT-VALUE})")
        long seed = 42;

        @Option(names = "--results", description = "results directory (default: bench-results/ of the project)")
        Path results = ArchivePaths.home().resolve("bench-results");

        @Option(
                names = "--rebuild-index",
                description = "search and http: rebuild the kept pipeline index (after the pipeline changed)")
        boolean rebuildIndex;

        @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
        picocli.CommandLine.Model.CommandSpec spec;

        void check() {
            if (docs < 1) {
                throw new UserError("--docs must be at least 1");
            }
        }

        BenchFiles files() {
            return new BenchFiles(results);
        }

        /** The results directory, without the kept index of these pages when a rebuild was asked for. */
        BenchFiles filesForSearch() throws IOException {
            BenchFiles files = files();
            if (rebuildIndex) {
                BenchFiles.delete(files.indexDir(docs, seed));
            }
            return files;
        }

        /** The command as typed, for the results. */
        String command() {
            return "./archive "
                    + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        }
    }

    /** {@code bench generate}. */
    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = "Stream (or write with --out) a synthetic archive; prints its size, speed, heap and digest.")
    static final class Generate implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Common common;

        @Option(names = "--out", description = "write the pages as HTML files under this directory")
        Path out;

        @Override
        public Integer call() throws IOException {
            common.check();
            GeneratorRun.Result r = GeneratorRun.run(common.docs, common.seed, out, common.command());
            PrintStream o = System.out;
            o.printf(Locale.ROOT, "pages       %,d (%s)%n", r.docs(), r.pagesPerLanguage());
            o.printf(Locale.ROOT, "bytes       %,d (%.0f per page)%n", r.bytes(), (double) r.bytes() / r.docs());
            o.printf(Locale.ROOT, "speed       %,.0f pages/s (%.1f s)%n", r.pagesPerSecond(), r.seconds());
            o.printf(Locale.ROOT, "peak heap   %,.0f MB%n", r.peakHeapBytes() / 1e6);
            o.printf(Locale.ROOT, "sha-256     %s%n", r.sha256());
            o.println("results     " + common.files().write("generate", r.docs(), r));
            return 0;
        }
    }

    /** {@code bench index}. */
    @Command(
            name = "index",
            mixinStandardHelpOptions = true,
            description = "Full pipeline vs bare Lucene (StandardAnalyzer on raw HTML) on the same pages, same run;"
                    + " with --backend solr, the pipeline into a new SolrCloud collection behind --collection.")
    static final class Index implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Common common;

        @Option(names = "--threads", description = "indexing threads for both indexers (default: number of cores)")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--batch", description = "pages per alternating batch (default: ${DEFAULT-VALUE})")
        int batch = 1_000;

        @Option(names = "--warmup", description = "warm-up pages (default: a tenth of --docs, 200 to 2,000)")
        Long warmup;

        @picocli.CommandLine.Mixin
        SolrOptions solr;

        @Option(names = "--shards", description = "with --backend solr: shards of the new collection (default: 2)")
        int shards = 2;

        @Option(names = "--replicas", description = "with --backend solr: replicas per shard (default: 1)")
        int replicas = 1;

        @Override
        public Integer call() throws IOException {
            Common c = common;
            c.check();
            if (solr.solr()) {
                return indexIntoSolr();
            }
            IndexBenchmark.Options options;
            try {
                options = new IndexBenchmark.Options(
                        c.docs,
                        c.seed,
                        threads,
                        batch,
                        warmup == null ? IndexBenchmark.Options.defaultWarmup(c.docs) : warmup,
                        common.command());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            IndexBenchmark.Result r = IndexBenchmark.run(options, c.files(), System.err);
            BenchReport.index(r, System.out);
            System.out.println("results      " + c.files().write("index", r.docs(), r));
            return 0;
        }

        /** The pages through the Solr indexing path into a new collection behind --collection (no baseline). */
        private int indexIntoSolr() throws IOException {
            SolrIndexBenchmark.Options options;
            try {
                options = new SolrIndexBenchmark.Options(
                        common.docs, common.seed, threads, solr.target(), shards, replicas, common.command());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            SolrIndexBenchmark.Result r = SolrIndexBenchmark.run(options, System.err);
            System.out.printf(
                    Locale.ROOT,
                    "solr         %,d indexed, %d folded, %d failed in %.1f s: %,.0f docs/s (%d threads)%n",
                    r.indexed(),
                    r.skipped(),
                    r.failed(),
                    r.seconds(),
                    r.docsPerSecond(),
                    r.threads());
            System.out.printf(
                    Locale.ROOT,
                    "collection   %s (%d x %d) behind alias %s%n",
                    r.collection(),
                    r.shards(),
                    r.replicas(),
                    r.alias());
            System.out.println("results      " + common.files().write("solr-index", r.docs(), r));
            return r.failed() == 0 ? 0 : 1;
        }
    }

    /** {@code bench search}. */
    @Command(
            name = "search",
            mixinStandardHelpOptions = true,
            description = "Search backend (parsing, filters, facets, snippets) vs plain Lucene term queries, 1 and 2"
                    + " clients, on the pipeline index of --docs pages (built or reused); with --backend solr the"
                    + " backend is that SolrCloud collection (fill it with bench index --backend solr).")
    static final class Search implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Common common;

        @Option(names = "--queries", description = "queries per configuration (default: ${DEFAULT-VALUE})")
        int queries = 2_000;

        @Option(names = "--max-seconds", description = "time limit per configuration (default: ${DEFAULT-VALUE})")
        double maxSeconds = 60;

        @Option(names = "--mix", description = "distinct queries in the mix (default: ${DEFAULT-VALUE})")
        int mix = 700;

        @picocli.CommandLine.Mixin
        SolrOptions solr;

        @Override
        public Integer call() throws IOException {
            common.check();
            SearchBenchmark.Options options;
            try {
                options = new SearchBenchmark.Options(
                        common.docs,
                        common.seed,
                        queries,
                        maxSeconds,
                        mix,
                        Runtime.getRuntime().availableProcessors(),
                        common.command(),
                        solr.solr() ? solr.target() : null);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            SearchBenchmark.Result r = SearchBenchmark.run(options, common.filesForSearch(), System.err);
            BenchReport.search(r, System.out);
            System.out.println("results      " + common.files().write("search", r.docs(), r));
            return 0;
        }
    }

    /** {@code bench http}. */
    @Command(
            name = "http",
            mixinStandardHelpOptions = true,
            description = "/api/search of the real server under concurrent loopback load vs the same queries in"
                    + " process and vs /health, on the pipeline index of --docs pages (built or reused).")
    static final class Http implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Common common;

        @Option(names = "--clients", description = "concurrent client threads (default: ${DEFAULT-VALUE})")
        int clients = 4;

        @Option(names = "--requests", description = "requests per configuration (default: ${DEFAULT-VALUE})")
        int requests = 3_000;

        @Option(names = "--max-seconds", description = "time limit per configuration (default: ${DEFAULT-VALUE})")
        double maxSeconds = 60;

        @Option(names = "--mix", description = "distinct queries in the mix (default: ${DEFAULT-VALUE})")
        int mix = 700;

        @Override
        public Integer call() throws IOException {
            common.check();
            HttpBenchmark.Options options;
            try {
                options = new HttpBenchmark.Options(
                        common.docs,
                        common.seed,
                        clients,
                        requests,
                        maxSeconds,
                        mix,
                        Runtime.getRuntime().availableProcessors(),
                        common.command());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            HttpBenchmark.Result r = HttpBenchmark.run(options, common.filesForSearch(), System.err);
            BenchReport.http(r, System.out);
            System.out.println("results      " + common.files().write("http", r.docs(), r));
            return 0;
        }
    }
}
