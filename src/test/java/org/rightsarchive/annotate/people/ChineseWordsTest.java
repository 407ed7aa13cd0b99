package org.rightsarchive.annotate.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseWordsTest {
    @ParameterizedTest
    @CsvSource({
        "安全法, true", // a law, not 安 Quanfa
        "方式为, true", // 方式 "manner"
        "全无, true", // 无 is a function word
        "费和, true",
        "姚福信, false",
        "王宇, false",
        "刘晓波, false",
        "许志永, false",
        "曾金燕, false"
    })
    void tellsOrdinaryWordsFromNames(String candidate, boolean word) {
        assertEquals(word, ChineseWords.isCommonWord(candidate), candidate);
    }
}
