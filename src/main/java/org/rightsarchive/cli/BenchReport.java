package org.rightsarchive.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.rightsarchive.bench.HttpBenchmark;
import org.rightsarchive.bench.IndexBenchmark;
import org.rightsarchive.bench.LatencyStats;
import org.rightsarchive.bench.SearchBenchmark;

/** Prints benchmark results as the short tables a person reads; the JSON holds everything. */
final class BenchReport {
    private BenchReport() {}

    static void index(IndexBenchmark.Result r, PrintStream o) {
        o.printf(
                Locale.ROOT,
                "pages        %,d (%,.1f MB of HTML), seed %d, %d threads, load %.2f%n",
                r.docs(),
                r.corpusBytes() / 1e6,
                r.seed(),
                r.threads(),
                r.machine().loadAverage());
        o.printf(
                Locale.ROOT,
                "%-12s %10s %8s %10s %12s %10s%n",
                "",
                "docs/s",
                "MB/s",
                "index MB",
                "index/corpus",
                "peak heap");
        row(o, "pipeline", r.pipeline());
        row(o, "bare Lucene", r.baseline());
        o.printf(
                Locale.ROOT,
                "ratio        pipeline speed = %.3f x bare Lucene (target >= %.3f: %s); index size %.2f x%n",
                r.speedRatio(),
                IndexBenchmark.TARGET_RATIO,
                r.targetMet() ? "met" : "NOT met",
                r.sizeRatio());
        var s = r.stages();
        o.printf(
                Locale.ROOT,
                "per page     extract %.0f us (jsoup parse %.0f), fold duplicates %.0f us, annotate %.0f us, map %.0f us,"
                        + " invert %.0f us; bare analysis %.0f us, bare index %.0f us (CPU, %d pages, 1 thread)%n",
                s.extractMicros(),
                s.parseMicros(),
                s.foldMicros(),
                s.annotateMicros(),
                s.mapMicros(),
                s.invertMicros(),
                s.bareAnalysisMicros(),
                s.bareIndexMicros(),
                s.sampleDocs());
        o.printf(
                Locale.ROOT,
                "ceiling      without annotation %.3f x bare Lucene; invert alone (no extraction either) %.3f x%n",
                s.withoutAnnotationRatio(),
                s.invertOnlyRatio());
        for (String note : r.notes()) {
            o.println("note         " + note);
        }
    }

    private static void row(PrintStream o, String name, IndexBenchmark.Side s) {
        o.printf(
                Locale.ROOT,
                "%-12s %10.0f %8.2f %10.1f %12.2f %8.0f MB%n",
                name,
                s.docsPerSecond(),
                s.mbPerSecond(),
                s.indexBytes() / 1e6,
                s.indexToCorpus(),
                s.peakHeapBytes() / 1e6);
    }

    static void search(SearchBenchmark.Result r, PrintStream o) {
        o.printf(
                Locale.ROOT,
                "index        %,d documents of %,d pages, seed %d; %d distinct queries; load %.2f%n",
                r.indexedDocs(),
                r.docs(),
                r.seed(),
                r.mixSize(),
                r.machine().loadAverage());
        o.printf(
                Locale.ROOT,
                "%-14s %7s %8s %8s %8s %8s %9s %9s%n",
                "",
                "clients",
                "queries",
                "q/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "mean hits");
        for (SearchBenchmark.Run run : r.runs()) {
            latency(o, run.engine(), run.clients(), run.latency(), run.meanHits());
        }
        o.println("backend by kind of query (1 client):");
        r.backendByKind()
                .forEach((kind, k) ->
                        latency(o, "  " + kind.name().toLowerCase(Locale.ROOT), 1, k.latency(), k.meanHits()));
        o.println("slowest queries of the backend (1 client, mean of their runs):");
        for (SearchBenchmark.SlowQuery q : r.slowestBackendQueries()) {
            o.printf(
                    Locale.ROOT,
                    "  %8.1f ms  %dx  %-14s %,10d hits  %s%n",
                    q.meanMs(),
                    q.runs(),
                    q.kind().name().toLowerCase(Locale.ROOT),
                    q.hits(),
                    q.request());
        }
        o.printf(
                Locale.ROOT,
                "ratio        backend p95 = %.2f x plain Lucene (1 client); q/s = %.2f x (2 clients)%n",
                r.p95Ratio(),
                r.qpsRatio());
        o.printf(
                Locale.ROOT,
                "target       backend p95 < %.0f ms with facets: %s%n",
                SearchBenchmark.TARGET_P95_MS,
                r.targetMet() ? "met" : "NOT met");
        for (String note : r.notes()) {
            o.println("note         " + note);
        }
    }

    private static void latency(PrintStream o, String name, int clients, LatencyStats l, double hits) {
        o.printf(
                Locale.ROOT,
                "%-14s %7d %8d %8.0f %8.2f %8.2f %9.2f %9.1f%n",
                name,
                clients,
                l.count(),
                l.qps(),
                l.p50Ms(),
                l.p95Ms(),
                l.p99Ms(),
                hits);
    }

    static void http(HttpBenchmark.Result r, PrintStream o) {
        o.printf(
                Locale.ROOT,
                "index        %,d documents of %,d pages, seed %d; load %.2f%n",
                r.indexedDocs(),
                r.docs(),
                r.seed(),
                r.machine().loadAverage());
        o.printf(
                Locale.ROOT,
                "%-12s %7s %8s %8s %8s %8s %9s %7s %10s%n",
                "",
                "clients",
                "requests",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "errors",
                "mean bytes");
        for (HttpBenchmark.Run run : r.runs()) {
            LatencyStats l = run.latency();
            o.printf(
                    Locale.ROOT,
                    "%-12s %7d %8d %8.0f %8.2f %8.2f %9.2f %7d %10.0f%n",
                    run.target(),
                    run.clients(),
                    l.count(),
                    l.qps(),
                    l.p50Ms(),
                    l.p95Ms(),
                    l.p99Ms(),
                    run.errors(),
                    run.meanBytes());
        }
        o.printf(
                Locale.ROOT,
                "ratio        HTTP search = %.2f x in-process throughput (target >= %.2f: %s);" + " %.3f x /health%n",
                r.httpToInProcess(),
                HttpBenchmark.TARGET_RATIO,
                r.targetMet() ? "met" : "NOT met",
                r.searchToHealth());
        for (String note : r.notes()) {
            o.println("note         " + note);
        }
    }
}
