package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvalEntitiesCommandTest {
    @Test
    void aBadGoldPartIsAOneLineErrorBeforeAnyScoring() {
        String[] r = EvalTopicsCommandTest.output("eval", "entities", "--people-errors", "all");
        String errors = r[2];
        assertEquals("2", r[0], errors);
        assertTrue(errors.contains("--people-errors takes tune or test"), errors);
        assertTrue(!errors.contains("Exception"), errors);
        assertEquals("", r[1], "nothing is scored first");
    }
}
