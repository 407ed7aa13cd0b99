/**
 * Annotation model: the people, places, events and topics found on a page, and the interfaces of the recognizers
 * that find them. The recognizers live in the sub-packages ({@code people}, {@code places}, {@code dates},
 * {@code events}, {@code topics}); {@code pipeline} chains them.
 */
package org.rightsarchive.annotate;
