package org.rightsarchive.acquire;

import java.util.Optional;

/**
 * Tells a payload that is text in some charset from one that is not (random bytes, a compressed stream served as a
 * page), from its first bytes and without decoding. Such a payload is an error capture ({@link ErrorPages}): kept in
 * the archive, but it never replaces a good copy, so a full reindex and an incremental one index the same copy.
 */
public final class Payloads {
    /** Bytes sniffed: a page that is text shows it from its start. */
    private static final int SNIFF_BYTES = 8192;

    private Payloads() {}

    /** Why the payload is not text, or empty when it may be text. */
    public static Optional<String> notTextReason(byte[] body) {
        if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            return Optional.of("not text: a gzip stream served as a page");
        }
        if (body.length >= 2
                && ((body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff
                        || (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe)) {
            return Optional.empty(); // UTF-16 with its byte-order mark: half its bytes are NUL, and extraction reads it
        }
        int n = Math.min(body.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return Optional.of("not text: NUL bytes in the payload");
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        // Real pages in any legacy encoding have almost no C0 control bytes; random data has ~10%.
        if (n > 0 && control * 100 > n * 2) {
            return Optional.of("not text: " + control + " control bytes in the first " + n);
        }
        return Optional.empty();
    }
}
