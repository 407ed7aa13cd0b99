package org.rightsarchive.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecentResultsTest {
    @Test
    void computesAKeyOnceWhileItKeepsItsSlot() {
        AtomicInteger calls = new AtomicInteger();
        RecentResults<String, Integer> lengths = new RecentResults<>(16, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        assertEquals(5, lengths.get("Tibet"));
        assertEquals(5, lengths.get(new String("Tibet")));
        assertEquals(1, calls.get());
    }

    @Test
    void givesEachKeyItsOwnResultWhenKeysShareASlot() {
        AtomicInteger calls = new AtomicInteger();
        RecentResults<String, String> upper = new RecentResults<>(1, s -> {
            calls.incrementAndGet();
            return s.toUpperCase(Locale.ROOT);
        });
        assertEquals("LHASA", upper.get("lhasa"));
        assertEquals("KASHGAR", upper.get("kashgar"));
        assertEquals("LHASA", upper.get("lhasa"));
        assertEquals(3, calls.get(), "one slot: each key replaced the other");
    }

    @Test
    void keepsNoMoreResultsThanItHasSlots() {
        AtomicInteger calls = new AtomicInteger();
        RecentResults<Integer, Integer> squares = new RecentResults<>(8, i -> {
            calls.incrementAndGet();
            return i * i;
        });
        for (int i = 0; i < 1_000; i++) {
            squares.get(i);
        }
        calls.set(0);
        for (int i = 999; i >= 0; i--) {
            assertEquals(i * i, squares.get(i));
        }
        assertEquals(1_000 - 8, calls.get(), "only the last 8 keys asked, one a slot, were still kept");
    }

    @Test
    void givesTheRightResultsToManyThreads() throws Exception {
        RecentResults<String, Integer> lengths = new RecentResults<>(4, String::length);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String key = "x".repeat(i % 13);
                        assertEquals(key.length(), lengths.get(key));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -4, 3, 12})
    void refusesASlotCountThatIsNoPowerOfTwo(int slots) {
        assertThrows(IllegalArgumentException.class, () -> new RecentResults<String, String>(slots, s -> s));
    }
}
