package org.rightsarchive.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by client (the remote address), for a {@link RateLimit}. Thread-safe. Memory is bounded: past
 * {@link #MAX_CLIENTS} clients, buckets that have refilled (equivalent to no bucket) are dropped, and if a flood of
 * addresses leaves none refilled, all are dropped, so a spread-out attack costs memory at most {@code MAX_CLIENTS}.
 */
final class RateLimiter {
    /** Most clients tracked at once. */
    static final int MAX_CLIENTS = 10_000;

    private final RateLimit limit;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimit limit) {
        this(limit, System::nanoTime);
    }

    /** With a clock in nanoseconds, so tests can move time. */
    RateLimiter(RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one token for {@code client}.
     *
     * @return {@code 0} when the request may go ahead, else the whole seconds (at least 1) until it may retry
     */
    long acquire(String client) {
        if (!limit.enabled()) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(client)) {
            buckets.values().removeIf(b -> b.isFull(now));
            if (buckets.size() >= MAX_CLIENTS) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(limit, now)).take(now);
    }

    /** Clients tracked now. */
    int clients() {
        return buckets.size();
    }

    private static final class Bucket {
        private final RateLimit limit;
        private double tokens;
        private long updated;

        Bucket(RateLimit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double wait = (1 - tokens) / limit.perSecond();
            return Math.max(1, (long) Math.ceil(wait));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            double seconds = Math.max(0, now - updated) / 1e9;
            tokens = Math.min(limit.burst(), tokens + seconds * limit.perSecond());
            updated = now;
        }
    }
}
