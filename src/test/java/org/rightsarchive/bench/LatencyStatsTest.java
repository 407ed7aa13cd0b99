package org.rightsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyStatsTest {
    @ParameterizedTest
    @CsvSource({"0.50, 50", "0.95, 95", "0.99, 99", "1.0, 100", "0.001, 1"})
    void nearestRankPercentileOfOneToHundred(double p, long expected) {
        long[] values = LongStream.rangeClosed(1, 100).toArray();
        assertEquals(expected, LatencyStats.percentile(values, p));
    }

    @Test
    void reportsMillisecondsAndThroughput() {
        long[] nanos = {3_000_000, 1_000_000, 2_000_000, 4_000_000};
        LatencyStats s = LatencyStats.of(nanos, 2_000_000_000L);
        assertEquals(4, s.count());
        assertEquals(2.0, s.qps(), 1e-9);
        assertEquals(2.5, s.meanMs(), 1e-9);
        assertEquals(2.0, s.p50Ms(), 1e-9);
        assertEquals(4.0, s.p99Ms(), 1e-9);
        assertEquals(4.0, s.maxMs(), 1e-9);
    }

    @Test
    void noSamplesGiveZeros() {
        assertEquals(0, LatencyStats.of(new long[0], 1).count());
    }
}
