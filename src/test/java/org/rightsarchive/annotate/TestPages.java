package org.rightsarchive.annotate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;
import org.rightsarchive.lang.Language;

/** Builds extracted pages from inline paragraphs for recognizer tests. */
public final class TestPages {
    private TestPages() {}

    /** A page of these paragraphs, published on the given date (or {@code null}). */
    public static ExtractedPage page(LocalDate published, String... paragraphs) {
        List<Paragraph> ps = Arrays.stream(paragraphs)
                .map(p -> new Paragraph(p, languageOf(p)))
                .toList();
        Language language = ps.isEmpty() ? Language.ENGLISH : ps.get(0).language();
        return new ExtractedPage("test:page", "test", language, published, ps, List.of(), Map.of());
    }

    /** A page without publication date. */
    public static ExtractedPage page(String... paragraphs) {
        return page(null, paragraphs);
    }

    private static Language languageOf(String text) {
        return ChineseScript.hanCount(text) * 2 > text.length() / 3 ? ChineseScript.guessScript(text) : Language.ENGLISH;
    }
}
