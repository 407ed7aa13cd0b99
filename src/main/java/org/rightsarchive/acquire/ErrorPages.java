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
 * An empty 2xx body (nothing but whitespace) is an error too: it has nothing to replace a copy with; so is a body
 * that is not text ({@link Payloads}), such as random bytes or a gzip stream served as HTML.
 *
 * <p>The check reads the bytes as ISO-8859-1, which keeps the ASCII of every ASCII-compatible charset (UTF-8, GBK,
 * Big5) intact: the English messages are ASCII, and the Chinese ones are looked for as their bytes in each of
 * those three charsets, so no charset detection is needed here.
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

    /**
     * Chinese "page not found", "server error" and "try again later" messages, which mark a page as an error only
     * when they are nearly all it says; as the ISO-8859-1 reading of their UTF-8, GBK and Big5 bytes.
     */
    private static final List<byte[]> WHEN_SHORT_CHINESE = java.util.stream.Stream.of(
                    "页面不存在", "頁面不存在", "网页不存在", "網頁不存在", "找不到页面", "找不到頁面", "找不到网页", "找不到網頁", "服务器错误", "伺服器錯誤", "服务器内部错误",
                    "伺服器內部錯誤", "服务暂时不可用", "服務暫時不可用", "系统繁忙", "系統繁忙", "请稍后再试", "請稍後再試")
            .flatMap(m -> java.util.stream.Stream.of("UTF-8", "GBK", "Big5")
                    .map(java.nio.charset.Charset::forName)
                    .filter(c -> c.newEncoder().canEncode(m))
                    .map(c -> new String(m.getBytes(c), StandardCharsets.ISO_8859_1)))
            .distinct()
            .map(m -> m.getBytes(StandardCharsets.ISO_8859_1))
            .toList();

    /** The messages of {@link #WHEN_SHORT_CHINESE} by their first two bytes: where one can start, in one pass. */
    private static final java.util.Map<Integer, List<byte[]>> CHINESE_BY_START =
            WHEN_SHORT_CHINESE.stream().collect(java.util.stream.Collectors.groupingBy(m -> pair(m, 0)));

    private static final boolean[] CHINESE_STARTS = new boolean[1 << 16];

    static {
        CHINESE_BY_START.keySet().forEach(start -> CHINESE_STARTS[start] = true);
    }

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

    /** True when the body of an HTML or text response reads as a server error message, or is not text at all. */
    public static boolean isErrorText(String contentType, byte[] body) {
        if (!isTextual(contentType)) {
            return false;
        }
        if (Payloads.notTextReason(body).isPresent()) {
            return true;
        }
        if (body.length > MAX_SCAN_BYTES) {
            return false;
        }
        if (isBlank(body)) {
            return true;
        }
        String raw = new String(body, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        boolean chinese = hasChineseMessage(body);
        if (!chinese
                && ALWAYS.stream().noneMatch(raw::contains)
                && WHEN_SHORT.stream().noneMatch(raw::contains)) {
            return false; // the common case, decided without parsing the page
        }
        if (chinese
                && Jsoup.parse(new String(body, StandardCharsets.ISO_8859_1))
                                .text()
                                .length()
                        <= SHORT_TEXT) {
            return true;
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

    /** One pass over the bytes: only where two bytes start a message is the message compared. */
    private static boolean hasChineseMessage(byte[] body) {
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] >= 0 || !CHINESE_STARTS[pair(body, i)]) {
                continue; // every message starts with a byte over 0x7f
            }
            for (byte[] message : CHINESE_BY_START.get(pair(body, i))) {
                if (java.util.Arrays.equals(
                        body, i, Math.min(body.length, i + message.length), message, 0, message.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int pair(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isTextual(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.startsWith("text/");
    }
}
