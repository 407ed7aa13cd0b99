package org.rightsarchive.annotate.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsarchive.annotate.places.Gazetteer;
import org.rightsarchive.annotate.text.StartFilteredMatches.StartTest;
import org.rightsarchive.annotate.text.StartTestAgreement;

class LatinNameFinderTest {
    static Stream<Arguments> contextsBeforeAName() {
        return Stream.of(
                Arguments.of(
                        "NON_HAN_CONTEXT_BEFORE",
                        LatinNameFinder.NON_HAN_CONTEXT_BEFORE,
                        LatinNameFinder.NON_HAN_CONTEXT_BEFORE_STARTS),
                Arguments.of(
                        "RELATIVE_BEFORE", LatinNameFinder.RELATIVE_BEFORE, LatinNameFinder.RELATIVE_BEFORE_STARTS),
                Arguments.of(
                        "INSTITUTION_BEFORE",
                        LatinNameFinder.INSTITUTION_BEFORE,
                        LatinNameFinder.INSTITUTION_BEFORE_STARTS),
                Arguments.of("PERSON_BEFORE", LatinNameFinder.PERSON_BEFORE, LatinNameFinder.PERSON_BEFORE_STARTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contextsBeforeAName")
    void startTestsHoldWhereverTheContextBeforeANameCanStart(String name, Pattern pattern, StartTest starts) {
        StartTestAgreement.assertAgreesWithFind(
                name,
                pattern,
                starts,
                List.of("Tibetan ", "MONK ", "His ", "Wife ", "Prison (", " (", ": ", "-in-law ", "a named ", "Nun"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "his wife Helime was detained|helime",
                "Tibetan monk Sonam Gyatso was detained|sonam-gyatso",
                "Yao Fuxin was detained|yao-fuxin",
            })
    void findsNamesThatTheirContextIntroduces(String sentence, String id) {
        LatinNameFinder finder = new LatinNameFinder(PersonNames.standard(), Gazetteer.standard());
        assertEquals(
                List.of(id), finder.find(sentence).stream().map(NameMention::id).toList());
    }
}
