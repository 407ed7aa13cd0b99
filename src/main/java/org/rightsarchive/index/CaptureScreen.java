package org.rightsarchive.index;

import java.util.Locale;
import java.util.Optional;
import org.rightsarchive.acquire.Capture;

/**
 * Decides, before any parsing, whether a capture is worth extracting: too large a payload or one that is not text
 * (random bytes, a compressed stream served as HTML) is skipped with a reason, so one hostile page costs neither
 * unbounded time nor memory.
 *
 * @param maxBytes largest payload extracted; larger ones are skipped
 */
public record CaptureScreen(long maxBytes) {
    /** Default limit: far above any real alert page, far below what could exhaust the heap of a worker. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** Bytes sniffed for binary content. */
    private static final int SNIFF_BYTES = 8192;

    public CaptureScreen {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** The default screen. */
    public static CaptureScreen defaults() {
        return new CaptureScreen(DEFAULT_MAX_BYTES);
    }

    /** Why the capture should be skipped, or empty when it may be extracted. */
    public Optional<String> rejectReason(Capture capture) {
        byte[] body = capture.body();
        if (body.length > maxBytes) {
            return Optional.of(String.format(
                    Locale.ROOT, "too large: %.1f MB over the %.1f MB limit", body.length / 1e6, maxBytes / 1e6));
        }
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
