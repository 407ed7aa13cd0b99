package org.rightsarchive.bench.jmh;

import org.rightsarchive.acquire.Capture;
import org.rightsarchive.bench.SyntheticArchive;
import org.rightsarchive.lang.Language;

/** Fixture pages for the microbenchmarks: the first synthetic page of each language, seed 42. */
final class Pages {
    private Pages() {}

    static Capture first(Language language) {
        SyntheticArchive archive = new SyntheticArchive(42);
        for (long i = 0; i < 1_000; i++) {
            if (archive.draw(i).language() == language) {
                return archive.capture(i);
            }
        }
        throw new IllegalStateException("no " + language + " page among the first thousand");
    }
}
