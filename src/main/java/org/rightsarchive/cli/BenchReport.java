package org.rightsarchive.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.rightsarchive.bench.IndexBenchmark;

/** Prints benchmark results as the short tables a person reads; the JSON holds everything. */
final class BenchReport {
    private BenchReport() {}

    static void index(IndexBenchmark.Result r, PrintStream o) {
        o.printf(Locale.ROOT, "pages        %,d (%,.1f MB of HTML), seed %d, %d threads, load %.2f%n",
                r.docs(), r.corpusBytes() / 1e6, r.seed(), r.threads(), r.machine().loadAverage());
        o.printf(Locale.ROOT, "%-12s %10s %8s %10s %12s %10s%n", "", "docs/s", "MB/s", "index MB", "index/corpus", "peak heap");
        row(o, "pipeline", r.pipeline());
        row(o, "bare Lucene", r.baseline());
        o.printf(Locale.ROOT, "ratio        pipeline speed = %.3f x bare Lucene (target >= %.3f: %s); index size %.2f x%n",
                r.speedRatio(), IndexBenchmark.TARGET_RATIO, r.targetMet() ? "met" : "NOT met", r.sizeRatio());
        var s = r.stages();
        o.printf(Locale.ROOT, "per page     extract %.0f us, annotate %.0f us, map %.0f us; bare analysis %.0f us (%d pages, 1 thread)%n",
                s.extractMicros(), s.annotateMicros(), s.mapMicros(), s.bareAnalysisMicros(), s.sampleDocs());
        for (String note : r.notes()) {
            o.println("note         " + note);
        }
    }

    private static void row(PrintStream o, String name, IndexBenchmark.Side s) {
        o.printf(Locale.ROOT, "%-12s %10.0f %8.2f %10.1f %12.2f %8.0f MB%n",
                name, s.docsPerSecond(), s.mbPerSecond(), s.indexBytes() / 1e6, s.indexToCorpus(), s.peakHeapBytes() / 1e6);
    }
}
