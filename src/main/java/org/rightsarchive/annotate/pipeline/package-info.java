/** Chains the recognizers of the annotate sub-packages into one annotation pass over a page. */
package org.rightsarchive.annotate.pipeline;
