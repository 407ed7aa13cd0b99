/**
 * Extraction: turns a raw {@link org.rightsarchive.acquire.Capture} into an
 * {@link org.rightsarchive.extract.ExtractedPage}: decoding, main text without site chrome, title, publication date,
 * language per paragraph, links and translation links.
 */
package org.rightsarchive.extract;
