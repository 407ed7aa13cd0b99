package org.rightsarchive.acquire.crawl;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What one crawl run did.
 *
 * @param fetched pages requested from the frontier (robots.txt and sitemaps not counted)
 * @param newPages good pages stored in full (new, or changed since the last good capture)
 * @param unchanged good pages identical to their last good capture, stored as revisits
 * @param errors 4xx/5xx responses, error pages, truncated bodies and network failures
 * @param redirects 3xx responses (their targets join the frontier)
 * @param blockedByRobots URLs robots.txt disallowed
 * @param queued URLs still in the frontier (more than zero when the run stopped at its page limit)
 * @param warc the WARC file this run wrote
 */
public record CrawlSummary(
        int fetched,
        int newPages,
        int unchanged,
        int errors,
        int redirects,
        int blockedByRobots,
        int queued,
        Path warc) {
    /** True when the frontier is empty: nothing is left to resume. */
    public boolean complete() {
        return queued == 0;
    }

    /** One line for people. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "fetched %d: new %d, unchanged %d, errors %d, redirects %d; blocked by robots.txt %d; %s",
                fetched,
                newPages,
                unchanged,
                errors,
                redirects,
                blockedByRobots,
                queued == 0 ? "crawl complete" : queued + " URLs left for the next run");
    }
}
