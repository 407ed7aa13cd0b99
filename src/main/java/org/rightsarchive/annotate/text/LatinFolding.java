package org.rightsarchive.annotate.text;

import java.text.Normalizer;

/**
 * Removes tone marks and other diacritics from Latin letters one character at a time ({@code Yáo Fúxìn} to
 * {@code Yao Fuxin}, {@code lǚ} to {@code lu}), so the folded text has the same length and offsets as the original.
 * Full-width digits and letters become ASCII the same way.
 */
public final class LatinFolding {
    private static final char[] TABLE = new char[0x2000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
            if (c >= 0xC0) {
                String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
                if (d.length() > 1 && Character.isLetter(d.charAt(0)) && d.charAt(0) < 0x80) {
                    TABLE[c] = d.charAt(0);
                }
            }
        }
    }

    private LatinFolding() {}

    /** The folded form of one character. */
    public static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFF01 + 0x21);
        }
        return switch (c) {
            case '’', '‘' -> '\'';
            default -> c;
        };
    }

    /** Folds every character; the result has the length of the input. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }
}
