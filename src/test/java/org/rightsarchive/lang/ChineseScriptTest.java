package org.rightsarchive.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseScriptTest {
    @ParameterizedTest
    @CsvSource({"遼寧,辽宁", "姚福信,姚福信", "劉曉波,刘晓波", "釋放,释放", "指定居所監視居住,指定居所监视居住", "Liaoning 遼寧,Liaoning 辽宁"})
    void foldsTraditionalToSimplified(String traditional, String simplified) {
        assertEquals(simplified, ChineseScript.toSimplified(traditional));
    }

    @ParameterizedTest
    @CsvSource({"辽宁,遼寧", "刘晓波,劉曉波", "释放,釋放"})
    void convertsSimplifiedToTraditional(String simplified, String traditional) {
        assertEquals(traditional, ChineseScript.toTraditional(simplified));
    }

    @Test
    void foldingKeepsLengthSoOffsetsSurvive() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(40);
            for (int j = 0; j < len; j++) {
                s.append((char) (random.nextBoolean() ? 0x4E00 + random.nextInt(0x5200) : 0x20 + random.nextInt(0x5F)));
            }
            assertEquals(s.length(), ChineseScript.toSimplified(s).length(), "seed " + seed);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "姚福信於2002年3月17日在遼陽被拘留,CHINESE_TRADITIONAL",
        "姚福信于2002年3月17日在辽阳被拘留,CHINESE_SIMPLIFIED",
        "劉曉波獲諾貝爾和平獎,CHINESE_TRADITIONAL"
    })
    void guessesScript(String text, Language expected) {
        assertEquals(expected, ChineseScript.guessScript(text));
    }

    @Test
    void recognizesHanCharacters() {
        assertTrue(ChineseScript.isHan('姚'));
        assertFalse(ChineseScript.isHan('Y'));
        assertEquals(3, ChineseScript.hanCount("Yao 姚福信 54"));
    }
}
