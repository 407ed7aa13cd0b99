package org.rightsarchive.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rightsarchive.lang.Language;

/**
 * Groups pages whose main text is the same (exact duplicates after normalization) or nearly the same: same language,
 * lengths within 20%, simhash of shingles within {@link #MAX_DISTANCE} of 64 bits (a cheap filter: one changed word
 * in a short alert moves about 6 bits), confirmed by an estimated shingle Jaccard similarity of at least
 * {@link #MIN_JACCARD}, so that two alerts built from one template with different names stay apart. Each group
 * keeps one canonical member: the one with the longest text, then the smallest URL, so runs are reproducible.
 */
public final class DuplicateGroups {
    /** Largest simhash distance (of 64 bits) still counted as a near duplicate. */
    public static final int MAX_DISTANCE = 7;

    /** Least estimated Jaccard similarity of the shingle sets for a near duplicate. */
    public static final double MIN_JACCARD = 0.9;

    private static final int MIN_NEAR_LENGTH = 200;
    private static final int SKETCH = 128;
    private static final int BANDS = 8;
    private static final int MAX_CANDIDATES = 64;

    private DuplicateGroups() {}

    /**
     * All that grouping compares of one page, so that a whole archive can be grouped while its pages are not held in
     * memory (the indexer keeps only these between its two passes).
     *
     * @param url the page URL: the tie-break between canonical candidates of the same length
     * @param language the page language; pages of different languages are never grouped
     * @param textLength the length of the page's main text ({@link ExtractedPage#text()})
     * @param fingerprint the fingerprint of that text ({@link #fingerprint})
     */
    public record Key(String url, Language language, int textLength, TextFingerprints.Fingerprint fingerprint) {
        public Key {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(fingerprint, "fingerprint");
            if (textLength < 0) {
                throw new IllegalArgumentException("text length must be >= 0: " + textLength);
            }
        }

        /** The key of an extracted page whose fingerprint was computed already. */
        public static Key of(ExtractedPage page, TextFingerprints.Fingerprint fingerprint) {
            return new Key(page.url(), page.language(), page.text().length(), fingerprint);
        }
    }

    private record Entry<T>(T item, Key key) {
        long simhash() {
            return key.fingerprint().simhash();
        }

        long[] sketch() {
            return key.fingerprint().sketch();
        }
    }

    /**
     * The canonical this entry nearly duplicates, or {@code null}. Candidates come from simhash bands: with 8 bands
     * of 8 bits, two hashes within 7 bits share at least one band whole. At most {@link #MAX_CANDIDATES} are
     * compared, so a corpus of many pages from one template stays linear.
     */
    private static <T> Integer nearCanonical(Entry<T> e, List<Entry<T>> canon, Map<Long, List<Integer>> buckets) {
        java.util.Set<Integer> tried = new java.util.HashSet<>();
        for (int band = 0; band < BANDS; band++) {
            for (int index : buckets.getOrDefault(bandKey(e.simhash(), band), List.of())) {
                if (!tried.add(index)) {
                    continue;
                }
                if (tried.size() > MAX_CANDIDATES) {
                    return null;
                }
                Entry<T> c = canon.get(index);
                if (c.key().language() == e.key().language()
                        && e.key().textLength() * 5 >= c.key().textLength() * 4
                        && TextFingerprints.distance(c.simhash(), e.simhash()) <= MAX_DISTANCE
                        && TextFingerprints.jaccard(c.sketch(), e.sketch(), SKETCH) >= MIN_JACCARD) {
                    return index;
                }
            }
        }
        return null;
    }

    private static long bandKey(long simhash, int band) {
        return ((long) band << 8) | ((simhash >>> (band * 8)) & 0xff);
    }

    /** A canonical item and the duplicates folded into it. */
    public record Group<T>(T canonical, List<T> duplicates) {
        public Group {
            Objects.requireNonNull(canonical, "canonical");
            duplicates = List.copyOf(duplicates);
        }
    }

    /**
     * Groups items by the main text {@code pageOf} gives; every item lands in exactly one group. Translations are
     * never grouped: their texts differ.
     */
    public static <T> List<Group<T>> group(List<T> items, Function<T, ExtractedPage> pageOf) {
        return group(items, pageOf, item -> fingerprint(pageOf.apply(item)));
    }

    /** The fingerprint {@link #group} compares; computing it on worker threads beforehand saves time. */
    public static TextFingerprints.Fingerprint fingerprint(ExtractedPage page) {
        return TextFingerprints.of(page.text(), SKETCH);
    }

    /** Groups items whose fingerprints ({@link #fingerprint}) were computed beforehand. */
    public static <T> List<Group<T>> group(
            List<T> items, Function<T, ExtractedPage> pageOf, Function<T, TextFingerprints.Fingerprint> fingerprintOf) {
        return groupByKey(items, item -> Key.of(pageOf.apply(item), fingerprintOf.apply(item)));
    }

    /**
     * Groups items by their keys alone: the same groups as {@link #group} gives for the pages the keys were made of,
     * without the pages.
     */
    public static <T> List<Group<T>> groupByKey(List<T> items, Function<T, Key> keyOf) {
        List<Entry<T>> entries = new ArrayList<>(items.size());
        for (T item : items) {
            entries.add(new Entry<>(item, keyOf.apply(item)));
        }
        entries.sort(Comparator.<Entry<T>>comparingInt(e -> -e.key().textLength())
                .thenComparing(e -> e.key().url()));
        Map<String, Integer> byExact = new HashMap<>();
        List<Entry<T>> canon = new ArrayList<>();
        List<List<T>> dups = new ArrayList<>();
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (Entry<T> e : entries) {
            String exact = e.key().fingerprint().exactHash();
            Integer groupIndex = byExact.get(exact);
            if (groupIndex == null && e.key().textLength() >= MIN_NEAR_LENGTH) {
                groupIndex = nearCanonical(e, canon, buckets);
            }
            if (groupIndex == null) {
                int index = canon.size();
                byExact.put(exact, index);
                canon.add(e);
                dups.add(new ArrayList<>());
                for (int band = 0; band < BANDS; band++) {
                    buckets.computeIfAbsent(bandKey(e.simhash(), band), b -> new ArrayList<>())
                            .add(index);
                }
            } else {
                dups.get(groupIndex).add(e.item());
            }
        }
        List<Group<T>> groups = new ArrayList<>();
        for (int g = 0; g < canon.size(); g++) {
            groups.add(new Group<>(canon.get(g).item(), dups.get(g)));
        }
        return groups;
    }
}
