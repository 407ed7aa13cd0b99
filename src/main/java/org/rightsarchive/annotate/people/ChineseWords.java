package org.rightsarchive.annotate.people;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

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

    /**
     * Whether a two-character "name" is a surname followed by a character that goes on the sentence rather than ends a
     * name (都曾被, "all once were"; 检方称, "the prosecution said"; 印有, "printed with"): in HanLP's person-name
     * role statistics the character follows names (role L) far more often than it is a one-character given name
     * (role E), unlike 进, 成 or 平. Real names of this shape are rare, so the misreading is likelier.
     */
    static boolean isSurnameAndNextWord(String simplified) {
        if (simplified == null || simplified.length() != 2) {
            return false;
        }
        EnumItem<NR> roles = PersonDictionary.dictionary.get(simplified.substring(1));
        if (roles == null) {
            return false;
        }
        return roles.getFrequency(NR.L) > FOLLOWS_NAMES_RATIO * Math.max(1, roles.getFrequency(NR.E));
    }

    /** How much likelier than a given name a character must be to follow names for a pair to count as misread. */
    private static final int FOLLOWS_NAMES_RATIO = 4;

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
