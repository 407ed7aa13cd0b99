/**
 * The crawler: breadth-first within a scope, obeying robots.txt and reading sitemaps (crawler-commons), polite per
 * host, following redirects, retrying with backoff, limiting sizes, and writing every response to the WARC archive.
 * Its frontier is saved under {@code corpus/crawl-state/} after every page, so a crawl stopped by Ctrl-C or kill
 * resumes where it left off.
 */
package org.rightsarchive.acquire.crawl;
