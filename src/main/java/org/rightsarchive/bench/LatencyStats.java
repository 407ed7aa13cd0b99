package org.rightsarchive.bench;

import java.util.Arrays;

/**
 * Latency percentiles (nearest rank) and throughput of a series of timed operations.
 *
 * @param count operations timed
 * @param qps operations per second of wall-clock time (all client threads together)
 * @param meanMs mean latency
 * @param p50Ms median latency
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param maxMs slowest
 */
public record LatencyStats(
        long count, double qps, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    /** Stats of the given latencies (nanoseconds) measured over {@code wallNanos}. */
    public static LatencyStats of(long[] latenciesNanos, long wallNanos) {
        if (latenciesNanos.length == 0) {
            return new LatencyStats(0, 0, 0, 0, 0, 0, 0);
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new LatencyStats(
                sorted.length,
                sorted.length / (Math.max(1, wallNanos) / 1e9),
                mean / 1e6,
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.95) / 1e6,
                percentile(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least {@code p} of them at or below. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
