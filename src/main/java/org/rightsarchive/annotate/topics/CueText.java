package org.rightsarchive.annotate.topics;

import org.rightsarchive.lang.ChineseScript;

/**
 * Folds text for cue matching, one character to one character so offsets survive: Traditional to Simplified, lower
 * case, typographic quotes and full-width forms to ASCII, non-breaking spaces to spaces.
 */
final class CueText {
    private CueText() {}

    static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c = (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u2032' -> {
                return '\'';
            }
            case '\u201C', '\u201D' -> {
                return '"';
            }
            case '\u00A0', '\u3000', '\u2009', '\u202F' -> {
                return ' ';
            }
            case '\u2010', '\u2011', '\u2013' -> {
                return '-';
            }
            default -> {
                return Character.toLowerCase(ChineseScript.toSimplified(c));
            }
        }
    }

    /** Letters and digits of alphabetic scripts: a cue made of them must not match inside a longer word. */
    static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
