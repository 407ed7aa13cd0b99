package org.rightsarchive.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of the commands that serve ({@code serve}, {@code demo}): each one, when given, overrides the
 * configuration file and the environment (see {@link ArchiveConfig}).
 */
final class ServerOptions {
    @Option(names = "--config", description = "configuration file (default: archive.properties in the project home)")
    Path config;

    @Option(names = "--host", description = "interface to bind (default: 127.0.0.1)")
    String host;

    @Option(names = "--port", description = "TCP port, 0 for any free one (default: 7070)")
    Integer port;

    @Option(names = "--index", description = "index directory (default: index/)")
    Path index;

    @Option(names = "--corpus", description = "corpus directory (default: corpus/)")
    Path corpus;

    @Option(names = "--threads", description = "indexing threads for reindexing (default: number of cores)")
    Integer threads;

    /** The configuration these options select, from the environment of this process. */
    ArchiveConfig resolve() {
        Map<String, String> flags = new HashMap<>();
        flags.put(ArchiveConfig.HOST.name(), host);
        flags.put(ArchiveConfig.PORT.name(), port == null ? null : port.toString());
        flags.put(
                ArchiveConfig.INDEX.name(),
                index == null ? null : index.toAbsolutePath().toString());
        flags.put(
                ArchiveConfig.CORPUS.name(),
                corpus == null ? null : corpus.toAbsolutePath().toString());
        flags.put(ArchiveConfig.THREADS.name(), threads == null ? null : threads.toString());
        return ArchiveConfig.load(ArchivePaths.home(), config, System.getenv(), flags);
    }
}
