package org.rightsarchive.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command over the archive shares ({@code index}, {@code serve}, {@code demo}): each one, when
 * given, overrides the configuration file and the environment (see {@link ArchiveConfig}).
 */
final class ArchiveOptions {
    @Option(names = "--config", description = "configuration file (default: archive.properties in the project home)")
    Path config;

    @Option(names = "--corpus", description = "corpus directory (default: corpus/)")
    Path corpus;

    @Option(names = "--index", description = "index directory (default: index/)")
    Path index;

    @Option(names = "--threads", description = "indexing threads (default: number of cores)")
    Integer threads;

    @Option(names = "--max-page-bytes", description = "skip captures larger than this (default: 16 MiB)")
    Integer maxPageBytes;

    /** The configuration these options select, with further flags (by key name), from this process's environment. */
    ArchiveConfig resolve(Map<String, String> moreFlags) {
        Map<String, String> flags = new HashMap<>(moreFlags);
        flags.put(
                ArchiveConfig.CORPUS.name(),
                corpus == null ? null : corpus.toAbsolutePath().toString());
        flags.put(
                ArchiveConfig.INDEX.name(),
                index == null ? null : index.toAbsolutePath().toString());
        flags.put(ArchiveConfig.THREADS.name(), threads == null ? null : threads.toString());
        flags.put(ArchiveConfig.MAX_PAGE_BYTES.name(), maxPageBytes == null ? null : maxPageBytes.toString());
        return ArchiveConfig.load(ArchivePaths.home(), config, System.getenv(), flags);
    }
}
