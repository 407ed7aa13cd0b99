package org.rightsarchive.index;

import java.util.Locale;
import java.util.Optional;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.Payloads;

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
        return Payloads.notTextReason(body);
    }
}
