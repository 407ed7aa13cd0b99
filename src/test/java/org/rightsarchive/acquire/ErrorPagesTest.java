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

    @Test
    void binaryPayloadsAreNotReadAsErrorPages() {
        assertFalse(ErrorPages.isError(200, "image/png", "Internal Server Error".getBytes(StandardCharsets.US_ASCII)));
    }
}
