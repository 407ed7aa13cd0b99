package org.rightsarchive.annotate.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Liaoning,Liaoning",
        "辽宁,Liaoning",
        "遼寧,Liaoning",
        "辽宁省,Liaoning",
        "LIAONING,Liaoning",
        "Daqing,Heilongjiang",
        "大庆市,Heilongjiang",
        "Liaoyang,Liaoning",
        "遼陽市,Liaoning",
        "Tieling,Liaoning",
        "Tibet,Tibet",
        "Xizang,Tibet",
        "西藏自治区,Tibet",
        "Lhasa,Tibet",
        "Inner Mongolia,Inner Mongolia",
        "Neimenggu,Inner Mongolia",
        "内蒙古,Inner Mongolia",
        "Xinjiang,Xinjiang",
        "XUAR,Xinjiang",
        "Kashgar,Xinjiang",
        "Urumqi,Xinjiang",
        "Guangxi,Guangxi",
        "Hong Kong,Hong Kong",
        "香港,Hong Kong",
        "Beijing,Beijing",
        "Xi'an,Shaanxi",
        "Shaanxi,Shaanxi",
        "Shanxi,Shanxi",
        "临沭县,Shandong",
        "Harbin,Heilongjiang"
    })
    void resolvesAnyWrittenFormToItsProvince(String name, String province) {
        assertEquals(Optional.of(province), gazetteer.province(name));
    }

    @Test
    void everyProvinceLevelDivisionIsThere() {
        assertEquals(34, gazetteer.provinces().size());
    }

    @Test
    void namesSharedByTwoProvincesAtOneLevelAreAmbiguous() {
        assertTrue(gazetteer.lookupAll("Fuzhou").size() >= 2);
        assertEquals(Optional.empty(), gazetteer.lookup("Fuzhou"));
    }

    @Test
    void provinceWinsOverAPrefectureOfTheSameName() {
        assertEquals("Hainan", gazetteer.lookup("Hainan").orElseThrow().province());
        assertEquals(Gazetteer.PROVINCE, gazetteer.lookup("Hainan").orElseThrow().level());
    }

    @Test
    void divisionsCarryChineseAndEnglishNames() {
        Gazetteer.Division liaoyang = gazetteer.lookup("辽阳").orElseThrow();
        assertEquals("Liaoyang", liaoyang.name());
        assertEquals("辽阳市", liaoyang.fullNameZh());
        assertEquals("辽宁", liaoyang.provinceZh());
        assertEquals(Gazetteer.PREFECTURE, liaoyang.level());
    }

    @Test
    void municipalityDistrictsBelongToTheMunicipality() {
        Gazetteer.Division haidian = gazetteer.lookup("海淀区").orElseThrow();
        assertEquals("Beijing", haidian.province());
        assertEquals("Beijing", haidian.prefecture());
    }

    @Test
    void unknownNamesGiveNothing() {
        assertEquals(Optional.empty(), gazetteer.lookup("Atlantis"));
        assertEquals(Optional.empty(), gazetteer.lookup(" "));
    }

    @ParameterizedTest
    @CsvSource({"liao yang,Liaoyang", "xi an,Xi'an", "dui long de qing qu,Duilongdeqing"})
    void writesPinyinTheWayEnglishTextsDo(String pinyin, String english) {
        String shortName = english.equals("Duilongdeqing") ? "堆龙德庆区" : "辽阳";
        assertEquals(english, Gazetteer.englishName(new String[] {"0", "0", "1", shortName, shortName, pinyin}));
    }
}
