package org.rightsarchive.acquire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.eval.SharedData;

class ErrorPagesTest {
    private static byte[] html(String body) {
        return ("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"404", "410", "500", "503", "301"})
    void nonSuccessStatusIsAnError(int status) {
        assertTrue(ErrorPages.isError(status, "text/html", html("<p>Yao Fuxin was detained.</p>")));
    }

    @Test
    void seedTrailingServerErrorMarksAFullPageAsError() throws Exception {
        Optional<Path> seedDir = SharedData.resolve("data/seed");
        assumeTrue(seedDir.isPresent() && Files.isDirectory(seedDir.get()), "../shared/data/seed is absent");
        Path seed;
        try (Stream<Path> files = Files.list(seedDir.get())) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertTrue(ErrorPages.isError(200, "text/html", html("<pre>" + text + "</pre>")));
    }

    @Test
    void shortErrorMessagePageIsAnError() {
        assertTrue(ErrorPages.isError(
                200, "text/html", html("<h1>Service Unavailable</h1><p>Please try again later.</p>")));
    }

    @Test
    void longAlertThatMentionsAnErrorPhraseIsGood() {
        String alert = "<p>"
                + "Lawyers said the court website showed page not found when they looked for the verdict. ".repeat(20)
                + "</p>";
        assertFalse(ErrorPages.isError(200, "text/html; charset=utf-8", html(alert)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "<title>404</title><p>抱歉，您访问的页面不存在。</p>, UTF-8",
        "<p>抱歉，您访问的页面不存在。</p>, GBK",
        "<p>頁面不存在或已被刪除</p>, Big5",
        "<h1>服务器内部错误</h1><p>请稍后再试</p>, GB18030",
        "<h1>伺服器錯誤</h1>, UTF-8"
    })
    void shortChineseErrorMessagePageIsAnErrorInEveryCharset(String body, String charset) {
        byte[] page = ("<html><body>" + body + "</body></html>").getBytes(java.nio.charset.Charset.forName(charset));
        assertTrue(ErrorPages.isError(200, "text/html", page));
    }

    @Test
    void longChineseAlertThatMentionsAMissingPageIsGood() {
        String alert = "<p>" + "律师说，法院网站上显示页面不存在，他们找不到判决书。姚福信的家人仍在等待消息。".repeat(20) + "</p>";
        assertFalse(ErrorPages.isError(200, "text/html; charset=utf-8", html(alert)));
    }

    @ParameterizedTest
    @CsvSource(
            value = {"''", "'   '", "'\n\r\n\t'"},
            quoteCharacter = '\'')
    void emptyBodyIsAnError(String body) {
        assertTrue(ErrorPages.isError(200, "text/html", body.translateEscapes().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryPayloadsAreNotReadAsErrorPages() {
        assertFalse(ErrorPages.isError(200, "image/png", "Internal Server Error".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aPayloadThatIsNotTextIsAnError() {
        byte[] noise = new byte[4096];
        new java.util.Random(11).nextBytes(noise);
        assertTrue(ErrorPages.isError(200, "text/html", noise));
        assertTrue(ErrorPages.isError(200, "text/html", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}));
    }

    @Test
    void aUtf16PageWithItsByteOrderMarkIsGood() {
        byte[] page = "\uFEFF<html><body><p>姚福信被拘留。</p></body></html>".getBytes(StandardCharsets.UTF_16BE);
        assertFalse(ErrorPages.isError(200, "text/html", page));
    }

    @Test
    void binaryContentTypesAreNotJudgedAsText() {
        byte[] noise = new byte[4096];
        new java.util.Random(13).nextBytes(noise);
        assertFalse(ErrorPages.isError(200, "image/png", noise));
    }
}
