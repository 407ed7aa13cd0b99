package org.rightsarchive.annotate.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FacilitiesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "锦州监狱, Jinzhou Prison",
        "錦州監獄, Jinzhou Prison",
        "辽阳市看守所, Liaoyang Detention Center",
        "铁岭拘留所, Tieling Detention Center",
        "沈阳市中级人民法院, Shenyang Intermediate People's Court",
        "天津市第二中级人民法院, Tianjin No. 2 Intermediate People's Court",
        "北京市第一中级人民法院, Beijing No. 1 Intermediate People's Court",
        "凌源第二监狱, Lingyuan No. 2 Prison",
        "凌源监狱, Lingyuan Prison",
        "辽宁省辽阳市中级人民法院, Liaoyang Intermediate People's Court",
        "北京市朝阳区法院, Chaoyang Court",
    })
    void aPlaceAndAKindOfFacilityReadInEnglish(String chinese, String english) {
        assertEquals(Optional.of(english), Facilities.englishName(GAZETTEER, chinese));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"一, 1", "九, 9", "十, 10", "十一, 11", "二十, 20", "二十三, 23", "九十九, 99", "一一, 0", "十十, 0", "一百, 0"})
    void ordinalsReadAsNumbers(String chinese, int number) {
        assertEquals(number, Facilities.chineseNumber(chinese));
    }

    @ParameterizedTest
    @ValueSource(strings = {"监狱", "某某监狱", "锦州", "锦州大学", "秦城监狱"})
    void anythingElseHasNoEnglishNameHere(String chinese) {
        assertEquals(Optional.empty(), Facilities.englishName(GAZETTEER, chinese));
    }

    /** The division of this English name in this province. */
    private static Gazetteer.Division division(String name, String province) {
        return GAZETTEER.lookupAll(name).stream()
                .filter(d -> d.province().equals(province))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + province));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource({
        "Beijing No. 1 Intermediate People's Court, 北京, Beijing, 北京市第一中级人民法院",
        "Liaoyang Intermediate People’s Court, 辽阳, Liaoning, 辽阳市中级人民法院",
        "Chaoyang District People's Court, 朝阳区, Beijing, 朝阳区人民法院",
        "Beijing No. 3 PSB Detention Center, 北京, Beijing, 北京市第三看守所",
        "Tieling Detention Center, 铁岭, Liaoning, 铁岭市看守所",
        "Hebi Administrative Detention Center, 鹤壁, Henan, 鹤壁市拘留所",
        "Jinzhou Prison, 锦州, Liaoning, 锦州监狱",
        "Urumqi No. 6 Prison, 乌鲁木齐, Xinjiang, 乌鲁木齐第六监狱",
        "Shandong Women's Prison, 山东, Shandong, 山东省女子监狱",
        "Hubei High People's Court, 湖北, Hubei, 湖北省高级人民法院",
        "Guangzhou City Procuratorate, 广州, Guangdong, 广州市人民检察院",
        "Tianjin No. 12 Intermediate People's Court, 天津, Tianjin, 天津市第十二中级人民法院",
    })
    void anEnglishNameOfADivisionAndAKindReadsInChinese(
            String english, String divisionZh, String province, String chinese) {
        assertEquals(Optional.of(chinese), Facilities.chineseName(division(divisionZh, province), english));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // the name is not the division's alone
        "Guangzhou Haizhu District Xingang Police Station, 广州, Guangdong",
        "Beijing Haidian District People's Court, 北京, Beijing",
        // a district read as the city of its name: no guess
        "Chaoyang District People's Court, 朝阳, Liaoning",
        // a high court is a province's
        "Liaoyang High People's Court, 辽阳, Liaoning",
        "Tieling Hospital, 铁岭, Liaoning",
    })
    void anyOtherEnglishNameHasNoChineseNameHere(String english, String divisionZh, String province) {
        assertEquals(Optional.empty(), Facilities.chineseName(division(divisionZh, province), english));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"1, 一", "9, 九", "10, 十", "11, 十一", "20, 二十", "23, 二十三", "99, 九十九", "0, ''", "100, ''"})
    void numbersReadAsOrdinals(int number, String chinese) {
        assertEquals(chinese, Facilities.chineseNumeral(number));
        if (!chinese.isEmpty()) {
            assertEquals(number, Facilities.chineseNumber(chinese), "the one reads back as the other");
        }
    }
}
