package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoresTest {
    @Test
    void computesMicroPrecisionRecallAndF1() {
        Scores s = new Scores();
        s.add("people", Set.of("yao-fuxin", "pang-qingxiang"), Set.of("yao-fuxin", "bo-xilai"));
        assertEquals(1, s.micro().truePositives());
        assertEquals(0.5, s.micro().precision());
        assertEquals(0.5, s.micro().recall());
        assertEquals(0.5, s.micro().f1());
    }

    @Test
    void averagesF1PerLabelForMacro() {
        Scores s = new Scores();
        s.addLabels(List.of("labor-rights"), List.of("labor-rights", "tibet"));
        s.addLabels(List.of("june-fourth"), List.of("june-fourth"));
        assertEquals(1.0, s.perLabel().get("labor-rights").f1());
        assertEquals(0.0, s.perLabel().get("tibet").f1());
        assertEquals(2.0 / 3, s.macroF1(), 1e-9);
        assertEquals(0.8, s.micro().f1(), 1e-9);
    }
}
