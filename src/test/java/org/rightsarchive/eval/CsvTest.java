package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        String csv = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n";
        assertEquals(
                List.of(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""), List.of("2", "two\nlines", "")),
                Csv.parse(new StringReader(csv)));
    }

    @Test
    void keepsLastRowWithoutNewline() throws IOException {
        assertEquals(List.of(List.of("a"), List.of("b")), Csv.parse(new StringReader("a\nb")));
    }
}
