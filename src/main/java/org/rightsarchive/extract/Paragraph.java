package org.rightsarchive.extract;

import java.util.Objects;
import org.rightsarchive.lang.Language;

/** One block of main text with the language it is written in. */
public record Paragraph(String text, Language language) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
