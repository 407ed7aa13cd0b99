/**
 * Dates in English and Chinese text ({@code March 17, 2002}, {@code 17 March 2002}, {@code 2002年3月17日},
 * {@code 3月17日}, partial dates), with the year of year-less dates taken from the paragraph or the publication date.
 * Publication dates are the extractor's business; these are the dates the text talks about.
 */
package org.rightsarchive.annotate.dates;
