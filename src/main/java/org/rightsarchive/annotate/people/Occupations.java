package org.rightsarchive.annotate.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rightsarchive.lang.ChineseScript;

/**
 * The occupations the people annotator reads beside a name, each in English and in Chinese ({@code occupations.tsv}):
 * "scholar" on an English page and 學者 on a Traditional Chinese one are one occupation, which a person's page lists
 * once in the reader's language. Loaded once; immutable, so thread-safe.
 */
public final class Occupations {
    /**
     * One occupation.
     *
     * @param english its English word, which also keys it
     * @param chinese its Simplified Chinese word
     */
    public record Occupation(String english, String chinese) {
        public Occupation {
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(chinese, "chinese");
        }
    }

    private static final Map<String, Occupation> BY_WORD = load();

    private Occupations() {}

    /**
     * The occupation a word the annotator found means, in either language or script ("Scholar", 学者, 學者,
     * "attorney"), if the table knows it.
     */
    public static Optional<Occupation> of(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_WORD.get(key(word)));
    }

    private static String key(String word) {
        return ChineseScript.toSimplified(word.strip()).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Occupation> load() {
        Map<String, Occupation> byWord = new HashMap<>();
        try {
            for (String line : PersonNames.lines("occupations.tsv")) {
                String[] f = line.split("\t");
                if (f.length < 2) {
                    throw new IllegalStateException("occupations.tsv: not an English and a Chinese word: " + line);
                }
                Occupation o = new Occupation(f[0].strip(), f[1].strip());
                add(byWord, o.english(), o);
                add(byWord, o.chinese(), o);
                if (f.length > 2) {
                    for (String other : f[2].split("\\|")) {
                        add(byWord, other, o);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled occupations", e);
        }
        return Map.copyOf(byWord);
    }

    private static void add(Map<String, Occupation> byWord, String word, Occupation o) {
        Occupation before = byWord.putIfAbsent(key(word), o);
        if (before != null && !before.equals(o)) {
            throw new IllegalStateException("occupations.tsv: " + word + " is both " + before + " and " + o);
        }
    }
}
