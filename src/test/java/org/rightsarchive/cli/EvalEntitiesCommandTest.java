package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvalEntitiesCommandTest {
    @Test
    void aBadGoldPartIsAOneLineErrorBeforeAnyScoring() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            code = Main.run("eval", "entities", "--people-errors", "all");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, errors);
        assertTrue(errors.contains("--people-errors takes tune or test"), errors);
        assertTrue(!errors.contains("Exception"), errors);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8), "nothing is scored first");
    }
}
