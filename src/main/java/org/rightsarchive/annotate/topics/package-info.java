/**
 * Topics: the archive's taxonomy (the "Explore Topics" list of the seed site, with labels in English, Simplified and
 * Traditional Chinese, aliases, weighted cue terms and related topics, in {@code taxonomy.json}) and the tagger that
 * assigns them to a page from its main text, the people, places and events found on it and, optionally, a linear
 * model learned from labelled records.
 *
 * <p>{@link org.rightsarchive.annotate.topics.Taxonomy#standard()} is the entry point for lookups (the search layer
 * uses {@link org.rightsarchive.annotate.topics.Taxonomy#lookup(String)} for cross-language query expansion);
 * {@link org.rightsarchive.annotate.topics.CueTopicTagger} is the transparent rule tagger and
 * {@link org.rightsarchive.annotate.topics.CombinedTopicTagger} adds a {@link
 * org.rightsarchive.annotate.topics.LinearTopicModel} to it.
 */
package org.rightsarchive.annotate.topics;
