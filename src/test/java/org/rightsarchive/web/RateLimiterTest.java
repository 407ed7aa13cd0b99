package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void burstIsAllowedThenTheClientWaits() {
        RateLimiter limiter = new RateLimiter(new RateLimit(2, 3), nanos::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("10.0.0.1"), "request " + i);
        }
        assertEquals(1, limiter.acquire("10.0.0.1"), "half a second to the next token: Retry-After 1");
        advanceMillis(500);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(1, limiter.acquire("10.0.0.1"));
    }

    @Test
    void slowRefillGivesALongerRetryAfter() {
        RateLimiter limiter = new RateLimiter(new RateLimit(0.1, 1), nanos::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), nanos::get);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void idleClientsAreForgottenSoMemoryStaysBounded() {
        RateLimiter limiter = new RateLimiter(new RateLimit(100, 1), nanos::get);
        for (int i = 0; i < RateLimiter.MAX_CLIENTS; i++) {
            limiter.acquire("client-" + i);
        }
        assertEquals(RateLimiter.MAX_CLIENTS, limiter.clients());
        advanceMillis(1_000);
        limiter.acquire("newcomer");
        assertEquals(1, limiter.clients(), "refilled buckets are dropped");
        for (int i = 0; i < 2 * RateLimiter.MAX_CLIENTS; i++) {
            limiter.acquire("flood-" + i);
            assertTrue(limiter.clients() <= RateLimiter.MAX_CLIENTS);
        }
    }

    @Test
    void offNeverLimits() {
        RateLimiter limiter = new RateLimiter(RateLimit.OFF, nanos::get);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, limiter.acquire("a"));
        }
        assertEquals(0, limiter.clients());
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "NaN, 10", "Infinity, 10", "5, 0", "0, -1"})
    void invalidLimitsAreRejected(double perSecond, int burst) {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(perSecond, burst));
    }
}
