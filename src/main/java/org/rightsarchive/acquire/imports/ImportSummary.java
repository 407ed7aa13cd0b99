package org.rightsarchive.acquire.imports;

import java.util.List;
import java.util.Locale;

/**
 * What an import did.
 *
 * @param warcFiles WARC files copied into the archive
 * @param warcRecords response and resource records in them
 * @param pages saved HTML pages and Markdown posts stored
 * @param unchanged items already in the archive with the same content (not stored again)
 * @param failed one line per item that could not be imported (the import went on)
 * @param warnings one line per item imported with something its maintainer should look at (a bad front-matter date)
 */
public record ImportSummary(
        int warcFiles, int warcRecords, int pages, int unchanged, List<String> failed, List<String> warnings) {
    public ImportSummary {
        failed = List.copyOf(failed);
        warnings = List.copyOf(warnings);
    }

    /** One line for people. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "imported %d WARC files (%d records) and %d pages; %d unchanged; %d failed%s",
                warcFiles,
                warcRecords,
                pages,
                unchanged,
                failed.size(),
                warnings.isEmpty() ? "" : "; " + warnings.size() + " warnings");
    }
}
