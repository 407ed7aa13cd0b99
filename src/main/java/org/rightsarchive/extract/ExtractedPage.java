package org.rightsarchive.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rightsarchive.lang.Language;

/**
 * What extraction keeps of one capture: the real content without site chrome.
 *
 * @param url the capture URL
 * @param title the page title, without the site name
 * @param language the dominant language of the main text
 * @param published the publication date shown on the page, or {@code null} when none was found
 * @param paragraphs the main text, block by block; navigation, sidebars, footers and share buttons are not here
 * @param links absolute (or corpus-relative) outgoing links found in the main text
 * @param translations other-language versions of this page: language tag to URL (from hreflang or a language switch)
 */
public record ExtractedPage(
        String url,
        String title,
        Language language,
        LocalDate published,
        List<Paragraph> paragraphs,
        List<String> links,
        Map<String, String> translations) {
    public ExtractedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
        translations = Map.copyOf(translations);
    }

    /** The main text, paragraphs separated by blank lines. */
    public String text() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }
}
