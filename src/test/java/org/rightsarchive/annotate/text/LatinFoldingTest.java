package org.rightsarchive.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinFoldingTest {
    @ParameterizedTest
    @CsvSource({"Yáo Fúxìn,Yao Fuxin", "Lǚ Jiāqí,Lu Jiaqi", "ＹＡＯ,YAO", "Liaoyang’s,Liaoyang's", "姚福信,姚福信"})
    void removesToneMarksKeepingLength(String written, String folded) {
        assertEquals(folded, LatinFolding.fold(written));
        assertEquals(written.length(), LatinFolding.fold(written).length());
    }
}
