/**
 * Search: the request and result model shared by every backend, the {@link org.rightsarchive.search.SearchBackend}
 * interface, and the embedded Lucene implementation (queries across languages and scripts, filters, drill-sideways
 * facets, snippets). Reads the index; never writes it.
 */
package org.rightsarchive.search;
