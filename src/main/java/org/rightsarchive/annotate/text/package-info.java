/**
 * Text helpers shared by the recognizers: sentence splitting and tone-mark folding that keep offsets, so that every
 * recognizer can point back into the original paragraph; word spans; a regex search that tries a pattern only where a
 * match can start; a bounded memo of a pure function's recent results, shared between indexing threads.
 */
package org.rightsarchive.annotate.text;
