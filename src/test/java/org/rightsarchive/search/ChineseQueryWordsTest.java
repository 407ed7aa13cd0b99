package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseQueryWordsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "姚福信辽阳|姚福信/辽阳",
                "姚福信|姚福信",
                "刘晓波|刘晓波",
                "王建国辽阳|王建国/辽阳",
                "劳工权益|劳工/权益",
                "遼陽工人|遼陽/工人",
                "姚福信的案件|姚福信/案件",
                "姚福信与萧云良|姚福信/萧云良",
                "辽阳|辽阳",
                "Yao Fuxin|Yao Fuxin",
                "Liu刘晓波|Liu刘晓波"
            })
    void splitsChineseWordsAndKeepsNamesWhole(String term, String words) {
        assertEquals(Arrays.asList(words.split("/")), ChineseQueryWords.split(term), term);
    }

    @ParameterizedTest
    @CsvSource({"姚", "辽宁", "''"})
    void leavesShortTermsAlone(String term) {
        assertEquals(List.of(term), ChineseQueryWords.split(term));
    }
}
