package org.rightsarchive.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.rightsarchive.index.ArchiveIndexer;

/**
 * Shows indexing progress: a redrawn bar with rate and ETA on a terminal, a plain log line every few seconds
 * otherwise (CI logs, files).
 */
final class ProgressPrinter implements ArchiveIndexer.Progress {
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastShown;

    ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static ProgressPrinter forStderr() {
        return new ProgressPrinter(System.err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = System.nanoTime();
        boolean last = done == total;
        if (!last && now - lastShown < (terminal ? DRAW_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        String figures = String.format(Locale.ROOT, "%d/%d  %.1f docs/s  ETA %ds", done, total, rate, eta);
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + figures + (last ? "\n" : ""));
        } else {
            out.println("archive: " + figures);
        }
        out.flush();
    }
}
