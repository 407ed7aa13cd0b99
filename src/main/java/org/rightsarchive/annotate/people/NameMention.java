package org.rightsarchive.annotate.people;

import java.util.Objects;

/**
 * A person's name found in a text.
 *
 * @param start offset of the first character in the text searched
 * @param end offset after the last character
 * @param surface the name as written
 * @param id the person id the name gives
 * @param chinese whether the name is written in Chinese characters
 * @param surnameOnly whether only part of the name is written: the surname ({@code Yao, 54, was detained}), or the
 *     given name Chinese texts call someone by ({@code 全璋} for 王全璋)
 */
public record NameMention(int start, int end, String surface, String id, boolean chinese, boolean surnameOnly) {
    public NameMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(id, "id");
        if (end <= start) {
            throw new IllegalArgumentException("empty name mention at " + start);
        }
    }
}
