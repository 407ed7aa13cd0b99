package org.rightsarchive.acquire;

import java.io.IOException;
import java.util.Optional;

/**
 * Loads an archived capture back by its {@link Capture#source()}, e.g. to show the archived page beside its
 * extracted text. Never resolves a source outside the archive (no path traversal).
 */
@FunctionalInterface
public interface CaptureSource {
    /** The capture stored at {@code source}, or empty when there is none (or the source is not a valid one). */
    Optional<Capture> load(String source) throws IOException;
}
