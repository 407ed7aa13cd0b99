/**
 * The archive of record: every HTTP response and every imported item as WARC records (jwarc) under
 * {@code corpus/warc/}, append-only. {@link org.rightsarchive.acquire.warc.WarcArchive} writes sessions and loads
 * records back by source; {@link org.rightsarchive.acquire.warc.WarcCatalog} knows, per URL, the latest good
 * capture and its payload digest, so unchanged pages are written as revisits and error captures never shadow a good
 * one.
 */
package org.rightsarchive.acquire.warc;
