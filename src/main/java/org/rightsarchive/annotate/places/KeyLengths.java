package org.rightsarchive.annotate.places;

import java.util.Collection;

/**
 * The lengths of a set of Chinese keys, by first character. The scanner tries every name length at every position of
 * a Chinese text; most positions start no name at all, and most lengths none of the names a character starts, so
 * asking here first skips nearly all the substrings and hash-map reads that cannot hit. Immutable and thread-safe.
 */
final class KeyLengths {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    /** Bit {@code len} of entry {@code c - FIRST}: some key of length {@code len} starts with {@code c}. */
    private final long[] lengths = new long[LAST - FIRST + 1];

    KeyLengths(Collection<String> keys) {
        for (String key : keys) {
            if (!key.isEmpty() && covers(key.charAt(0), key.length())) {
                lengths[key.charAt(0) - FIRST] |= 1L << key.length();
            }
        }
    }

    /**
     * Whether a key of this length may start with this character: false only when none does. Characters and lengths
     * the table does not cover (outside the CJK blocks, 64 or longer) answer true, so a caller stays exact.
     */
    boolean mayStart(char first, int length) {
        return !covers(first, length) || (lengths[first - FIRST] & (1L << length)) != 0;
    }

    private static boolean covers(char first, int length) {
        return first >= FIRST && first <= LAST && length < Long.SIZE;
    }
}
