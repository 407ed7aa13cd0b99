package org.rightsarchive.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Fingerprints of main text for duplicate detection: an exact hash of the normalized text, a 64-bit simhash of its
 * shingles (token 3-grams: words for Latin text, single characters for Han text) for near duplicates, and a
 * bottom-k sketch of the shingle set to confirm them by estimated Jaccard similarity.
 */
public final class TextFingerprints {
    private static final int SHINGLE = 3;

    private TextFingerprints() {}

    /**
     * The fingerprints of one text.
     *
     * @param exactHash SHA-256 of the normalized text, hex
     * @param simhash Charikar's simhash of the shingles
     * @param sketch the smallest distinct shingle hashes, sorted ascending
     */
    public record Fingerprint(String exactHash, long simhash, long[] sketch) {}

    /** Computes all fingerprints in one pass over the normalized text. */
    public static Fingerprint of(String text, int sketchSize) {
        String normalized = normalize(text);
        long[] shingles = shingleHashes(tokens(normalized));
        return new Fingerprint(sha256(normalized), simhash(shingles), sketch(shingles, sketchSize));
    }

    /** NFKC, case-folded, punctuation dropped and whitespace collapsed: what two copies of one text share. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** SHA-256 of the normalized text, hex. */
    public static String exactHash(String text) {
        return sha256(normalize(text));
    }

    /** The tokens of normalized text: a Han character is a token of its own, other tokens are words. */
    static List<String> tokens(String normalized) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            boolean han = isHan(cp);
            if (cp == ' ' || han) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (han) {
                    tokens.add(new String(Character.toChars(cp)));
                }
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    // Looking up a code point's script is a binary search over every script's ranges: the fingerprints of an
    // English page spent half their time there. No Han character comes before the CJK radicals, U+2E80.
    private static boolean isHan(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** One hash per shingle (token 3-gram); a text shorter than a shingle is one shingle. */
    static long[] shingleHashes(List<String> tokens) {
        long[] tokenHashes = new long[tokens.size()];
        for (int i = 0; i < tokenHashes.length; i++) {
            tokenHashes[i] = fnv1a64(tokens.get(i));
        }
        if (tokenHashes.length < SHINGLE) {
            long h = 0;
            for (long t : tokenHashes) {
                h = h * 0x9e3779b97f4a7c15L + t;
            }
            return tokenHashes.length == 0 ? new long[0] : new long[] {mix(h)};
        }
        long[] shingles = new long[tokenHashes.length - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE; j++) {
                h = h * 0x9e3779b97f4a7c15L + tokenHashes[i + j];
            }
            shingles[i] = mix(h);
        }
        return shingles;
    }

    /** Charikar's simhash of a text; texts that share most shingles differ in few bits. */
    public static long simhash(String text) {
        return simhash(shingleHashes(tokens(normalize(text))));
    }

    private static long simhash(long[] shingles) {
        int[] weights = new int[64];
        for (long h : shingles) {
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += (int) ((h >>> bit) & 1) * 2 - 1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    /**
     * A bottom-k sketch of the text's shingle set: the {@code k} smallest distinct shingle hashes, sorted. Two
     * sketches estimate the Jaccard similarity of the full sets ({@link #jaccard}) in bounded memory; for texts with
     * fewer than {@code k} distinct shingles the estimate is exact.
     */
    public static long[] sketch(String text, int k) {
        return sketch(shingleHashes(tokens(normalize(text))), k);
    }

    private static long[] sketch(long[] shingles, int k) {
        long[] sorted = shingles.clone();
        Arrays.sort(sorted);
        long[] out = new long[Math.min(k, sorted.length)];
        int n = 0;
        for (int i = 0; i < sorted.length && n < out.length; i++) {
            if (n == 0 || sorted[i] != out[n - 1]) {
                out[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Jaccard similarity estimated from two bottom-k sketches of the same {@code k}. */
    public static double jaccard(long[] a, long[] b, int k) {
        int i = 0;
        int j = 0;
        int union = 0;
        int both = 0;
        while (union < k && (i < a.length || j < b.length)) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            union++;
        }
        return union == 0 ? 1.0 : (double) both / union;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static String sha256(String normalized) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** MurmurHash3's finalizer: FNV's bits mix poorly for short keys, and simhash needs every bit even. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
