package org.rightsarchive.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest value seen per phase, so two
 * workloads interleaved in one JVM each get their own peak. The JVM's own per-pool peaks are reported for the whole
 * run as a cross-check (they see between samples, but cannot tell the phases apart).
 */
final class HeapSampler implements AutoCloseable {
    /** What the process is doing while a sample is taken. */
    enum Phase {
        PIPELINE,
        BASELINE,
        OTHER
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Map<Phase, Long> peaks = new EnumMap<>(Phase.class);
    private final Thread thread;
    private volatile Phase phase = Phase.OTHER;
    private volatile boolean running = true;

    HeapSampler() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Marks what runs from now on. */
    void phase(Phase now) {
        record();
        phase = now;
    }

    /** Highest used heap seen during a phase, in bytes (0 if never sampled). */
    synchronized long peak(Phase p) {
        return peaks.getOrDefault(p, 0L);
    }

    /** Sum over heap pools of the JVM's peak usage since this sampler started, in bytes. */
    static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private void sample() {
        while (running) {
            record();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record() {
        long used = memory.getHeapMemoryUsage().getUsed();
        peaks.merge(phase, used, Math::max);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
