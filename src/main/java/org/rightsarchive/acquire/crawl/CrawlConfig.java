package org.rightsarchive.acquire.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to crawl and how politely.
 *
 * @param seeds where to start (http or https)
 * @param scopes URL prefixes a page must start with to be fetched; empty means the seeds' origins
 * @param maxPages most pages to fetch in this run (the rest stays in the saved frontier)
 * @param delay least time between two requests to one host (robots.txt may ask for more)
 * @param connectTimeout connection timeout
 * @param requestTimeout time allowed for a whole response
 * @param retries further attempts after a network error or a 429/5xx
 * @param backoff wait before the first retry; doubled for each further one
 * @param maxBytes largest body kept; longer ones are cut and recorded as truncated
 */
public record CrawlConfig(
        List<URI> seeds,
        List<String> scopes,
        int maxPages,
        Duration delay,
        Duration connectTimeout,
        Duration requestTimeout,
        int retries,
        Duration backoff,
        int maxBytes) {
    /** The User-Agent sent with every request; it names the project. */
    public static final String USER_AGENT =
            "RightsArchiveBot/0.1 (Rights Archive crawler; +https://rightsarchive.org/bot)";

    /** The name robots.txt groups are matched against (crawler-commons wants it lower-case). */
    public static final String ROBOT_NAME = "rightsarchivebot";

    public CrawlConfig {
        seeds = List.copyOf(seeds);
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(backoff, "backoff");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed URL is needed");
        }
        for (URI seed : seeds) {
            String scheme = seed.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || seed.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + seed);
            }
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("max pages must be at least 1: " + maxPages);
        }
        if (delay.isNegative() || backoff.isNegative()) {
            throw new IllegalArgumentException("delays cannot be negative");
        }
        if (retries < 0 || maxBytes < 1) {
            throw new IllegalArgumentException("retries must be >= 0 and the size limit >= 1");
        }
    }

    /** Defaults for the command line: one second between requests, two retries, 10 MB per page. */
    public static CrawlConfig of(List<URI> seeds, List<String> scopes, int maxPages, Duration delay) {
        return new CrawlConfig(
                seeds,
                scopes,
                maxPages,
                delay,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(1),
                10 << 20);
    }
}
