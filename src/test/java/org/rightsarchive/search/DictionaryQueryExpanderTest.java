package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
