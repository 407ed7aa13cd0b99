package org.rightsarchive.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The benchmarks' harness was generated (the annotation processor ran) and one of them runs, in process. */
class JmhSmokeTest {
    @Test
    void extractionBenchmarkRunsAndMeasuresTime() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(PageBenchmark.class.getName() + ".extract")
                .param("language", "zh-Hans")
                .param("pages", "20")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertEquals(1, results.size());
        double microsPerPage = results.iterator().next().getPrimaryResult().getScore();
        assertTrue(microsPerPage > 0, "score " + microsPerPage);
    }
}
