package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonProfileNamesTest {
    @Test
    void oneOfEachSpellingWhateverItsCase() {
        assertEquals(
                List.of("Yao Fuxin", "姚福信", "Yao Fu-xin"),
                PersonProfile.distinctNames(List.of("Yao Fuxin", "姚福信", "Yao Fu-xin", "YAO Fuxin", "yao fuxin")));
    }

    @Test
    void dropsTheBareSurnamesPagesReferBackWith() {
        assertEquals(
                List.of("Yao Fuxin", "姚福信"),
                PersonProfile.distinctNames(List.of("Yao Fuxin", "Yao", "姚福信", "YAO", "姚")));
    }

    @Test
    void keepsAOneWordNameThatStartsNoOtherName() {
        assertEquals(
                List.of("Ilham Tohti", "Tohti", "伊力哈木·土赫提"),
                PersonProfile.distinctNames(List.of("Ilham Tohti", "Tohti", "伊力哈木·土赫提")));
    }
}
