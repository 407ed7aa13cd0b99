package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;

class EntityEvaluationTest {
    private final EntityEvaluation eval = new EntityEvaluation(StandardAnnotators.create());

    @ParameterizedTest
    @CsvSource({"2002/03/17,2002-03-17", "1998/08/dd,1998-08", "1989/mm/dd,1989"})
    void readsCeccDatesAtTheirPrecision(String cecc, String iso) {
        assertEquals(iso, EntityEvaluation.ceccDate(cecc));
    }

    @Test
    void unknownCeccDateIsNone() {
        assertEquals(null, EntityEvaluation.ceccDate("NA"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Liaoning Province|Liaoning",
                "Tibet [Xizang] Auto. Region|Tibet",
                "Beijing Shi (prov.)|Beijing",
                "Inner Mongolia [Neimenggu] Auto. Region|Inner Mongolia",
                "Xinjiang Uyghur Auto. Region|Xinjiang",
                "Guangxi Zhuang Auto. Region|Guangxi",
                "Hong Kong [Xianggang] SAR|Hong Kong"
            })
    void readsCeccProvinces(String cecc, String province) {
        assertEquals(province, eval.ceccProvince(cecc).orElseThrow());
    }

    @Test
    void ceccProvinceOfNoneIsEmpty() {
        assertTrue(eval.ceccProvince("(na)").isEmpty());
        assertTrue(eval.ceccProvince("[foreign]").isEmpty());
    }

    @Test
    void dateCountsOnlyWhenWrittenAtItsPrecision() {
        assertTrue(EntityEvaluation.writtenIn("detained on March 17, 2002, in", "2002-03-17"));
        assertTrue(EntityEvaluation.writtenIn("detained on 17 March 2002", "2002-03-17"));
        assertFalse(EntityEvaluation.writtenIn("detained in March 2002", "2002-03-17"));
        assertTrue(EntityEvaluation.writtenIn("detained in March 2002", "2002-03"));
        assertTrue(EntityEvaluation.writtenIn("detained in 2002", "2002"));
    }

    @Test
    void figureKeepsItsBasesApart() {
        EntityFigure f = new EntityFigure("x", 8, 10, 3, 4);
        assertEquals(0.8, f.precision(), 1e-9);
        assertEquals(0.75, f.recall(), 1e-9);
        assertEquals(2 * 0.8 * 0.75 / 1.55, f.f1(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new EntityFigure("x", 3, 2, 0, 0));
    }
}
