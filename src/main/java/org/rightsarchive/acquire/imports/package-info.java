/**
 * Importers: bring existing material into the archive of record. WARC files (Wayback Machine, Browsertrix,
 * Heritrix) are copied verbatim into {@code corpus/warc/}; saved HTML pages and Markdown posts with front matter
 * (Jekyll, Hexo) are written as WARC resource records, so the next index run sees them like crawled pages.
 */
package org.rightsarchive.acquire.imports;
