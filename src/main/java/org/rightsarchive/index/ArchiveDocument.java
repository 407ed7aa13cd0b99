package org.rightsarchive.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.extract.ExtractedPage;

/**
 * One document of the index: an extracted, annotated capture.
 *
 * @param id stable id, see {@link #idFor(String)}
 * @param source where the capture lives in the archive
 * @param fetchedAt when it was captured
 * @param page extracted content
 * @param annotations what annotation found
 * @param otherUrls further URLs with the same content (duplicates folded into this document)
 */
public record ArchiveDocument(
        String id,
        String source,
        Instant fetchedAt,
        ExtractedPage page,
        Annotations annotations,
        List<String> otherUrls) {
    public ArchiveDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(annotations, "annotations");
        otherUrls = otherUrls == null ? List.of() : List.copyOf(otherUrls);
        if (!id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("document id must be 16 hex digits: " + id);
        }
    }

    /** The id of the document at a URL: the first 16 hex digits of its SHA-256. Safe in paths and URLs. */
    public static String idFor(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
