package org.rightsarchive.bench;

import java.util.Locale;
import java.util.Objects;

/**
 * A synthetic person: a Chinese name in characters and in pinyin, with the id the annotators give it.
 *
 * @param surname pinyin surname, capitalized ({@code Yao}, {@code Ouyang})
 * @param givenName pinyin given name, capitalized ({@code Fuxin})
 * @param hanzi the name in Simplified characters ({@code 姚福信})
 * @param female whether she is a woman (for pronouns)
 * @param age age in years
 */
public record Persona(String surname, String givenName, String hanzi, boolean female, int age) {
    public Persona {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(hanzi, "hanzi");
        if (age < 16 || age > 100) {
            throw new IllegalArgumentException("age out of range: " + age);
        }
    }

    /** Surname first, as Chinese names are written in English ({@code Yao Fuxin}). */
    public String pinyin() {
        return surname + " " + givenName;
    }

    /** The id the people recognizer gives this person ({@code yao-fuxin}). */
    public String id() {
        return (surname + "-" + givenName)
                .toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("ü", "v");
    }
}
