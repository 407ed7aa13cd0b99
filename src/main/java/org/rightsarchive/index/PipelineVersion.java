package org.rightsarchive.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Which pipeline built an index: a hash of the classes and data files that turn a capture into a document (language,
 * extraction, annotation, the document and its analyzers), recorded in every commit. An index built by other code
 * holds other annotations, so an incremental reindex, which looks only at captures that changed, would leave most of
 * it as the old code read it: {@link Reindexer} and {@code archive demo} rebuild it whole instead.
 */
public final class PipelineVersion {
    /** Key of the version in the user data of a Lucene commit. */
    public static final String COMMIT_KEY = "rights-archive.pipeline";

    /** What the version is when the code's files cannot be read (an unusual class loader): never forces a rebuild. */
    static final String UNKNOWN = "unknown";

    private static final List<String> PACKAGES = List.of(
            "org/rightsarchive/lang/",
            "org/rightsarchive/extract/",
            "org/rightsarchive/annotate/",
            "org/rightsarchive/index/");

    private PipelineVersion() {}

    /** This code's version, computed once. */
    public static String current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final String CURRENT = compute();
    }

    /** The version an index's last commit records, or empty when none does (an index older than the record). */
    public static Optional<String> recorded(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT_KEY));
    }

    /** Whether the index in {@code dir} was built by other code than this (or before versions were recorded). */
    public static boolean builtByOtherCode(Directory dir) throws IOException {
        return DirectoryReader.indexExists(dir)
                && !current().equals(UNKNOWN)
                && !recorded(dir).equals(Optional.of(current()));
    }

    /** Makes every commit of {@code writer} record this code's version. */
    static void recordIn(IndexWriter writer) {
        writer.setLiveCommitData(Map.of(COMMIT_KEY, current()).entrySet());
    }

    static String compute() {
        CodeSource source = PipelineVersion.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return UNKNOWN;
        }
        try {
            return of(Path.of(source.getLocation().toURI()));
        } catch (IOException
                | UncheckedIOException
                | URISyntaxException
                | IllegalArgumentException
                | FileSystemNotFoundException e) {
            // not a plain directory or jar: an unusual class loader
            return UNKNOWN;
        }
    }

    /** The version of the code in {@code location}: a directory of classes or a jar, the same for the same files. */
    static String of(Path location) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        if (Files.isDirectory(location)) {
            hashDirectory(location, sha);
        } else {
            hashJar(location, sha);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static void hashDirectory(Path root, MessageDigest sha) throws IOException {
        // Named and ordered as in a jar, so that a jar of the same files has the same version.
        java.util.TreeMap<String, Path> files = new java.util.TreeMap<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .forEach(f -> files.put(root.relativize(f).toString().replace('\\', '/'), f));
            }
        }
        for (var e : files.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(e.getValue()));
        }
    }

    private static void hashJar(Path jar, MessageDigest sha) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream()
                    .filter(e -> !e.isDirectory() && PACKAGES.stream().anyMatch(e.getName()::startsWith))
                    .sorted(java.util.Comparator.comparing(JarEntry::getName))
                    .toList();
            for (JarEntry e : entries) {
                sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(e)) {
                    sha.update(in.readAllBytes());
                }
            }
        }
    }
}
