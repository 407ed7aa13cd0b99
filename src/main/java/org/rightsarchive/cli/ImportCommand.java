package org.rightsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rightsarchive.acquire.imports.ImportSummary;
import org.rightsarchive.acquire.imports.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive import PATH...}: WARC files, saved HTML pages and Markdown posts into the archive. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description =
                "Import WARC/WARC.gz files, directories of saved .html pages and Markdown posts into the archive.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--corpus", description = "corpus directory (default: ${DEFAULT-VALUE})")
    Path corpus = ArchivePaths.corpus();

    @Option(
            names = {"-v", "--verbose"},
            description = "print one line per item")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(corpus);
        ImportSummary summary = new Importer(corpus).importAll(paths, line -> {
            if (verbose) {
                System.err.println("archive: " + line);
            }
        });
        summary.warnings().forEach(w -> System.err.println("archive: WARNING " + w));
        summary.failed().forEach(f -> System.err.println("archive: FAILED " + f));
        System.err.println("archive: " + summary.line() + "; run ./archive index to search them");
        return summary.failed().isEmpty() ? 0 : 1;
    }
}
