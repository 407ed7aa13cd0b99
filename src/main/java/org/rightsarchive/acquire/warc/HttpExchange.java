package org.rightsarchive.acquire.warc;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request and the response to it, as the crawler received it, ready to be written to the archive.
 *
 * @param target the URL requested
 * @param date when the response arrived
 * @param userAgent the User-Agent sent
 * @param status the HTTP status
 * @param headers the response headers as received (transfer framing headers are dropped when written)
 * @param body the payload as received; no Accept-Encoding is sent, and a body a server compressed anyway (gzip,
 *     deflate) is decoded, its Content-Encoding header dropped
 * @param truncated true when the body was cut at the size limit
 */
public record HttpExchange(
        URI target,
        Instant date,
        String userAgent,
        int status,
        Map<String, List<String>> headers,
        byte[] body,
        boolean truncated) {
    public HttpExchange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(userAgent, "userAgent");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("invalid HTTP status " + status);
        }
    }

    /** The first value of a response header (case-insensitive name), or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
