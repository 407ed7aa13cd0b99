package org.rightsarchive.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the project's {@code ../shared} data folder (real published data for tests and evaluation; never copied
 * into the project). Looked up from the system property {@code archive.shared}, the environment variable
 * {@code ARCHIVE_SHARED}, then {@code ../shared} next to {@code archive.home} or the working directory.
 */
public final class SharedData {
    private SharedData() {}

    /** The shared folder, if present. */
    public static Optional<Path> root() {
        String[] candidates = {
            System.getProperty("archive.shared"),
            System.getenv("ARCHIVE_SHARED"),
            System.getProperty("archive.home") == null ? null : System.getProperty("archive.home") + "/../shared",
            "../shared"
        };
        for (String c : candidates) {
            if (c != null && Files.isDirectory(Path.of(c, "data"))) {
                return Optional.of(Path.of(c).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** A file or folder under the shared root, if the root and it exist. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
