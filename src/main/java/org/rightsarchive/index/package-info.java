/**
 * Indexing: the Lucene schema, the analyzers (English, smartcn and bigram Chinese with Traditional folded to
 * Simplified) and the batch indexer that turns annotated pages into documents.
 */
package org.rightsarchive.index;
