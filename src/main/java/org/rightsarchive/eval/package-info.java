/**
 * Evaluation against gold data: scoring (precision, recall, F1), locating the shared data folder, reading its CSV
 * files. Evaluations of entities and topics build on these.
 */
package org.rightsarchive.eval;
