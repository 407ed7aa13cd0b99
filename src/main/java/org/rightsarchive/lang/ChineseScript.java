package org.rightsarchive.lang;

import com.ibm.icu.text.Transliterator;

/**
 * Character-level conversion between Traditional and Simplified Chinese, and script detection.
 *
 * <p>The conversion is one code point to one code point, so text offsets survive it: analyzers fold Traditional to
 * Simplified before tokenizing and highlights still land on the original characters. The tables are built once from
 * ICU's {@code Traditional-Simplified} and {@code Simplified-Traditional} transforms (which are slow to build and not
 * meant for concurrent use); lookups afterwards are array reads and thread-safe.
 */
public final class ChineseScript {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final int COMPAT_FIRST = 0xF900;
    private static final int COMPAT_LAST = 0xFAFF;

    private static final char[] TO_SIMPLIFIED = new char[LAST - FIRST + 1];
    private static final char[] TO_TRADITIONAL = new char[LAST - FIRST + 1];
    private static final char[] COMPAT_TO_SIMPLIFIED = new char[COMPAT_LAST - COMPAT_FIRST + 1];

    static {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
        for (int c = FIRST; c <= LAST; c++) {
            TO_SIMPLIFIED[c - FIRST] = single(t2s, (char) c);
            TO_TRADITIONAL[c - FIRST] = single(s2t, (char) c);
        }
        for (int c = COMPAT_FIRST; c <= COMPAT_LAST; c++) {
            String nfkc = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
            char base = nfkc.length() == 1 ? nfkc.charAt(0) : (char) c;
            COMPAT_TO_SIMPLIFIED[c - COMPAT_FIRST] = base >= FIRST && base <= LAST ? TO_SIMPLIFIED[base - FIRST] : base;
        }
    }

    private ChineseScript() {}

    private static char single(Transliterator t, char c) {
        String out = t.transliterate(String.valueOf(c));
        return out.length() == 1 ? out.charAt(0) : c;
    }

    /** The Simplified form of one character; the character itself when it has none. */
    public static char toSimplified(char c) {
        if (c >= FIRST && c <= LAST) {
            return TO_SIMPLIFIED[c - FIRST];
        }
        if (c >= COMPAT_FIRST && c <= COMPAT_LAST) {
            return COMPAT_TO_SIMPLIFIED[c - COMPAT_FIRST];
        }
        return c;
    }

    /** The Traditional form of one character; the character itself when it has none. */
    public static char toTraditional(char c) {
        return c >= FIRST && c <= LAST ? TO_TRADITIONAL[c - FIRST] : c;
    }

    /** Folds Traditional characters to Simplified, keeping the length (and so every offset) of the text. */
    public static String toSimplified(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toSimplified(text.charAt(i));
        }
        return new String(out);
    }

    /** Converts Simplified characters to Traditional, character by character (ambiguous ones get ICU's choice). */
    public static String toTraditional(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toTraditional(text.charAt(i));
        }
        return new String(out);
    }

    /** True for CJK unified ideographs (the BMP blocks the archive handles). */
    public static boolean isHan(char c) {
        return (c >= FIRST && c <= LAST) || (c >= COMPAT_FIRST && c <= COMPAT_LAST);
    }

    /** Number of Han characters in the text. */
    public static int hanCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Guesses the script of Chinese text: Traditional when more characters exist only in Traditional form than only
     * in Simplified form. Characters shared by both scripts do not vote.
     */
    public static Language guessScript(CharSequence text) {
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isHan(c)) {
                continue;
            }
            if (toSimplified(c) != c) {
                traditionalOnly++;
            } else if (toTraditional(c) != c) {
                simplifiedOnly++;
            }
        }
        return traditionalOnly > simplifiedOnly ? Language.CHINESE_TRADITIONAL : Language.CHINESE_SIMPLIFIED;
    }
}
