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
}
