package org.rightsarchive.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {
    @ParameterizedTest
    @CsvSource({
        "en,ENGLISH",
        "en-US,ENGLISH",
        "zh,CHINESE_SIMPLIFIED",
        "zh-CN,CHINESE_SIMPLIFIED",
        "zh-Hans,CHINESE_SIMPLIFIED",
        "zh-Hant,CHINESE_TRADITIONAL",
        "zh_TW,CHINESE_TRADITIONAL",
        "zh-HK,CHINESE_TRADITIONAL",
        "zht,CHINESE_TRADITIONAL",
        "fr,UNKNOWN",
        "'',UNKNOWN"
    })
    void parsesTags(String tag, Language expected) {
        assertEquals(expected, Language.fromTag(tag));
    }
}
