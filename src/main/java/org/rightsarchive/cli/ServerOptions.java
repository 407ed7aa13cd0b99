package org.rightsarchive.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that serve ({@code serve}, {@code demo}): the archive's, plus where to listen. */
final class ServerOptions {
    @Mixin
    ArchiveOptions archive = new ArchiveOptions();

    @Option(names = "--host", description = "interface to bind (default: 127.0.0.1)")
    String host;

    @Option(names = "--port", description = "TCP port, 0 for any free one (default: 7070)")
    Integer port;

    /** The configuration these options select, from the environment of this process. */
    ArchiveConfig resolve() {
        Map<String, String> flags = new HashMap<>();
        flags.put(ArchiveConfig.HOST.name(), host);
        flags.put(ArchiveConfig.PORT.name(), port == null ? null : port.toString());
        return archive.resolve(flags);
    }
}
