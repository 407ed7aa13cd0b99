/**
 * Benchmarks: a reproducible synthetic archive of alert pages ({@link org.rightsarchive.bench.SyntheticArchive}),
 * and the index, search and HTTP benchmarks that measure the real pipeline against bare-Lucene and trivial-endpoint
 * baselines in the same run. Results are written as JSON; {@code BENCHMARKS.md} holds the measured tables.
 */
package org.rightsarchive.bench;
