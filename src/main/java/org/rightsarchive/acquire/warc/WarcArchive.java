package org.rightsarchive.acquire.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.ErrorPages;

/**
 * The WARC files of an archive: {@code corpus/warc/*.warc.gz} (and plain {@code .warc}, as imported). Files are
 * never rewritten: a crawl or an import adds a new file ({@link #openSession}). A capture is addressed by the
 * source {@code warc/FILE@OFFSET}, the byte offset of its record in the file.
 */
public final class WarcArchive {
    /** The directory under the corpus that holds the WARC files. */
    public static final String DIRECTORY = "warc";

    private static final Pattern SOURCE =
            Pattern.compile("warc/([A-Za-z0-9][A-Za-z0-9._-]*\\.warc(?:\\.gz)?)@(\\d{1,15})");
    private static final int MAX_PAYLOAD_BYTES = 64 << 20;
    /** Most damaged places skipped in one file before the rest of it is given up. */
    private static final int MAX_RESYNCS = 1000;

    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_HEADER = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path directory;

    /** @param corpus the corpus directory; the WARC directory under it is created when first written */
    public WarcArchive(Path corpus) {
        this.directory = corpus.toAbsolutePath().normalize().resolve(DIRECTORY);
    }

    /** Where the WARC files are. */
    public Path directory() {
        return directory;
    }

    /** The WARC files, sorted by name (names start with their creation time, so this is oldest first). */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(WarcArchive::isWarcFile)
                    .sorted()
                    .toList();
        }
    }

    /** True for {@code *.warc} and {@code *.warc.gz} names. */
    public static boolean isWarcFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** The source string of the record at {@code offset} in the WARC file named {@code fileName}. */
    public static String source(String fileName, long offset) {
        return DIRECTORY + "/" + fileName + "@" + offset;
    }

    /** True when the string has the form of a WARC source (it may still name nothing). */
    public static boolean isSource(String source) {
        return source != null && SOURCE.matcher(source).matches();
    }

    /** Opens a new WARC file for appending records; {@code prefix} names the activity, e.g. {@code crawl}. */
    public WarcSession openSession(String prefix, WarcCatalog catalog) throws IOException {
        Files.createDirectories(directory);
        return WarcSession.create(directory, prefix, catalog);
    }

    /**
     * Reads every WARC file into a catalog. Damage (a crawl killed mid-record, garbage between records, a broken
     * header) is reported to {@code warnings} and skipped to the next record boundary (gzip member or {@code WARC/1.}
     * line), so the good records after it are read too; a file that is no WARC is reported and the scan goes on.
     */
    public WarcCatalog scan(Consumer<String> warnings) throws IOException {
        WarcCatalog catalog = new WarcCatalog();
        for (Path file : files()) {
            scanFile(file, catalog, warnings);
        }
        return catalog;
    }

    private static void scanFile(Path file, WarcCatalog catalog, Consumer<String> warnings) throws IOException {
        String name = file.getFileName().toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            for (int resyncs = 0; start >= 0; resyncs++) {
                if (resyncs > MAX_RESYNCS) {
                    warnings.accept(name + ": damaged in more than " + MAX_RESYNCS + " places; the rest is not read");
                    return;
                }
                start = scanFrom(channel, start, name, catalog, warnings);
            }
        }
    }

    /**
     * Catalogs the records from {@code start} up to the end of the file or the first damage (garbage, a cut-off
     * gzip member, a broken header).
     *
     * @return where reading may go on after the damage (the next record boundary), or {@code -1} when done
     */
    private static long scanFrom(
            FileChannel channel, long start, String name, WarcCatalog catalog, Consumer<String> warnings)
            throws IOException {
        channel.position(start);
        // Not closed here: closing the reader would close the channel the next attempt reads.
        WarcReader reader;
        try {
            reader = new WarcReader(channel);
        } catch (IOException | RuntimeException e) {
            warnings.accept(name + ": not a WARC file from offset " + start + " (" + e.getMessage() + ")");
            return -1;
        }
        reader.onWarning(w -> warnings.accept(name + ": " + w));
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                long damage = Math.max(start, reader.position());
                long resume = nextBoundary(channel, damage + 1, reader.compression() == WarcCompression.GZIP);
                warnings.accept(name + ": unreadable from offset " + damage + " (" + e.getMessage() + "); "
                        + (resume < 0
                                ? "the records before it are kept"
                                : "skipped " + (resume - damage) + " bytes to the next record at offset " + resume));
                return resume;
            }
            if (next.isEmpty()) {
                return -1;
            }
            WarcRecord record = next.get();
            try {
                catalogRecord(record, source(name, reader.position()), catalog);
            } catch (IOException | RuntimeException e) {
                warnings.accept(name + "@" + reader.position() + ": skipped a broken record (" + e.getMessage() + ")");
            }
        }
    }

    /** The offset of the next gzip member header or {@code WARC/1.} line at or after {@code from}, or -1. */
    static long nextBoundary(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] marker = gzip ? GZIP_MEMBER : WARC_HEADER;
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
        long position = from;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n < marker.length) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + marker.length <= n; i++) {
                if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                    return position + i;
                }
            }
            position += n - marker.length + 1;
        }
    }

    private static void catalogRecord(WarcRecord record, String source, WarcCatalog catalog) throws IOException {
        if (record instanceof WarcRevisit revisit) {
            Optional<WarcDigest> digest = revisit.payloadDigest();
            if (digest.isPresent()) {
                catalog.addRevisit(revisit.target(), digestString(digest.get()), revisit.date());
            }
            return;
        }
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
            return;
        }
        Capture capture = toCapture((WarcTargetRecord) record, source);
        if (capture == null) {
            return;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        boolean truncated = record.truncated() != WarcTruncationReason.NOT_TRUNCATED;
        boolean good = !truncated && ErrorPages.isGood(capture);
        boolean encoded = record instanceof WarcResponse response && isContentEncoded(response);
        // A digest of content-encoded bytes would never match a re-fetch of the decoded page: use the decoded bytes.
        String digest = encoded
                ? sha1(capture.body())
                : target.payloadDigest().map(WarcArchive::digestString).orElseGet(() -> sha1(capture.body()));
        catalog.add(new WarcCatalog.Entry(
                capture.url(), capture.fetchedAt(), capture.status(), capture.contentType(), good, digest, source));
    }

    private static boolean isContentEncoded(WarcResponse response) throws IOException {
        return response.http().headers().first("Content-Encoding").isPresent();
    }

    /** Loads the capture at a source; empty for a malformed source, a missing file, or an offset that is no record. */
    public Optional<Capture> load(String source) throws IOException {
        if (source == null) {
            return Optional.empty();
        }
        Matcher m = SOURCE.matcher(source);
        if (!m.matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(m.group(1)).normalize();
        long offset = Long.parseLong(m.group(2));
        if (!file.getParent().equals(directory) || !Files.isRegularFile(file) || offset >= Files.size(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            WarcReader reader = new WarcReader(channel);
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty() || !(record.get() instanceof WarcTargetRecord target)) {
                return Optional.empty();
            }
            if (!(target instanceof WarcResponse) && !(target instanceof WarcResource)) {
                return Optional.empty();
            }
            return Optional.ofNullable(toCapture(target, source));
        } catch (IOException | RuntimeException e) {
            // An offset inside a record, or a damaged file: no capture there.
            return Optional.empty();
        }
    }

    /** The capture a response or resource record holds; {@code null} for other records and non-HTTP responses. */
    static Capture toCapture(WarcTargetRecord record, String source) throws IOException {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equals("application/http")) {
                return null;
            }
            HttpResponse http = response.http();
            byte[] body = readLimited(http.bodyDecoded().stream());
            String contentType = http.headers().first("Content-Type").orElse(null);
            int status = http.status() < 100 || http.status() > 599 ? 500 : http.status();
            return new Capture(response.target(), response.date(), status, contentType, body, source);
        }
        if (record instanceof WarcResource resource) {
            byte[] body = readLimited(resource.body().stream());
            String contentType = resource.headers().first("Content-Type").orElse(null);
            return new Capture(resource.target(), resource.date(), 200, contentType, body, source);
        }
        return null;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        if (bytes.length > MAX_PAYLOAD_BYTES) {
            throw new IOException("payload larger than " + MAX_PAYLOAD_BYTES + " bytes");
        }
        return bytes;
    }

    /** The digest as {@code algorithm:BASE32}, the form WARC payload digests are compared in. */
    static String digestString(WarcDigest digest) {
        return digest.algorithm().toLowerCase(Locale.ROOT) + ":" + digest.base32();
    }

    /** The SHA-1 payload digest of bytes, as {@link #digestString} writes it. */
    public static String sha1(byte[] bytes) {
        return digestString(new WarcDigest("sha1", sha1Bytes(bytes)));
    }

    static byte[] sha1Bytes(byte[]... parts) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            for (byte[] part : parts) {
                sha1.update(part);
            }
            return sha1.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is always available", e);
        }
    }
}
