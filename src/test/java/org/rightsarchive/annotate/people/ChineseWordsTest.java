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

    @ParameterizedTest
    @CsvSource({
        "都曾, true", // 两人都曾被拘: "both were once"
        "方称, true", // 检方称: "the prosecution said"
        "印有, true", // 印有标志: "printed with"
        "曾在, true", // 曾在: "once at"
        "王成, false", // 成, 进, 平 end given names far more often than they follow names
        "王进, false",
        "李平, false",
        "王宇, false",
        "许志永, false" // three characters: not this shape
    })
    void tellsASurnameAndTheNextWordFromATwoCharacterName(String candidate, boolean misread) {
        assertEquals(misread, ChineseWords.isSurnameAndNextWord(candidate), candidate);
    }
}
