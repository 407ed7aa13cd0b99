package org.rightsarchive.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The benchmarks' harness was generated (the annotation processor ran) and the page benchmarks run, in process. */
class JmhSmokeTest {
    @Test
    void everyPageBenchmarkRunsAndMeasuresTime() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(PageBenchmark.class.getName() + "\\.")
                .param("language", "zh-Hans")
                .param("pages", "20")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Set<String> measured = new TreeSet<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            measured.add(name.substring(name.lastIndexOf('.') + 1));
            double microsPerCall = result.getPrimaryResult().getScore();
            assertTrue(microsPerCall > 0, name + " scored " + microsPerCall);
        }
        assertEquals(Set.of("extract", "annotate", "recognizePeople", "tagTopics", "mapToLucene"), measured);
    }
}
