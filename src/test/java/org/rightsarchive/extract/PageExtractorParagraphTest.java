package org.rightsarchive.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightsarchive.acquire.Capture;

/** The topic tagger reads paragraphs: every block of the body must reach it, each once. */
class PageExtractorParagraphTest {
    private static List<String> paragraphs(String body) {
        String html = "<html><body><article><h1>Title</h1>" + body + "</article>"
                + "<aside class=\"sidebar\"><h2>Explore Topics</h2><ul><li>Tibet</li></ul></aside></body></html>";
        Capture c = new Capture(
                "test:page", Instant.EPOCH, 200, "text/html", html.getBytes(StandardCharsets.UTF_8), "test:page");
        return new PageExtractor()
                .extract(c).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void readsEveryParagraphOfTheBody() {
        assertEquals(List.of("One.", "Two.", "Three."), paragraphs("<p>One.</p><p>Two.</p><ul><li>Three.</li></ul>"));
    }

    @Test
    void readsABlockquoteOfParagraphsOnceThroughItsParagraphs() {
        assertEquals(List.of("Quoted.", "Again."), paragraphs("<blockquote><p>Quoted.</p><p>Again.</p></blockquote>"));
    }
}
