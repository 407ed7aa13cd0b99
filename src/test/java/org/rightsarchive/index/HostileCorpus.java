package org.rightsarchive.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.rightsarchive.acquire.Capture;

/**
 * Generates broken and malicious pages, the kind an archive of the open web meets: truncated HTML, binary served as
 * HTML, a 50 MB page, 100,000 nested tags, wrong or absent charsets, mixed encodings, empty pages, a gzip bomb and a
 * page naming 10,000 people. Deterministic for a seed.
 */
final class HostileCorpus {
    private HostileCorpus() {}

    /** A good page that must always be indexed beside the hostile ones. */
    static Capture goodPage(String name, String body) {
        String html = "<html lang=\"en\"><head><title>" + name + "</title></head><body><article><h1>" + name
                + "</h1><p>" + body + "</p></article></body></html>";
        return capture(name, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Every hostile page, by name. */
    static Map<String, Capture> pages(long seed) {
        Random random = new Random(seed);
        Map<String, Capture> out = new LinkedHashMap<>();
        String alert = "<html><head><title>Alert</title></head><body><article><h1>Worker detained</h1>"
                + "<p>Yao Fuxin was detained in Liaoyang on March 17, 2002, after protests over unpaid wages.</p>";
        out.put("truncated", capture("truncated", "text/html", utf8(alert.substring(0, alert.length() - 20))));
        byte[] binary = new byte[200_000];
        random.nextBytes(binary);
        out.put("binary", capture("binary", "text/html", binary));
        StringBuilder big = new StringBuilder(alert);
        while (big.length() < 50 * 1024 * 1024) {
            big.append("<p>Paragraph ").append(big.length()).append(" of a very long page about detentions.</p>");
        }
        out.put("fifty-megabytes", capture("fifty-megabytes", "text/html", utf8(big.toString())));
        out.put(
                "nested",
                capture("nested", "text/html", utf8("<html><body>" + "<div>".repeat(100_000) + "<p>deep</p>")));
        out.put(
                "wrong-charset",
                capture("wrong-charset", "text/html; charset=utf-8", bytes(alert + "<p>辽宁省辽阳市</p>", "GB18030")));
        out.put("absent-charset-big5", capture("absent-charset-big5", null, bytes(alert + "<p>遼寧省遼陽市工人</p>", "Big5")));
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(utf8(alert + "<p>辽宁 "));
        mixed.writeBytes(bytes("遼寧 ", "Big5"));
        mixed.writeBytes(bytes("辽阳</p>", "GB18030"));
        out.put("mixed-encodings", capture("mixed-encodings", "text/html", mixed.toByteArray()));
        out.put("empty", capture("empty", "text/html", new byte[0]));
        out.put("whitespace", capture("whitespace", "text/html", utf8("   \n\t  ")));
        out.put("gzip-bomb", capture("gzip-bomb", "text/html", gzipOfZeros(64L * 1024 * 1024)));
        StringBuilder names = new StringBuilder(alert).append("<p>");
        for (int i = 0; i < 10_000; i++) {
            names.append("Wang ")
                    .append(syllable(random))
                    .append(syllable(random))
                    .append(" was detained. ");
        }
        out.put("ten-thousand-names", capture("ten-thousand-names", "text/html", utf8(names + "</p>")));
        return out;
    }

    private static final String[] SYLLABLES = {"ming", "hua", "jun", "li", "fang", "qiang", "wei", "jie", "xin"};

    private static String syllable(Random random) {
        return SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private static Capture capture(String name, String contentType, byte[] body) {
        String source = "hostile/" + name + ".html";
        return new Capture("corpus:" + source, Instant.EPOCH, 200, contentType, body, source);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s, String charset) {
        return s.getBytes(Charset.forName(charset));
    }

    /** A small gzip stream that inflates to {@code size} zero bytes. */
    static byte[] gzipOfZeros(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** All hostile pages followed by the good ones. */
    static List<Capture> withGoodPages(long seed, List<Capture> good) {
        List<Capture> all = new ArrayList<>(pages(seed).values());
        all.addAll(good);
        return all;
    }
}
