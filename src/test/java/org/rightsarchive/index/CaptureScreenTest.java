package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.acquire.Capture;

class CaptureScreenTest {
    private static Capture page(byte[] body) {
        return new Capture("corpus:p.html", Instant.EPOCH, 200, "text/html", body, "p.html");
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, 辽宁省辽阳市工人被拘留", "GB18030, 辽宁省辽阳市工人被拘留", "Big5, 遼寧省遼陽市工人", "ISO-8859-1, Café détenu"})
    void acceptsTextInAnyEncoding(String charset, String text) {
        byte[] body = ("<p>" + text + "</p>\r\n\t").getBytes(Charset.forName(charset));
        assertEquals(Optional.empty(), CaptureScreen.defaults().rejectReason(page(body)));
    }

    @ParameterizedTest
    @CsvSource({"UTF-16BE, FE, FF", "UTF-16LE, FF, FE"})
    void acceptsUtf16WithItsByteOrderMark(String charset, String first, String second) {
        byte[] text = "<p>辽宁省辽阳市工人被拘留</p>".getBytes(Charset.forName(charset));
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) Integer.parseInt(first, 16);
        body[1] = (byte) Integer.parseInt(second, 16);
        System.arraycopy(text, 0, body, 2, text.length);
        assertEquals(Optional.empty(), CaptureScreen.defaults().rejectReason(page(body)));
    }

    @Test
    void rejectsUtf16WithoutAByteOrderMarkAsNulBytes() {
        byte[] body = "<p>Liaoyang</p>".getBytes(Charset.forName("UTF-16LE"));
        assertTrue(
                CaptureScreen.defaults().rejectReason(page(body)).orElseThrow().contains("NUL"));
    }

    @Test
    void rejectsAPayloadOverTheLimit() {
        Optional<String> reason = new CaptureScreen(10).rejectReason(page(new byte[11]));
        assertTrue(reason.orElseThrow().startsWith("too large"), reason.toString());
    }

    @Test
    void rejectsGzipMagic() {
        byte[] gzip = HostileCorpus.gzipOfZeros(1000);
        assertEquals(
                "not text: a gzip stream served as a page",
                CaptureScreen.defaults().rejectReason(page(gzip)).orElseThrow());
    }

    @Test
    void rejectsControlBytesWithoutNul() {
        byte[] body = new byte[1000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i % 10 == 0 ? 0x01 : 'a');
        }
        assertTrue(
                CaptureScreen.defaults().rejectReason(page(body)).orElseThrow().startsWith("not text"));
    }

    @Test
    void emptyPayloadIsLeftToExtraction() {
        assertEquals(
                Optional.empty(), CaptureScreen.defaults().rejectReason(page("".getBytes(StandardCharsets.UTF_8))));
    }
}
