package org.rightsarchive.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Groups pages whose main text is the same (exact duplicates after normalization) or nearly the same (simhash of
 * shingles within {@link #MAX_DISTANCE} of 64 bits, lengths within 20%; one changed word in a short alert moves
 * about 6 bits). Each group keeps one canonical member: the
 * one with the longest text, then the smallest URL, so runs are reproducible.
 */
public final class DuplicateGroups {
    /** Largest simhash distance (of 64 bits) still counted as a near duplicate. */
    public static final int MAX_DISTANCE = 7;

    private static final int MIN_NEAR_LENGTH = 200;

    private DuplicateGroups() {}

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
        record Entry<T>(T item, ExtractedPage page, String text, String exact, long simhash) {}
        List<Entry<T>> entries = new ArrayList<>();
        for (T item : items) {
            ExtractedPage page = pageOf.apply(item);
            String text = page.text();
            entries.add(new Entry<>(
                    item, page, text, TextFingerprints.exactHash(text), TextFingerprints.simhash(text)));
        }
        entries.sort(Comparator.<Entry<T>>comparingInt(e -> -e.text().length())
                .thenComparing(e -> e.page().url()));
        Map<String, Integer> byExact = new HashMap<>();
        List<Entry<T>> canon = new ArrayList<>();
        List<List<T>> dups = new ArrayList<>();
        for (Entry<T> e : entries) {
            Integer groupIndex = byExact.get(e.exact());
            if (groupIndex == null && e.text().length() >= MIN_NEAR_LENGTH) {
                for (int g = 0; g < canon.size(); g++) {
                    Entry<T> c = canon.get(g);
                    if (c.page().language() == e.page().language()
                            && e.text().length() * 5 >= c.text().length() * 4
                            && TextFingerprints.distance(c.simhash(), e.simhash()) <= MAX_DISTANCE) {
                        groupIndex = g;
                        break;
                    }
                }
            }
            if (groupIndex == null) {
                byExact.put(e.exact(), canon.size());
                canon.add(e);
                dups.add(new ArrayList<>());
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
