package org.rightsarchive.annotate.people;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a string the name tagger read as a Chinese name is, in fact, an ordinary word: HanLP's core dictionary
 * knows it (or its first two characters) and never as a personal name, or its one-character given name is a
 * function word (全无, 费和). Used only for names met once without any
 * role cue, where a misreading is likelier than a person.
 */
final class ChineseWords {
    private ChineseWords() {}

    static boolean isCommonWord(String simplified) {
        if (simplified == null || simplified.length() < 2) {
            return false;
        }
        return isNonNameWord(simplified)
                || isNonNameWord(simplified.substring(0, 2))
                || (simplified.length() == 2 && isFunctionCharacter(simplified.substring(1)));
    }

    /** A character used as an adverb, conjunction or preposition and never in names (无, 和), unlike 宇 or 曾. */
    private static boolean isFunctionCharacter(String character) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(character);
        if (attribute == null) {
            return false;
        }
        boolean function = false;
        for (Nature nature : attribute.nature) {
            if (nature.startsWith("nr")) {
                return false;
            }
            function |= nature == Nature.d || nature == Nature.c || nature == Nature.p;
        }
        return function;
    }

    private static boolean isNonNameWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.startsWith("nr")) {
                return false;
            }
        }
        return true;
    }
}
