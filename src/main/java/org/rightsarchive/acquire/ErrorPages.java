package org.rightsarchive.acquire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Tells good captures from error captures. A capture is an error when its status is not 2xx, or when it is a 2xx
 * page whose text is a server's error message (the "The website encountered an unexpected error" pages a CMS
 * serves with status 200). An error capture is archived but must never replace a good copy for indexing.
 *
 * <p>The check reads the bytes as ISO-8859-1, which keeps the ASCII of every ASCII-compatible charset (UTF-8, GBK,
 * Big5) intact: the messages looked for are ASCII, so no charset detection is needed here.
 */
public final class ErrorPages {
    /** A server error message that marks a page as an error however long the page is. */
    private static final List<String> ALWAYS = List.of(
            "the website encountered an unexpected error",
            "the server encountered an internal error",
            "fatal error: uncaught");

    /** Messages that mark a page as an error only when they are nearly all the page says. */
    private static final List<String> WHEN_SHORT = List.of(
            "internal server error",
            "service unavailable",
            "temporarily unavailable",
            "bad gateway",
            "gateway timeout",
            "gateway time-out",
            "page not found",
            "404 not found",
            "an unexpected error",
            "an error occurred",
            "please try again later");

    private static final int SHORT_TEXT = 600;
    private static final int MAX_SCAN_BYTES = 4 << 20;

    private ErrorPages() {}

    /** True when the capture is a 2xx response with real content. */
    public static boolean isGood(Capture capture) {
        return capture.isSuccess() && !isErrorText(capture.contentType(), capture.body());
    }

    /** True when a response with this status and body is an error capture. */
    public static boolean isError(int status, String contentType, byte[] body) {
        return status < 200 || status >= 300 || isErrorText(contentType, body);
    }

    /** True when the body of an HTML or text response reads as a server error message. */
    public static boolean isErrorText(String contentType, byte[] body) {
        if (!isTextual(contentType) || body.length > MAX_SCAN_BYTES) {
            return false;
        }
        String raw = new String(body, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (ALWAYS.stream().noneMatch(raw::contains) && WHEN_SHORT.stream().noneMatch(raw::contains)) {
            return false; // the common case, decided without parsing the page
        }
        String text = Jsoup.parse(raw).text();
        for (String message : ALWAYS) {
            if (text.contains(message)) {
                return true;
            }
        }
        if (text.length() <= SHORT_TEXT) {
            for (String message : WHEN_SHORT) {
                if (text.contains(message)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTextual(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.startsWith("text/");
    }
}
