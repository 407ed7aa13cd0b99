package org.rightsarchive.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page the way a browser would: byte order mark, then the HTTP {@code Content-Type}
 * charset, then a {@code <meta>} charset, then sniffing. Never assumes UTF-8 for bytes that are not valid UTF-8.
 *
 * <p>Labels are mapped to the superset a browser really uses: {@code gb2312} and {@code gbk} pages routinely hold
 * GBK-only characters (镕, 遼) that Java's strict GB2312 turns into U+FFFD, so both decode as GB18030; {@code big5}
 * decodes as Big5-HKSCS; {@code iso-8859-1} as windows-1252.
 */
public final class HtmlDecoding {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, Charset> LABELS = Map.ofEntries(
            Map.entry("gb2312", GB18030),
            Map.entry("gb_2312", GB18030),
            Map.entry("gb_2312-80", GB18030),
            Map.entry("gbk", GB18030),
            Map.entry("x-gbk", GB18030),
            Map.entry("cp936", GB18030),
            Map.entry("windows-936", GB18030),
            Map.entry("euc-cn", GB18030),
            Map.entry("x-euc-cn", GB18030),
            Map.entry("csgb2312", GB18030),
            Map.entry("gb18030", GB18030),
            Map.entry("big5", BIG5),
            Map.entry("big-5", BIG5),
            Map.entry("cn-big5", BIG5),
            Map.entry("x-x-big5", BIG5),
            Map.entry("csbig5", BIG5),
            Map.entry("big5-hkscs", BIG5),
            Map.entry("iso-8859-1", WINDOWS_1252),
            Map.entry("latin1", WINDOWS_1252),
            Map.entry("us-ascii", WINDOWS_1252),
            Map.entry("ascii", WINDOWS_1252),
            Map.entry("utf8", StandardCharsets.UTF_8));

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:\\-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([\\w.:\\-]+)");
    private static final int META_SCAN_BYTES = 4096;

    private HtmlDecoding() {}

    /** Decodes the body with the charset {@link #charsetOf} finds; malformed bytes become U+FFFD. */
    public static String decode(byte[] body, String contentType) {
        Charset charset = charsetOf(body, contentType);
        int skip = bomLength(body, charset);
        return new String(body, skip, body.length - skip, charset);
    }

    /** The charset of a page: BOM, HTTP header, meta tag, then sniffing. */
    public static Charset charsetOf(byte[] body, String contentType) {
        Optional<Charset> bom = fromBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) {
                Optional<Charset> labelled = forLabel(m.group(1)).filter(c -> borneOut(c, body));
                if (labelled.isPresent()) {
                    return labelled.get();
                }
            }
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        while (meta.find()) {
            Optional<Charset> labelled = forLabel(meta.group(1));
            if (labelled.isPresent()) {
                // A page saved as UTF-8 may still claim its old charset: trust the bytes when they say UTF-8.
                if (!labelled.get().equals(StandardCharsets.UTF_8) && isMultibyteUtf8(body)) {
                    return StandardCharsets.UTF_8;
                }
                return borneOut(labelled.get(), body) ? labelled.get() : sniff(body);
            }
        }
        return sniff(body);
    }

    /**
     * Whether the bytes can be in the labelled charset. Only a UTF-8 label can be told wrong from the bytes alone: a
     * GBK or Big5 page a server or template calls UTF-8 is nearly all malformed sequences, while a real UTF-8 page
     * has at most a stray bad byte or two (which must not send it to the sniffer).
     */
    private static boolean borneOut(Charset labelled, byte[] body) {
        return !labelled.equals(StandardCharsets.UTF_8) || malformedUtf8Share(body) < 0.1;
    }

    /** The share of the non-ASCII sequences that are malformed UTF-8; 0 for ASCII. A cut last character is neither. */
    static double malformedUtf8Share(byte[] b) {
        int sequences = 0;
        int malformed = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            sequences++;
            int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (length > 0 && i + length > b.length) {
                sequences--; // a truncated capture's last character
                break;
            }
            boolean wellFormed = length > 0;
            for (int k = 1; wellFormed && k < length; k++) {
                wellFormed = (b[i + k] & 0xC0) == 0x80;
            }
            if (wellFormed) {
                i += length;
            } else {
                malformed++;
                i++;
            }
        }
        return sequences == 0 ? 0 : (double) malformed / sequences;
    }

    /** The charset for a label as browsers read it, or empty for an unknown label. */
    public static Optional<Charset> forLabel(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        Charset mapped = LABELS.get(key);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        try {
            return Optional.of(Charset.forName(key));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Guesses a charset for unlabelled bytes: valid UTF-8 first, then ICU's statistical detector. */
    static Charset sniff(byte[] body) {
        if (isValidUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(body);
        for (CharsetMatch match : detector.detectAll()) {
            Optional<Charset> charset = forLabel(match.getName());
            if (charset.isPresent() && decodesCleanly(body, charset.get())) {
                return charset.get();
            }
        }
        for (Charset candidate : new Charset[] {GB18030, BIG5}) {
            if (decodesCleanly(body, candidate)) {
                return candidate;
            }
        }
        return WINDOWS_1252;
    }

    private static boolean isValidUtf8(byte[] body) {
        return decodesCleanly(body, StandardCharsets.UTF_8);
    }

    private static boolean isMultibyteUtf8(byte[] body) {
        boolean hasHighBytes = false;
        for (byte b : body) {
            if (b < 0) {
                hasHighBytes = true;
                break;
            }
        }
        return hasHighBytes && isValidUtf8(body);
    }

    private static boolean decodesCleanly(byte[] body, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static int bomLength(byte[] body, Charset charset) {
        Optional<Charset> bom = fromBom(body);
        if (bom.isEmpty() || !bom.get().equals(charset)) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }
}
