package org.rightsarchive.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list of captures that holds only where each one is stored and reads it from the archive every time it is asked
 * for, so that an archive larger than memory can be handed to the indexer as a {@code List<Capture>}: a consumer
 * that looks at one capture at a time holds one capture at a time. Every {@link #get} reads the archive again.
 */
public final class OnDemandCaptures extends AbstractList<Capture> implements RandomAccess {
    /**
     * Where one capture is.
     *
     * @param url the capture's URL (what the list is sorted by)
     * @param source its {@link Capture#source()}, loaded through the list's {@link CaptureSource}
     */
    public record Ref(String url, String source) {
        public Ref {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(source, "source");
        }
    }

    /** A listed capture could not be read back (its file was removed or damaged since it was listed). */
    public static final class UnreadableCaptureException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;
        private final String source;

        UnreadableCaptureException(String source, IOException cause) {
            super(source + ": " + cause.getMessage(), cause);
            this.source = source;
        }

        /** The source of the capture that could not be read. */
        public String source() {
            return source;
        }
    }

    private final List<Ref> refs;
    private final CaptureSource archive;

    /** The captures at {@code refs}, in that order, read from {@code archive}. */
    public OnDemandCaptures(List<Ref> refs, CaptureSource archive) {
        this.refs = List.copyOf(refs);
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    /**
     * Reads capture {@code index} from the archive.
     *
     * @throws UnreadableCaptureException if it is no longer there or cannot be read
     */
    @Override
    public Capture get(int index) {
        Ref ref = refs.get(index);
        try {
            return archive.load(ref.source()).orElseThrow(() -> new IOException("listed but no longer in the archive"));
        } catch (IOException e) {
            throw new UnreadableCaptureException(ref.source(), e);
        }
    }

    /** Where capture {@code index} is, without reading it. */
    public Ref ref(int index) {
        return refs.get(index);
    }

    @Override
    public int size() {
        return refs.size();
    }
}
