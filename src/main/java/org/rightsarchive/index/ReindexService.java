package org.rightsarchive.index;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.rightsarchive.acquire.Capture;

/**
 * Runs one reindex at a time in the background and reports its progress, for the admin API. The search side keeps
 * answering from the live generation throughout; only a finished, committed build is switched live.
 */
public final class ReindexService implements AutoCloseable {
    /** What a reindex run is doing. */
    public enum State {
        IDLE,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /**
     * A snapshot of the current or last run.
     *
     * @param state what the run is doing
     * @param incremental whether it is an incremental run
     * @param done captures processed so far
     * @param total captures to process ({@code 0} while they are being listed)
     * @param startedAt when the run started, or {@code null} before the first run
     * @param finishedAt when it ended, or {@code null} while running
     * @param generation the generation the run made live (or updated), {@code 0} before it ends
     * @param summary the one-line summary of a finished run, or {@code null}
     * @param error why the run failed, or {@code null}
     */
    public record Status(
            State state,
            boolean incremental,
            int done,
            int total,
            Instant startedAt,
            Instant finishedAt,
            long generation,
            String summary,
            String error) {
        public Status {
            Objects.requireNonNull(state, "state");
        }

        static final Status NEVER_RUN = new Status(State.IDLE, false, 0, 0, null, null, 0, null, null);
    }

    private final Reindexer reindexer;
    private final Callable<List<Capture>> captures;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(ArchiveIndexer.namedThreads("archive-reindex"));
    private final AtomicReference<Status> status = new AtomicReference<>(Status.NEVER_RUN);

    /**
     * @param reindexer does the work
     * @param captures lists the captures to index, read afresh at the start of every run
     */
    public ReindexService(Reindexer reindexer, Callable<List<Capture>> captures) {
        this.reindexer = Objects.requireNonNull(reindexer, "reindexer");
        this.captures = Objects.requireNonNull(captures, "captures");
    }

    /**
     * Starts a run unless one is running.
     *
     * @return the status of the run just started
     * @throws IllegalStateException if a run is already in progress
     */
    public synchronized Status start(boolean incremental) {
        if (status.get().state() == State.RUNNING) {
            throw new IllegalStateException("a reindex is already running");
        }
        Instant started = Instant.now();
        Status running = new Status(State.RUNNING, incremental, 0, 0, started, null, 0, null, null);
        status.set(running);
        worker.execute(() -> run(incremental, started));
        return running;
    }

    /** The current or last run. */
    public Status status() {
        return status.get();
    }

    private void run(boolean incremental, Instant started) {
        try {
            List<Capture> all = captures.call();
            ArchiveIndexer.Progress progress = (done, total) -> status.updateAndGet(
                    s -> new Status(State.RUNNING, incremental, done, total, started, null, 0, null, null));
            Reindexer.Result result =
                    incremental ? reindexer.incremental(all, progress) : reindexer.full(all, progress);
            status.set(new Status(
                    State.SUCCEEDED,
                    incremental,
                    all.size(),
                    all.size(),
                    started,
                    Instant.now(),
                    result.generation(),
                    result.summary().line(),
                    null));
        } catch (Exception | StackOverflowError e) {
            Status last = status.get();
            status.set(new Status(
                    State.FAILED,
                    incremental,
                    last.done(),
                    last.total(),
                    started,
                    Instant.now(),
                    0,
                    null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Waits for a running job to end, up to the timeout; for tests and orderly shutdown. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (status.get().state() == State.RUNNING) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        worker.shutdownNow();
    }
}
