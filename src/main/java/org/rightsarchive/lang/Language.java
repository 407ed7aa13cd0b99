package org.rightsarchive.lang;

import java.util.Locale;

/** Languages and scripts the archive distinguishes, with their BCP 47 tags. */
public enum Language {
    ENGLISH("en"),
    CHINESE_SIMPLIFIED("zh-Hans"),
    CHINESE_TRADITIONAL("zh-Hant"),
    UNKNOWN("und");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, e.g. {@code zh-Hant}. */
    public String tag() {
        return tag;
    }

    /** True for both Chinese scripts. */
    public boolean isChinese() {
        return this == CHINESE_SIMPLIFIED || this == CHINESE_TRADITIONAL;
    }

    /**
     * Parses a tag as found in {@code lang} attributes or query parameters: {@code en}, {@code en-US}, {@code zh},
     * {@code zh-CN}, {@code zh-Hans}, {@code zh-TW}, {@code zh-HK}, {@code zh-Hant}, {@code zht}. Unknown tags give
     * {@link #UNKNOWN}.
     */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return UNKNOWN;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("en") || t.startsWith("en-")) {
            return ENGLISH;
        }
        if (t.equals("zht") || t.startsWith("zh-hant") || t.equals("zh-tw") || t.equals("zh-hk") || t.equals("zh-mo")) {
            return CHINESE_TRADITIONAL;
        }
        if (t.equals("zh") || t.startsWith("zh-")) {
            return CHINESE_SIMPLIFIED;
        }
        return UNKNOWN;
    }
}
