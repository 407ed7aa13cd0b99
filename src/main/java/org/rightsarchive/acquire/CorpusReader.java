package org.rightsarchive.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the saved HTML pages of a corpus directory as captures. Each file becomes one capture whose URL is the
 * file's path relative to the corpus root (stable across machines), and whose source is that same relative path.
 */
public final class CorpusReader implements CaptureSource {
    private final Path root;

    /** @param root the corpus directory; must exist */
    public CorpusReader(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("corpus directory not found: " + root);
        }
        this.root = root.toAbsolutePath().normalize();
    }

    /** The HTML files under the root, sorted by path so runs are reproducible. */
    public List<Path> htmlFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(CorpusReader::isHtml)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus " + root, e);
        }
    }

    /** Reads one file as a capture. */
    public Capture read(Path file) throws IOException {
        String relative = root.relativize(file).toString().replace('\\', '/');
        byte[] body = Files.readAllBytes(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        return new Capture("corpus:" + relative, modified, 200, "text/html", body, relative);
    }

    /** Reads every HTML file; a file that cannot be read is skipped by the caller's choice, so this throws. */
    public List<Capture> readAll() throws IOException {
        List<Capture> captures = new ArrayList<>();
        for (Path file : htmlFiles()) {
            captures.add(read(file));
        }
        return captures;
    }

    /** Loads a page by its corpus-relative path; paths that leave the corpus, or are not HTML files, load nothing. */
    @Override
    public Optional<Capture> load(String source) throws IOException {
        if (source == null || source.isEmpty() || source.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path file = root.resolve(source).normalize();
        if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file) || !isHtml(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    private static boolean isHtml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
