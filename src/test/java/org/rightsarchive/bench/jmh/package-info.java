/**
 * JMH microbenchmarks of the hot paths: analysis of Chinese and English text, extraction of one page, annotation
 * and mapping of one page. Run with {@code ./archive bench jmh [JMH options]}; surefire never runs them.
 */
package org.rightsarchive.bench.jmh;
