package org.rightsarchive.annotate.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyLengthsTest {
    private final KeyLengths lengths = new KeyLengths(List.of("辽阳", "辽阳市", "辽宁省", "铁岭", "新疆维吾尔自治区", "ab"));

    @ParameterizedTest(name = "{0} length {1}: {2}")
    @CsvSource({
        "辽, 2, true",
        "辽, 3, true",
        "辽, 4, false",
        "铁, 2, true",
        "铁, 3, false",
        "新, 8, true",
        "新, 2, false",
        "沈, 2, false",
    })
    void answersFalseOnlyWhenNoKeyOfThatLengthStartsWithTheCharacter(char first, int length, boolean may) {
        assertEquals(may, lengths.mayStart(first, length));
    }

    @ParameterizedTest(name = "{0} length {1}")
    @CsvSource({"a, 2", "a, 5", "z, 3", "辽, 64", "辽, 100"})
    void answersTrueForWhatTheTableDoesNotCover(char first, int length) {
        assertEquals(true, lengths.mayStart(first, length));
    }
}
