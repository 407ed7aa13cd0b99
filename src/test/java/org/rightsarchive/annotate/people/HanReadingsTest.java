package org.rightsarchive.annotate.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.eval.Csv;
import org.rightsarchive.eval.SharedData;

class HanReadingsTest {
    private static HanReadings readings;
    private static Transliterator icu;

    @BeforeAll
    static void load() {
        readings = new HanReadings();
        icu = Transliterator.getInstance("Han-Latin/Names; Latin-ASCII");
    }

    /** The reference: ICU over the whole text, as names were read before the per-character readings. */
    private static List<String> icuWhole(String han) {
        List<String> out = new ArrayList<>();
        for (String s : icu.transliterate(han).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "姚福信, yao fu xin",
        "重, chong", // a surname first
        "王重, wang zhong", // the same character after another one
        "曾长, zeng chang",
        "谢长发, xie chang fa",
        "长孙无忌, zhang sun wu ji", // 长 before 孙: a rule with a context
        "令狐冲, ling hu chong",
        "单, shan",
        "简单, jian dan",
    })
    void readsNamesAsIcuReadsThemWhole(String han, String syllables) {
        assertEquals(List.of(syllables.split(" ")), readings.syllables(han));
        assertEquals(icuWhole(han), readings.syllables(han));
    }

    @Test
    void findsTheCharactersOfContextualRulesInIcusRules() {
        assertTrue(readings.contextualCharacters().contains((int) '长'), "长 of 长孙");
        assertTrue(readings.contextualCharacters().contains((int) '令'), "令 of 令狐");
        assertTrue(readings.contextualCharacters().contains((int) '重'), "重 of 重庆");
    }

    @Test
    void aCharacterThatIsOnlyAnotherRulesContextIsComposed() {
        // 文 only tells 藏 of 藏文 how to read; alone it reads the same everywhere
        assertFalse(readings.contextualCharacters().contains((int) '文'));
        assertFalse(readings.contextualCharacters().contains((int) '孙'));
        assertEquals(icuWhole("孙文"), readings.syllables("孙文"));
        assertEquals(icuWhole("藏文"), readings.syllables("藏文"));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"F900", "2F800", "20BB7", "3005", "3400"})
    void readsCharactersOutsideTheBasicUnifiedBlockAsIcuDoes(String hex) {
        String name = "王" + Character.toString(Integer.parseInt(hex, 16)) + "明";
        assertEquals(icuWhole(name), readings.syllables(name));
    }

    @Test
    void composedReadingsEqualIcuOnRandomNames() {
        long seed = System.nanoTime();
        System.out.println("HanReadingsTest seed " + seed);
        Random random = new Random(seed);
        int[] contextual = readings.contextualCharacters().stream()
                .mapToInt(Integer::intValue)
                .toArray();
        String common = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
                + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                + "福信国华明文建平志伟军红东海英春生德林玉秀兰金荣峰强新永庆长重行乐朝传单解查曲翟仇区";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                int c = pick == 0
                        ? contextual[random.nextInt(contextual.length)]
                        : pick < 6
                                ? common.charAt(random.nextInt(common.length()))
                                : 0x4E00 + random.nextInt(0x9FFF - 0x4E00 + 1);
                name.appendCodePoint(c);
            }
            String han = name.toString();
            assertEquals(icuWhole(han), readings.syllables(han), () -> han + " (seed " + seed + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "data/cecc-ppd/chrd-cases-bilingual.csv, name.chi, 150",
        "data/names/cppc-political-prisoners/chinese-political-prisoners.csv, Name, 800",
    })
    void readsRealPrisonersNamesAsIcuReadsThemWhole(String list, String column, int atLeast) throws IOException {
        Optional<Path> file = SharedData.resolve(list);
        assumeTrue(file.isPresent(), "../shared/" + list + " is absent");
        int compared = 0;
        for (Map<String, String> record : Csv.readRecords(file.get())) {
            String han = record.getOrDefault(column, "").strip();
            if (han.length() >= 2 && han.codePoints().allMatch(HanReadingsTest::isHan)) {
                assertEquals(icuWhole(han), readings.syllables(han), han);
                compared++;
            }
        }
        assertTrue(compared >= atLeast, "compared only " + compared + " names of " + list);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
