package org.rightsarchive.annotate.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsarchive.annotate.text.StartFilteredMatches.StartTest;
import org.rightsarchive.annotate.text.StartTestAgreement;

class PersonContextTest {
    static Stream<Arguments> wordsBeforeAName() {
        return Stream.of(
                Arguments.of("AGE_BEFORE", PersonContext.AGE_BEFORE, PersonContext.AGE_BEFORE_STARTS),
                Arguments.of("OFFICIAL_BEFORE", PersonContext.OFFICIAL_BEFORE, PersonContext.OFFICIAL_BEFORE_STARTS),
                Arguments.of("LAWYER_BEFORE", PersonContext.LAWYER_BEFORE, PersonContext.LAWYER_BEFORE_STARTS),
                Arguments.of("FAMILY_BEFORE", PersonContext.FAMILY_BEFORE, PersonContext.FAMILY_BEFORE_STARTS),
                Arguments.of("FEMALE_CUE", PersonContext.FEMALE_CUE, PersonContext.FEMALE_CUE_STARTS),
                Arguments.of("MALE_CUE", PersonContext.MALE_CUE, PersonContext.MALE_CUE_STARTS),
                Arguments.of(
                        "OCCUPATION_BEFORE", PersonContext.OCCUPATION_BEFORE, PersonContext.OCCUPATION_BEFORE_STARTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsBeforeAName")
    void startTestsHoldWhereverTheWordsBeforeANameCanStart(String name, Pattern pattern, StartTest starts) {
        StartTestAgreement.assertAgreesWithFind(
                name, pattern, starts, List.of("of ", "the ", "-year-old ", "岁的", "Yao", "Ms.", "Mr."));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "the 54-year-old activist Yao Fuxin|Yao Fuxin|54",
                "据悉，54岁的工人代表姚福信|姚福信|54",
                "Yao Fuxin, 54, was detained|Yao Fuxin|54",
            })
    void readsTheAgeAroundAName(String sentence, String name, int age) {
        int start = sentence.indexOf(name);
        assertEquals(age, PersonContext.age(sentence, start, start + name.length()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Governor Bo Xilai spoke|Bo Xilai|official",
                "her lawyer Jiang Tianyong said|Jiang Tianyong|lawyer",
                "his wife Liu Xia said|Liu Xia|family",
                "妻子刘霞说|刘霞|family",
                "法官王某宣判|王某|official",
            })
    void readsTheRoleCueBeforeAName(String sentence, String name, String cue) {
        int start = sentence.indexOf(name);
        assertEquals(cue, PersonContext.roleCue(sentence, start, start + name.length()));
    }

    @Test
    void readsTheOccupationAndGenderBeforeAName() {
        String s = "the mother and rights lawyer Wang Yu was taken";
        int start = s.indexOf("Wang Yu");
        assertEquals("rights lawyer", PersonContext.occupation(s, start, start + 7));
        String t = "his daughter Wang Yu";
        assertEquals("female", PersonContext.gender(t, t.indexOf("Wang"), t.length()));
    }
}
