/**
 * Text helpers shared by the recognizers: sentence splitting and tone-mark folding that keep offsets, so that every
 * recognizer can point back into the original paragraph.
 */
package org.rightsarchive.annotate.text;
