/**
 * Acquisition: everything that brings pages into the archive (the bundled corpus, crawls, WARC files and imports) and
 * hands them on as {@link org.rightsarchive.acquire.Capture}s. Knows nothing of extraction or indexing.
 */
package org.rightsarchive.acquire;
