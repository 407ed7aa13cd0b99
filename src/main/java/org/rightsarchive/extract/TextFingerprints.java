package org.rightsarchive.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Fingerprints of main text for duplicate detection: an exact hash of the normalized text, and a 64-bit simhash of
 * its shingles (word 3-grams for Latin text, character 3-grams for Han text) for near duplicates.
 */
public final class TextFingerprints {
    private static final int SHINGLE = 3;

    private TextFingerprints() {}

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
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalize(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The shingles of the normalized text: a Han character is a token of its own, other tokens are words. */
    static List<String> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : normalize(text).split(" ")) {
            StringBuilder latin = new StringBuilder();
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    if (latin.length() > 0) {
                        tokens.add(latin.toString());
                        latin.setLength(0);
                    }
                    tokens.add(new String(Character.toChars(cp)));
                } else {
                    latin.appendCodePoint(cp);
                }
            }
            if (latin.length() > 0) {
                tokens.add(latin.toString());
            }
        }
        List<String> shingles = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
        }
        if (shingles.isEmpty() && !tokens.isEmpty()) {
            shingles.add(String.join(" ", tokens));
        }
        return shingles;
    }

    /** Charikar's simhash over the shingles; texts that share most shingles differ in few bits. */
    public static long simhash(String text) {
        int[] weights = new int[64];
        for (String shingle : shingles(text)) {
            long h = fnv1a64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
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

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly for short keys; a final avalanche (from MurmurHash3) evens the bits out.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
