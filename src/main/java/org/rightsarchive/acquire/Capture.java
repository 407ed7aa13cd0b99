package org.rightsarchive.acquire;

import java.time.Instant;
import java.util.Objects;

/**
 * One archived HTTP response (or one imported file): the raw bytes as received, with what is needed to decode them.
 *
 * @param url the URL the content was fetched from (for files, a {@code file:} or corpus-relative URI)
 * @param fetchedAt when it was captured
 * @param status HTTP status code ({@code 200} for imported files)
 * @param contentType the {@code Content-Type} header value, possibly with a charset, or {@code null}
 * @param body the payload bytes, undecoded
 * @param source where the capture is stored in the archive (a path relative to the corpus, a WARC file and offset)
 */
public record Capture(String url, Instant fetchedAt, int status, String contentType, byte[] body, String source) {
    public Capture {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        if (url.isBlank()) {
            throw new IllegalArgumentException("capture url is blank");
        }
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("invalid HTTP status " + status + " for " + url);
        }
    }

    /** True for 2xx responses. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
