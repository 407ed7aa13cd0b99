package org.rightsarchive.acquire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.rightsarchive.acquire.warc.WarcArchive;
import org.rightsarchive.acquire.warc.WarcCatalog;
import org.rightsarchive.acquire.warc.WarcSession;

/**
 * Imports files and directories into the archive under a corpus: WARC files are checked and copied as they are
 * (so their record offsets stay valid), saved HTML pages and Markdown posts are written as WARC resource records.
 * A broken item is reported and the import goes on; importing the same thing twice stores it once.
 *
 * <p>A saved page keeps the URL it names itself by ({@code <link rel=canonical>} or {@code og:url}), else its
 * {@code file:} URI. Markdown posts sharing a {@code lang-ref} are linked to each other as translations.
 */
public final class Importer {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path corpus;
    private final WarcArchive archive;

    public Importer(Path corpus) {
        this.corpus = corpus.toAbsolutePath().normalize();
        this.archive = new WarcArchive(this.corpus);
    }

    /** Imports every path (files, or directories walked recursively); {@code progress} hears one line per item. */
    public ImportSummary importAll(List<Path> paths, Consumer<String> progress) throws IOException {
        List<Path> warcs = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        List<Path> posts = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                failed.add(path + ": no such file or directory");
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                if (file.toAbsolutePath().normalize().startsWith(archive.directory())) {
                    continue; // already in the archive
                }
                if (WarcArchive.isWarcFile(file)) {
                    warcs.add(file);
                } else if (isHtml(file)) {
                    pages.add(file);
                } else if (MarkdownPost.isMarkdown(file)) {
                    posts.add(file);
                }
            }
        }
        int warcFiles = 0;
        int warcRecords = 0;
        for (Path warc : warcs) {
            try {
                Optional<Copied> copied = copyWarc(warc);
                if (copied.isPresent()) {
                    warcFiles++;
                    warcRecords += copied.get().records();
                    progress.accept("WARC " + warc + ": " + copied.get().line());
                } else {
                    progress.accept("WARC " + warc + ": already imported");
                }
            } catch (IOException | RuntimeException e) {
                failed.add(warc + ": " + describe(e));
            }
        }
        int stored = 0;
        int unchanged = 0;
        if (!pages.isEmpty() || !posts.isEmpty()) {
            WarcCatalog catalog = archive.scan(w -> {});
            try (WarcSession session = archive.openSession("import", catalog)) {
                Map<URI, Path> claimed = new java.util.HashMap<>();
                for (Path page : pages) {
                    try {
                        byte[] body = Files.readAllBytes(page);
                        URI url = urlOfPage(page, body);
                        Path earlier = claimed.putIfAbsent(url, page);
                        if (earlier != null) {
                            // As two captures of one URL, the later would hide the earlier from the index (a CMS
                            // that gives every page the home page's canonical URL): keep both, this one as a file.
                            progress.accept("page " + page + ": its canonical URL " + url + " is also " + earlier
                                    + "'s; imported under its own file URL");
                            url = page.toAbsolutePath().normalize().toUri();
                        }
                        WarcSession.Outcome outcome = session.resource(url, modified(page), "text/html", body)
                                .outcome();
                        if (outcome == WarcSession.Outcome.UNCHANGED) {
                            unchanged++;
                        } else {
                            stored++;
                        }
                        progress.accept("page " + page + " (" + outcome.name().toLowerCase(Locale.ROOT) + ")");
                    } catch (IOException | RuntimeException e) {
                        failed.add(page + ": " + describe(e));
                    }
                }
                List<MarkdownPost> read = new ArrayList<>();
                for (Path post : posts) {
                    try {
                        read.add(MarkdownPost.read(post));
                    } catch (IOException | RuntimeException e) {
                        failed.add(post + ": " + describe(e));
                    }
                }
                Map<String, Map<String, String>> groups = translationGroups(withSiblings(read));
                for (MarkdownPost post : read) {
                    post.problems().forEach(problem -> warnings.add(post.file() + ": " + problem));
                    try {
                        String url = post.file().toUri().toString();
                        Map<String, String> translations =
                                new LinkedHashMap<>(groups.getOrDefault(post.value("lang-ref"), Map.of()));
                        translations.values().remove(url);
                        byte[] html = post.toHtml(translations).getBytes(StandardCharsets.UTF_8);
                        WarcSession.Outcome outcome = session.resource(
                                        URI.create(url), modified(post.file()), "text/html; charset=utf-8", html)
                                .outcome();
                        if (outcome == WarcSession.Outcome.UNCHANGED) {
                            unchanged++;
                        } else {
                            stored++;
                        }
                        progress.accept(
                                "post " + post.file() + " (" + outcome.name().toLowerCase(Locale.ROOT) + ")");
                    } catch (IOException | RuntimeException e) {
                        failed.add(post.file() + ": " + describe(e));
                    }
                }
            }
        }
        return new ImportSummary(warcFiles, warcRecords, stored, unchanged, failed, warnings);
    }

    /**
     * The posts and the other posts of their folders: a post imported again alone must keep the translations it was
     * linked to when its folder was imported, or its record would change (and lose the link) for nothing.
     */
    private static List<MarkdownPost> withSiblings(List<MarkdownPost> posts) {
        List<MarkdownPost> all = new ArrayList<>(posts);
        java.util.Set<Path> given = new java.util.HashSet<>();
        posts.forEach(p -> given.add(p.file().toAbsolutePath().normalize()));
        java.util.Set<Path> folders = new java.util.TreeSet<>();
        posts.forEach(p -> folders.add(p.file().toAbsolutePath().normalize().getParent()));
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(MarkdownPost::isMarkdown).sorted().toList()) {
                    if (given.add(file.toAbsolutePath().normalize())) {
                        try {
                            all.add(MarkdownPost.read(file));
                        } catch (IOException | RuntimeException e) {
                            // a sibling that does not read is only not linked; it was not asked for
                        }
                    }
                }
            } catch (IOException e) {
                // the folder cannot be listed: link within the batch only
            }
        }
        return all;
    }

    /** lang-ref to (language tag to URL), for posts that have both. */
    private static Map<String, Map<String, String>> translationGroups(List<MarkdownPost> posts) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (MarkdownPost post : posts) {
            String ref = post.value("lang-ref");
            String lang = post.languageTag();
            if (!ref.isBlank() && !lang.isBlank()) {
                groups.computeIfAbsent(ref, r -> new LinkedHashMap<>())
                        .putIfAbsent(lang, post.file().toUri().toString());
            }
        }
        return groups;
    }

    /**
     * Checks that a file reads as WARC and copies it into the archive unchanged; empty when an identical file is
     * already there. The copy is written under a new name and never overwrites anything.
     */
    private Optional<Copied> copyWarc(Path warc) throws IOException {
        int records = 0;
        String damage = null;
        try (WarcReader reader = new WarcReader(FileChannel.open(warc, StandardOpenOption.READ))) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                if (r.get() instanceof WarcResponse || r.get() instanceof WarcResource) {
                    records++;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (records == 0) {
                throw e;
            }
            // A download cut short: the records before the damage are good, and the archive's scan reads them.
            damage = describe(e);
        }
        if (records == 0) {
            throw new IOException("holds no response or resource records: nothing to import");
        }
        String hash = sha256(warc);
        long size = Files.size(warc);
        for (Path existing : archive.files()) {
            if (Files.size(existing) == size && sha256(existing).equals(hash)) {
                return Optional.empty();
            }
        }
        Files.createDirectories(archive.directory());
        String name = warc.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        Path target = archive.directory().resolve("import-" + STAMP.format(Instant.now()) + "-" + name);
        Path tmp = archive.directory().resolve(".incoming-" + target.getFileName());
        Files.copy(warc, tmp);
        Files.move(tmp, target);
        return Optional.of(new Copied(records, damage));
    }

    /** A WARC file copied into the archive: its readable records, and what cut the rest short, if anything. */
    private record Copied(int records, String damage) {
        String line() {
            return records + " records"
                    + (damage == null ? "" : "; damaged after them (" + damage + "): the rest is lost");
        }
    }

    private static URI urlOfPage(Path page, byte[] body) throws IOException {
        // jsoup reads the BOM or meta charset itself, so a non-ASCII canonical URL comes out right.
        Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(body), null, "");
        for (String candidate : new String[] {
            doc.select("link[rel=canonical]").attr("href"),
            doc.select("meta[property=og:url]").attr("content")
        }) {
            try {
                URI uri = new URI(candidate.strip());
                if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    return uri;
                }
            } catch (java.net.URISyntaxException ignored) {
                // not a usable URL; try the next one
            }
        }
        return page.toAbsolutePath().normalize().toUri();
    }

    private static Instant modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant();
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.charset.CharacterCodingException) {
            message = "not UTF-8 text (" + message + "); save the file as UTF-8";
        }
        // jwarc quotes bad bytes sign-extended (\xffffffcf): one byte is two digits.
        message = message.replaceAll("\\\\xffffff([0-9a-fA-F]{2})", "\\\\x$1");
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
