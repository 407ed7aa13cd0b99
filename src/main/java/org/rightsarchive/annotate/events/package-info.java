/**
 * Events: detentions, arrests, trials, sentences, releases, disappearances, protests, hunger strikes, deaths in
 * custody and house arrest, read sentence by sentence from trigger words in English and Chinese, each with its date
 * (resolved through {@code dates}), place and the people of the sentence.
 */
package org.rightsarchive.annotate.events;
