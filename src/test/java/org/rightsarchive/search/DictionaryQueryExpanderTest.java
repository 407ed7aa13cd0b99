package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DictionaryQueryExpanderTest {
    private static final DictionaryQueryExpander EXPANDER = DictionaryQueryExpander.standard();

    @ParameterizedTest
    @CsvSource({
        "Yao Fuxin, yao-fuxin",
        "YAO Fu-xin, yao-fuxin",
        "姚福信, yao-fuxin",
        "劉曉波, liu-xiaobo",
        "Ilham Tohti, ilham-tohti"
    })
    void fullNamesInAnyFormSearchThePersonId(String written, String id) {
        assertEquals(Set.of(id), EXPANDER.keywords(written).get("person"), written);
    }

    @ParameterizedTest
    @CsvSource({"Liaoning, 辽宁", "遼寧, Liaoning", "辽宁, Liaoning", "Inner Mongolia, 内蒙古"})
    void provincesExpandToTheOtherScriptAndTheirFacet(String written, String alternative) {
        assertTrue(
                EXPANDER.alternatives(written).contains(alternative),
                EXPANDER.alternatives(written).toString());
        assertTrue(
                EXPANDER.keywords(written).containsKey("province"),
                EXPANDER.keywords(written).toString());
    }

    @ParameterizedTest
    @CsvSource({"labor rights, labor-rights", "Labor Rights, labor-rights", "劳工权利, labor-rights", "勞工權利, labor-rights"})
    void topicLabelsInEitherLanguageSearchTheTopic(String written, String id) {
        assertEquals(
                Set.of(id),
                EXPANDER.keywords(written).get("topic"),
                EXPANDER.keywords(written).toString());
    }

    @Test
    void aProvinceIsNotAPerson() {
        assertEquals(Map.of("province", Set.of("Liaoning")), EXPANDER.keywords("辽宁"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"detained", "Yao", "labor rights", "王", "the", "2002"})
    void ordinaryWordsExpandToNoPerson(String word) {
        assertTrue(!EXPANDER.keywords(word).containsKey("person"), word + " -> " + EXPANDER.keywords(word));
    }

    @ParameterizedTest
    @CsvSource({"律师, Lu Shi", "国家, Guo Jia", "维权, Wei Quan"})
    void wordThatReadsAsANameSearchesNoPersonTheArchiveLacks(String word, String reading) {
        assertTrue(EXPANDER.keywords(word).containsKey("person"), "a surname and a given name: " + word);
        assertTrue(
                EXPANDER.alternatives(word).contains(reading),
                EXPANDER.alternatives(word).toString());
        DictionaryQueryExpander archive = EXPANDER.withPeopleIn(id -> false);
        assertFalse(archive.keywords(word).containsKey("person"), word + " -> " + archive.keywords(word));
        assertFalse(
                archive.alternatives(word).contains(reading),
                archive.alternatives(word).toString());
    }

    @Test
    void nameOfAPersonTheArchiveHasKeepsItsExpansions() {
        DictionaryQueryExpander archive = EXPANDER.withPeopleIn("yao-fuxin"::equals);
        assertEquals(Set.of("yao-fuxin"), archive.keywords("姚福信").get("person"));
        assertTrue(
                archive.alternatives("姚福信").contains("Yao Fuxin"),
                archive.alternatives("姚福信").toString());
        assertFalse(archive.keywords("劉曉波").containsKey("person"));
    }

    @Test
    void topicsAndPlacesDoNotDependOnThePeopleOfTheArchive() {
        DictionaryQueryExpander archive = EXPANDER.withPeopleIn(id -> false);
        assertEquals(EXPANDER.keywords("辽宁"), archive.keywords("辽宁"));
        assertEquals(EXPANDER.alternatives("labor rights"), archive.alternatives("labor rights"));
        assertEquals(
                EXPANDER.keywords("劳工权利").get("topic"), archive.keywords("劳工权利").get("topic"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "锦州监狱, Jinzhou Prison",
        "“锦州监狱”, Jinzhou Prison",
        "辽阳市看守所, Liaoyang Detention Center",
        "天安门, Tiananmen",
        "天安門, Tiananmen",
        "Tiananmen, 天安门",
        "Qincheng Prison, 秦城监狱",
    })
    void facilitiesAndLandmarksSearchTheirNameInTheOtherLanguage(String written, String alternative) {
        assertTrue(
                EXPANDER.alternatives(written).contains(alternative),
                () -> written + ": " + EXPANDER.alternatives(written));
    }
}
