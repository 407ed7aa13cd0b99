package org.rightsarchive.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {
    @Test
    void keepsDataLinesInOrderAsUtf8() throws IOException {
        assertEquals(
                List.of("first\tline", "第二行", "  indented stays as written"),
                ResourceLines.of(ResourceLinesTest.class, "lines-fixture.txt"));
    }

    @Test
    void resolvesAbsoluteNames() throws IOException {
        assertEquals(
                ResourceLines.of(ResourceLinesTest.class, "lines-fixture.txt"),
                ResourceLines.of(
                        org.rightsarchive.lang.ChineseScript.class,
                        "/org/rightsarchive/annotate/text/lines-fixture.txt"));
    }

    @Test
    void namesTheMissingResource() {
        IOException e = assertThrows(IOException.class, () -> ResourceLines.of(ResourceLinesTest.class, "nope.tsv"));
        assertTrue(e.getMessage().contains("nope.tsv"), e.getMessage());
    }
}
