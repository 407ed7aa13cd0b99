package org.rightsarchive.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFingerprintsTest {
    @Test
    void normalizationIgnoresCaseSpacingAndPunctuation() {
        assertEquals(
                TextFingerprints.exactHash("Yao Fuxin, detained!"),
                TextFingerprints.exactHash(" yao   FUXIN detained"));
    }

    @Test
    void hanCharactersAreTokensOfTheirOwn() {
        assertEquals(
                List.of("yao", "姚", "福", "信", "被", "捕", "2002"),
                TextFingerprints.tokens(TextFingerprints.normalize("Yao 姚福信被捕, 2002")));
    }

    @ParameterizedTest
    @CsvSource({
        "x\u3005y, x|\u3005|y", // 々, the first Han letter (Han code points start at U+2E80)
        "ab\uD840\uDC00cd, ab|\uD840\uDC00|cd", // U+20000, outside the Basic Multilingual Plane
        "façade 2002, façade|2002",
        "\u2D30x, \u2D30x" // a Tifinagh letter, below U+2E80: part of the word
    })
    void everyHanCodePointIsATokenOfItsOwn(String text, String tokens) {
        assertEquals(List.of(tokens.split("\\|")), TextFingerprints.tokens(TextFingerprints.normalize(text)));
    }

    @Test
    void sketchJaccardIsExactForShortTexts() {
        long[] a = TextFingerprints.sketch("one two three four five", 128);
        long[] b = TextFingerprints.sketch("one two three four six", 128);
        // shingles: {123, 234, 345} vs {123, 234, 346}: 2 shared of 4
        assertEquals(0.5, TextFingerprints.jaccard(a, b, 128), 1e-9);
        assertEquals(1.0, TextFingerprints.jaccard(a, a, 128), 1e-9);
    }

    @Test
    void simhashOfUnrelatedTextsIsFarApart() {
        long a = TextFingerprints.simhash(
                "Liu Xiaobo was sentenced to eleven years for inciting subversion of state power");
        long b = TextFingerprints.simhash("辽阳铁合金厂的工人要求发放拖欠的工资和养老金并释放工人代表");
        assertTrue(TextFingerprints.distance(a, b) > DuplicateGroups.MAX_DISTANCE);
    }
}
