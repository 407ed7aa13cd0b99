package org.rightsarchive.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.bench.SyntheticArchive;
import org.rightsarchive.lang.Language;

/** Fixture pages for the microbenchmarks: synthetic pages of one language, seed 42, in archive order. */
final class Pages {
    private Pages() {}

    /** The first synthetic page of a language. */
    static Capture first(Language language) {
        return first(language, 1).get(0);
    }

    /** The first {@code count} synthetic pages of a language. */
    static List<Capture> first(Language language, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        SyntheticArchive archive = new SyntheticArchive(42);
        List<Capture> pages = new ArrayList<>(count);
        long limit = 20L * count + 1_000;
        for (long i = 0; i < limit && pages.size() < count; i++) {
            if (archive.draw(i).language() == language) {
                pages.add(archive.capture(i));
            }
        }
        if (pages.size() < count) {
            throw new IllegalStateException(
                    "only " + pages.size() + " " + language + " pages among the first " + limit);
        }
        return List.copyOf(pages);
    }
}
