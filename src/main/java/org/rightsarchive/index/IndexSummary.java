package org.rightsarchive.index;

import java.time.Duration;
import java.util.List;

/**
 * Counts of one indexing batch, Anserini style.
 *
 * @param indexed documents written
 * @param skipped captures deliberately left out (error pages, empty pages, duplicates), with reasons
 * @param failed captures that could not be processed, with reasons
 * @param elapsed wall-clock time of the batch
 */
public record IndexSummary(int indexed, List<Problem> skipped, List<Problem> failed, Duration elapsed) {
    public IndexSummary {
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    /** Why one capture was skipped or failed. */
    public record Problem(String source, String reason) {}

    /** One line: {@code indexed 52, skipped 1, failed 0 in 3.2 s}. */
    public String line() {
        return "indexed %d, skipped %d, failed %d in %.1f s"
                .formatted(indexed, skipped.size(), failed.size(), elapsed.toMillis() / 1000.0);
    }
}
