package org.rightsarchive.annotate.text;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The results of a pure function for the keys it was asked about lately, in a fixed number of slots: a key has one
 * slot (by its hash) and a newer key of that slot replaces the older one. Recognizers read the same sentences more
 * than once (the people recognizer and the event recognizer run the same triggers over one page) and archives repeat
 * sentences across pages; the fixed table keeps a hostile archive of distinct texts from growing it, and needs no
 * lock: a slot holds an immutable entry, replaced whole.
 *
 * <p>The function must be pure (same key, equal result) and its results immutable, since they are shared between
 * threads. Thread-safe.
 *
 * @param <K> the key, with value-based {@code equals} and {@code hashCode}
 * @param <V> the result
 */
public final class RecentResults<K, V> {
    private record Entry<K, V>(K key, V value) {}

    private final AtomicReferenceArray<Entry<K, V>> slots;
    private final int mask;
    private final Function<K, V> function;

    /**
     * @param slots how many results are kept at most; a power of two
     * @param function the pure function whose results are kept
     */
    public RecentResults(int slots, Function<K, V> function) {
        if (slots <= 0 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a positive power of two: " + slots);
        }
        this.slots = new AtomicReferenceArray<>(slots);
        this.mask = slots - 1;
        this.function = Objects.requireNonNull(function, "function");
    }

    /** The function's result for the key: the kept one if the key was asked lately, else computed and kept. */
    public V get(K key) {
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask; // String hashes of similar sentences differ mostly in their low bits
        Entry<K, V> e = slots.get(slot);
        if (e != null && e.key().equals(key)) {
            return e.value();
        }
        V value = function.apply(key);
        slots.set(slot, new Entry<>(key, value));
        return value;
    }
}
