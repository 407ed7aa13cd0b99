package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalTopicsCommandTest {
    /** Runs the command line; returns the exit code, standard output and standard error. */
    static String[] output(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[] {
            String.valueOf(code), stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8)
        };
    }

    @Test
    void printsPerTopicAndMicroFiguresForTheBundledCorpus() {
        String[] r = output("eval", "topics", "--skip-cecc", "--entities", "none", "--corpus", "corpus");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("== (c) bundled corpus gold, standard tagger (55 pages)"), r[1]);
        assertTrue(r[1].matches("(?s).*\\njune-fourth +\\d\\.\\d{3} .*"), r[1]);
        assertTrue(r[1].contains("micro  P "), r[1]);
    }

    @ParameterizedTest
    @CsvSource({"--entities, nope, --entities", "--folds, 1, --folds", "--threshold, 0, --threshold"})
    void rejectsBadOptionsWithAOneLineMessage(String option, String value, String mentioned) {
        String[] r = output("eval", "topics", "--skip-cecc", option, value);
        assertTrue(!r[0].equals("0"), r[1]);
        assertTrue(r[2].contains(mentioned), r[2]);
        assertTrue(!r[2].contains("Exception"), r[2]);
    }
}
