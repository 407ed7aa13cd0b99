package org.rightsarchive.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightsarchive.annotate.Annotations;

/**
 * Everything the index keeps of one document, for the document view and person pages.
 *
 * @param id document id
 * @param url canonical URL
 * @param otherUrls further URLs with the same content
 * @param title title (untrusted)
 * @param published publication date {@code YYYY-MM-DD}, or {@code null}
 * @param language language tag
 * @param body the main text (untrusted)
 * @param source where the capture lives in the archive, for {@link org.rightsarchive.acquire.CaptureSource}
 * @param fetchedAtMillis capture time, epoch milliseconds
 * @param annotations people, places, events and topics
 * @param translations other-language versions: language tag to URL
 */
public record StoredDocument(
        String id,
        String url,
        List<String> otherUrls,
        String title,
        String published,
        String language,
        String body,
        String source,
        long fetchedAtMillis,
        Annotations annotations,
        Map<String, String> translations) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
        otherUrls = otherUrls == null ? List.of() : List.copyOf(otherUrls);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        annotations = annotations == null ? Annotations.EMPTY : annotations;
    }
}
