package org.rightsarchive.annotate.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {
    private final PersonNames names = PersonNames.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Yao Fuxin,yao-fuxin",
        "YAO Fuxin,yao-fuxin",
        "Yao Fu-xin,yao-fuxin",
        "yao fuxin,yao-fuxin",
        "Yáo Fúxìn,yao-fuxin",
        "姚福信,yao-fuxin",
        "姚福信 ,yao-fuxin",
        "蕭雲良,xiao-yunliang",
        "萧云良,xiao-yunliang",
        "翟岩民,zhai-yanmin",
        "单雄,shan-xiong",
        "曾庆红,zeng-qinghong",
        "欧阳修,ouyang-xiu",
        "Ouyang Xiu,ouyang-xiu",
        "吕程,lu-cheng",
        "Lv Cheng,lu-cheng",
        "ZhangYijiang,zhang-yijiang",
        "王宇,wang-yu",
        "高智晟,gao-zhisheng",
        "Gao Zhisheng,gao-zhisheng",
        "伊力哈木·土赫提,ilham-tohti",
        "伊力哈木•土赫提,ilham-tohti",
        "Ilham Tohti,ilham-tohti",
        "扎西文色,tashi-wangchuk",
        "根敦確吉尼瑪,gedhun-choekyi-nyima",
        "Gedhun Choekyi Nyima,gedhun-choekyi-nyima",
        "Kalsang Choedar,kalsang-choedar"
    })
    void everyWrittenFormGivesOneId(String written, String id) {
        assertEquals(Optional.of(id), names.idOf(written));
    }

    @Test
    void blankIsNoName() {
        assertEquals(Optional.empty(), names.idOf("  "));
        assertEquals(Optional.empty(), names.idOf("·"));
    }

    @Test
    void transcribedForeignNamesKeepTheirParts() {
        assertEquals(Optional.of("aili-maimaiti"), names.idOf("艾力·买买提"));
    }

    @ParameterizedTest
    @CsvSource({"yao-fuxin,Yao Fuxin", "ilham-tohti,Ilham Tohti", "chadrel-rinpoche,Chadrel Rinpoche"})
    void displaysIdsAsNames(String id, String name) {
        assertEquals(name, names.displayName(id));
    }

    @ParameterizedTest
    @CsvSource({
        "Fuxin,true",
        "Fu-xin,true",
        "Qingxiang,true",
        "Zhaoming,true",
        "Xilai,true",
        "Yunliang,true",
        "Choedar,false",
        "Governor,false",
        "Tohti,false"
    })
    void knowsPinyinGivenNames(String word, boolean pinyin) {
        assertEquals(pinyin, names.isPinyinGivenName(word));
    }

    @Test
    void knowsSurnames() {
        assertTrue(names.isLatinSurname("Yao"));
        assertTrue(names.isLatinSurname("OUYANG"));
        assertFalse(names.isLatinSurname("Smith"));
        assertEquals(1, names.surnameLength("姚福信"));
        assertEquals(2, names.surnameLength("欧阳修"));
        assertEquals(0, names.surnameLength("的人"));
    }

    @Test
    void isSafeAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String written = i % 2 == 0 ? "姚福信" : "庞庆祥";
                results.add(pool.submit(() -> names.idOf(written)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(
                        Optional.of(i % 2 == 0 ? "yao-fuxin" : "pang-qingxiang"),
                        results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
