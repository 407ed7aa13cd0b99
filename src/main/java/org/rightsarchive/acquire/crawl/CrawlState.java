package org.rightsarchive.acquire.crawl;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The resumable part of a crawl: the frontier (URLs still to fetch, in order) and every URL already queued. Saved
 * atomically (write a temporary file, then rename) after each page, in a file named for the seeds and scopes, so
 * the same command line picks it up again.
 */
final class CrawlState {
    /** The directory under the corpus for crawl states. */
    static final String DIRECTORY = "crawl-state";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The saved form. */
    record Saved(
            List<String> seeds, List<String> scopes, boolean sitemapsRead, List<String> frontier, List<String> seen) {}

    private final Path file;
    private final List<String> seeds;
    private final List<String> scopes;
    private final Deque<String> frontier;
    private final Set<String> seen;
    private final boolean resumed;
    private boolean sitemapsRead;

    private CrawlState(
            Path file,
            List<String> seeds,
            List<String> scopes,
            Deque<String> frontier,
            Set<String> seen,
            boolean sitemapsRead) {
        this.resumed = Files.isRegularFile(file);
        this.file = file;
        this.seeds = seeds;
        this.scopes = scopes;
        this.frontier = frontier;
        this.seen = seen;
        this.sitemapsRead = sitemapsRead;
    }

    /** The saved state for these seeds and scopes, or a fresh one holding the seeds. */
    static CrawlState openOrCreate(Path corpus, List<URI> seeds, List<String> scopes) throws IOException {
        List<String> seedStrings = seeds.stream().map(URI::toString).toList();
        Path file = corpus.resolve(DIRECTORY).resolve(key(seedStrings, scopes) + ".json");
        if (Files.isRegularFile(file)) {
            Saved saved = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Saved.class);
            return new CrawlState(
                    file,
                    seedStrings,
                    scopes,
                    new ArrayDeque<>(saved.frontier()),
                    new LinkedHashSet<>(saved.seen()),
                    saved.sitemapsRead());
        }
        CrawlState state = new CrawlState(file, seedStrings, scopes, new ArrayDeque<>(), new LinkedHashSet<>(), false);
        for (String seed : seedStrings) {
            state.offer(seed);
        }
        return state;
    }

    /** True when this state was read back from a previous, unfinished run. */
    boolean resumed() {
        return resumed;
    }

    Path file() {
        return file;
    }

    /** Queues a URL unless it was queued before. */
    boolean offer(String url) {
        if (seen.add(url)) {
            frontier.addLast(url);
            return true;
        }
        return false;
    }

    Optional<String> peek() {
        return Optional.ofNullable(frontier.peekFirst());
    }

    void done(String url) {
        if (url.equals(frontier.peekFirst())) {
            frontier.pollFirst();
        } else {
            frontier.remove(url);
        }
    }

    int queued() {
        return frontier.size();
    }

    boolean sitemapsRead() {
        return sitemapsRead;
    }

    void markSitemapsRead() {
        sitemapsRead = true;
    }

    /** Writes the state, or deletes it once the frontier is empty. */
    void save() throws IOException {
        if (frontier.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Saved saved = new Saved(seeds, scopes, sitemapsRead, new ArrayList<>(frontier), new ArrayList<>(seen));
        Files.writeString(tmp, JSON.writeValueAsString(saved), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String key(List<String> seeds, List<String> scopes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\n", seeds).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.join("\n", scopes).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
