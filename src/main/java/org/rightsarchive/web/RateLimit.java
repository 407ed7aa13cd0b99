package org.rightsarchive.web;

/**
 * How many requests one client may make to the costly public routes ({@code /api/search}, {@code /api/export},
 * {@code /api/feed.atom}): a token bucket per client address that refills at {@code perSecond} tokens a second and
 * holds at most {@code burst}.
 *
 * @param perSecond sustained requests per second; {@code 0} turns the limit off
 * @param burst requests a client may make at once after being idle; at least 1 when the limit is on
 */
public record RateLimit(double perSecond, int burst) {
    /** The default: generous enough for the web page (a few requests per user action), tight enough for a flood. */
    public static final RateLimit DEFAULT = new RateLimit(50, 200);

    /** No limit. */
    public static final RateLimit OFF = new RateLimit(0, 0);

    public RateLimit {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException(
                    "rate limit must be a finite number of requests per second >= 0: " + perSecond);
        }
        if (perSecond > 0 && burst < 1) {
            throw new IllegalArgumentException("rate limit burst must be at least 1: " + burst);
        }
        if (burst < 0) {
            throw new IllegalArgumentException("rate limit burst must not be negative: " + burst);
        }
    }

    /** True when requests are limited. */
    public boolean enabled() {
        return perSecond > 0;
    }
}
