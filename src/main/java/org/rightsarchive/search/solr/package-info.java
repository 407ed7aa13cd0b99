/**
 * The archive's search on SolrCloud: {@link org.rightsarchive.search.solr.SolrSearchBackend}, the second
 * implementation of {@link org.rightsarchive.search.SearchBackend}, and the translation of the parsed user query
 * into Solr's query parsers, so both backends run the same query.
 */
package org.rightsarchive.search.solr;
