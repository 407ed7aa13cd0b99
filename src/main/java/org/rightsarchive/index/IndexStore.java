package org.rightsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The index directory as a series of generations, of which one is live.
 *
 * <pre>
 * index/
 *   CURRENT                the name of the live generation, replaced atomically
 *   gen-000004/            the live Lucene index
 *   gen-000003/            the previous one, kept for readers still open on it
 *   gen-000005.building/   a rebuild in progress; never read by the server
 *   build.lock             held while a rebuild runs
 * </pre>
 *
 * <p>A rebuild writes a new generation beside the live one and switches {@code CURRENT} only once the new index is
 * committed, so a crash (even {@code kill -9}) at any moment leaves the previous generation live and intact; the next
 * build removes the leftovers.
 */
public final class IndexStore {
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");
    private static final String CURRENT = "CURRENT";
    private static final String BUILDING_SUFFIX = ".building";
    private static final int GENERATIONS_KEPT = 2;

    private final Path root;

    /** @param root the index directory (created if missing) */
    public IndexStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The index directory. */
    public Path root() {
        return root;
    }

    /** The live generation's directory, if an index has been published. */
    public Optional<Path> live() {
        Path current = root.resolve(CURRENT);
        if (!Files.isRegularFile(current)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(current, StandardCharsets.UTF_8).strip();
            if (!GENERATION.matcher(name).matches()) {
                throw new IOException("corrupt " + current + ": '" + name + "'");
            }
            Path dir = root.resolve(name);
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the live index pointer " + current, e);
        }
    }

    /** Number of the live generation, 0 when none. */
    public long liveGeneration() {
        return live().map(p -> number(p.getFileName().toString())).orElse(0L);
    }

    /**
     * Starts a new generation. Only one build may run at a time (across processes); leftovers of crashed builds are
     * removed first.
     *
     * @throws IOException if the directory is not writable or another build holds the lock
     */
    public Build beginBuild() throws IOException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IOException("cannot create index directory " + root + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(root)) {
            throw new IOException("index directory is not writable: " + root);
        }
        BuildLock lock = BuildLock.acquire(root);
        try {
            // Numbers are never reused, so a reader can never confuse a crashed build with a later one.
            long next = Math.max(liveGeneration(), highestGeneration()) + 1;
            removeLeftovers();
            Path dir = root.resolve(name(next) + BUILDING_SUFFIX);
            Files.createDirectories(dir);
            return new Build(next, dir, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Takes the build lock for an in-place update of the live generation (an incremental reindex), so it cannot run
     * at the same time as a rebuild.
     */
    public BuildLock lockForUpdate() throws IOException {
        Files.createDirectories(root);
        return BuildLock.acquire(root);
    }

    /** The exclusive lock of the index directory, held across processes while a build or update runs. */
    public static final class BuildLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private BuildLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static BuildLock acquire(Path root) throws IOException {
            FileChannel channel =
                    FileChannel.open(root.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IOException("another reindex is running on " + root + " (build.lock is held)");
            }
            return new BuildLock(channel, lock);
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** A generation being built. Publish it or close it (which abandons it). */
    public final class Build implements AutoCloseable {
        private final long generation;
        private final Path dir;
        private final BuildLock lock;
        private boolean published;

        private Build(long generation, Path dir, BuildLock lock) {
            this.generation = generation;
            this.dir = dir;
            this.lock = lock;
        }

        /** The generation number. */
        public long generation() {
            return generation;
        }

        /** Where to write the new index. */
        public Path directory() {
            return dir;
        }

        /**
         * Makes this generation live: renames it into place, then atomically replaces {@code CURRENT}. The caller
         * must have committed and closed its IndexWriter.
         */
        public Path publish() throws IOException {
            Path target = root.resolve(name(generation));
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
            Path tmp = root.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, name(generation) + "\n", StandardCharsets.UTF_8);
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            try {
                Files.move(
                        tmp,
                        root.resolve(CURRENT),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the index directory's file system cannot replace files atomically: " + root, e);
            }
            published = true;
            removeOldGenerations();
            return target;
        }

        /** Releases the build lock; an unpublished generation is deleted. */
        @Override
        public void close() throws IOException {
            try {
                if (!published) {
                    deleteTree(dir);
                }
            } finally {
                lock.close();
            }
        }
    }

    private long highestGeneration() throws IOException {
        long max = 0;
        for (Path p : children()) {
            String name = p.getFileName().toString();
            if (name.endsWith(BUILDING_SUFFIX)) {
                name = name.substring(0, name.length() - BUILDING_SUFFIX.length());
            }
            if (GENERATION.matcher(name).matches()) {
                max = Math.max(max, number(name));
            }
        }
        return max;
    }

    private void removeLeftovers() throws IOException {
        for (Path p : children()) {
            if (p.getFileName().toString().endsWith(BUILDING_SUFFIX)) {
                deleteTree(p);
            }
        }
        Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
    }

    private void removeOldGenerations() throws IOException {
        long live = liveGeneration();
        List<Path> old = new ArrayList<>();
        for (Path p : children()) {
            String name = p.getFileName().toString();
            if (GENERATION.matcher(name).matches() && number(name) <= live - GENERATIONS_KEPT) {
                old.add(p);
            }
        }
        for (Path p : old) {
            deleteTree(p);
        }
    }

    private List<Path> children() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
            s.forEach(out::add);
        }
        return out;
    }

    private static String name(long generation) {
        return "gen-%06d".formatted(generation);
    }

    private static long number(String name) {
        Matcher m = GENERATION.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a generation: " + name);
        }
        return Long.parseLong(m.group(1));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
