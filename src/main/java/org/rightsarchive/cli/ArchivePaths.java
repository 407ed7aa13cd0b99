package org.rightsarchive.cli;

import java.nio.file.Path;

/** Where the archive lives: the project directory given by the launcher ({@code archive.home}) or the working one. */
public final class ArchivePaths {
    private ArchivePaths() {}

    /** The project home. */
    public static Path home() {
        String home = System.getProperty("archive.home");
        return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
    }

    /** The bundled corpus and archive of record. */
    public static Path corpus() {
        return home().resolve("corpus");
    }

    /** The live index. */
    public static Path index() {
        return home().resolve("index");
    }
}
