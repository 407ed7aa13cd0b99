package org.rightsarchive.annotate.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TestPages;

class GazetteerPlaceRecognizerTest {
    private final GazetteerPlaceRecognizer recognizer = GazetteerPlaceRecognizer.standard();

    private List<Place> places(String... paragraphs) {
        return recognizer.recognize(TestPages.page(paragraphs));
    }

    private Place only(String kind, String... paragraphs) {
        List<Place> found =
                places(paragraphs).stream().filter(p -> p.kind().equals(kind)).toList();
        assertEquals(1, found.size(), () -> "expected one " + kind + " in " + places(paragraphs));
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Yao is held in Tieling Detention Center.|Tieling Detention Center|Liaoning",
                "He was sent to Lingyuan No. 2 Prison.|Lingyuan No. 2 Prison|Liaoning",
                "The Liaoyang Intermediate People's Court tried him.|Liaoyang Intermediate People's Court|Liaoning",
                "She is held at the Xuhui District Detention Center.|Xuhui District Detention Center|Shanghai",
                "他被关押在铁岭市看守所。|Tieling Detention Center|Liaoning",
                "他被關押在鐵嶺市看守所。|Tieling Detention Center|Liaoning",
                "辽阳市中级人民法院开庭审理此案。|Liaoyang Intermediate People's Court|Liaoning",
                "他在凌源第二监狱服刑。|Lingyuan No. 2 Prison|Liaoning",
                "刘晓波被北京市第一中级人民法院判刑。|Beijing No. 1 Intermediate People's Court|Beijing"
            })
    void recognizesFacilitiesThroughTheCityTheyName(String text, String name, String province) {
        Place facility = only("facility", text);
        assertEquals(name, facility.name());
        assertEquals(province, facility.province());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "辽宁省辽阳市中级人民法院开庭审理此案。|Liaoyang Intermediate People's Court|辽阳市中级人民法院|Liaoyang",
                "他被關押在遼寧省錦州監獄。|Jinzhou Prison|锦州监狱|Jinzhou",
                "北京市朝阳区法院驳回起诉。|Chaoyang Court|朝阳区法院|Beijing",
                "他在四川乐山五马坪监狱服刑。|Leshan Prison|乐山五马坪监狱|Leshan",
                "广州市白云区后岗北街第一看守所|Baiyun No. 1 Detention Center|白云区后岗北街第一看守所|Guangzhou"
            })
    void facilityBelongsToTheNarrowestDivisionItsNameStartsWith(
            String text, String name, String nameZh, String prefecture) {
        Place facility = only("facility", text);
        assertEquals(name, facility.name());
        assertEquals(nameZh, facility.nameZh());
        assertEquals(prefecture, facility.prefecture());
    }

    @Test
    void theProvinceBeforeAFacilitysCityIsStillNamed() {
        List<Place> found = places("辽宁省辽阳市中级人民法院开庭审理此案。");
        assertTrue(
                found.stream()
                        .anyMatch(p -> p.name().equals("Liaoning") && p.kind().equals("province")),
                found::toString);
        assertTrue(
                found.stream()
                        .anyMatch(p -> p.name().equals("Liaoyang") && p.kind().equals("prefecture")),
                found::toString);
    }

    @Test
    void facilityCityIsAPlaceOfItsOwn() {
        assertTrue(places("Yao is held in Tieling Detention Center.").stream()
                .anyMatch(p -> p.name().equals("Tieling") && p.kind().equals("prefecture")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Workers marched in Liaoyang, Liaoning Province.|Liaoyang|Liaoning",
                "Protests in Daqing continued.|Daqing|Heilongjiang",
                "工人在辽阳游行。|Liaoyang|Liaoning",
                "工人在遼陽遊行。|Liaoyang|Liaoning",
                "He was detained in Lhasa.|Lhasa|Tibet",
                // the name English texts use names the division; its pinyin still finds it
                "He was detained in Lasa.|Lhasa|Tibet",
                "Police in Wulumuqi detained him.|Urumqi|Xinjiang",
                "Police in Urumqi detained him.|Urumqi|Xinjiang",
                "他在乌鲁木齐被拘留。|Urumqi|Xinjiang",
                "He was held in Harbin.|Harbin|Heilongjiang",
                "Letters went to Shenyangshi.|Shenyang|Liaoning"
            })
    void resolvesPrefecturesToProvinces(String text, String name, String province) {
        Place p = only("prefecture", text);
        assertEquals(name, p.name());
        assertEquals(province, p.province());
    }

    @Test
    void countiesNeedTheirSuffixInEnglish() {
        assertTrue(places("Linshu was quiet.").stream().noneMatch(p -> p.kind().equals("county")));
        assertEquals(
                "Shandong",
                only("county", "The trial was held in Linshu County.").province());
    }

    @Test
    void chineseCountiesNeedTheirFullName() {
        assertEquals("Shandong", only("county", "他在临沭县受审。").province());
        assertTrue(places("和平表达诉求不构成犯罪。").isEmpty(), "和平 is a word, not 和平区");
    }

    @Test
    void hongKongIsOnePlaceNotAPersonOrTwoWords() {
        Place p = only("province", "China Labour Bulletin, based in Hong Kong, said so.");
        assertEquals("Hong Kong", p.province());
    }

    @Test
    void sharedNameResolvesThroughTheProvinceTheSentenceNames() {
        List<Place> found = places("Monks were detained in Hainan (Tsolho) TAP, Qinghai province.");
        assertTrue(
                found.stream()
                        .anyMatch(p -> p.name().equals("Hainan") && p.province().equals("Qinghai")),
                found::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police in Chaoyang district, Beijing municipality, detained him.|Chaoyang|Beijing",
                "Officials from Gucun township in Baoshan district, Shanghai, transferred her.|Baoshan|Shanghai",
                "Officials from Yushu city, Changchun municipality, Jilin province, detained them.|Yushu|Jilin",
            })
    void aMunicipalityOrAProvinceOfItsCitysNameResolvesASharedName(String text, String name, String province) {
        List<Place> found = places(text);
        assertTrue(
                found.stream()
                        .anyMatch(p -> p.name().equals(name) && p.province().equals(province)),
                found::toString);
    }

    @Test
    void aCapitalizedWordAfterANameIsNotAPlace() {
        assertTrue(places("He met Wang Ji'an yesterday.").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Most were released by December (Tibet Watch, November 2014).",
                "The Xinjiang Daily reported the sentences.",
                "According to Tibet Post, the monks were freed."
            })
    void aPublicationNamedForAPlaceIsNotAPlace(String text) {
        assertEquals(List.of(), places(text));
    }

    @Test
    void aPlaceBeforeAnOrdinaryCapitalizedWordStaysAPlace() {
        assertEquals(
                "Tibet",
                only("province", "Police in Tibet Autonomous Region detained him.")
                        .province());
    }

    @Test
    void eachPlaceIsListedOnce() {
        assertEquals(
                1,
                places("Liaoyang. Liaoyang again.", "辽阳市").stream()
                        .filter(p -> p.name().equals("Liaoyang"))
                        .count());
    }

    @Test
    void tibetAndInnerMongoliaHaveTheirEnglishNames() {
        assertEquals(
                "Tibet",
                only("province", "Officials in the Tibet Autonomous Region said so.")
                        .name());
        assertEquals(
                "Inner Mongolia",
                only("province", "Herders in Inner Mongolia protested.").name());
        assertEquals("Inner Mongolia", only("province", "内蒙古的牧民抗议。").name());
    }
}
