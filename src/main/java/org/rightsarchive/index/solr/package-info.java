/**
 * The archive on SolrCloud, index side: the Solr configset generated from the project's own {@link
 * org.rightsarchive.index.Schema} and analysis chains (so the embedded and the distributed index cannot drift), the
 * mapping of indexed documents to Solr documents, batch indexing with retries, collections and the alias that makes
 * a rebuilt collection live.
 */
package org.rightsarchive.index.solr;
