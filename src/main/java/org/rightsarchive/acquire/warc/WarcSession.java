package org.rightsarchive.acquire.warc;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.rightsarchive.acquire.ErrorPages;

/**
 * One new, gzip-compressed WARC file being written by a crawl or an import. Each record is its own gzip member, so a
 * session killed mid-write loses at most the record being written. Every record carries block and payload digests
 * (jwarc computes neither for a record built by hand).
 *
 * <p>A response whose payload is the same as the URL's latest good capture is written as a revisit record (profile
 * identical-payload-digest) holding only the HTTP headers. An error response is written in full but does not become
 * the URL's latest good capture.
 */
public final class WarcSession implements Closeable {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Framing headers that no longer describe the body once the client has de-chunked it. */
    private static final Set<String> FRAMING =
            Set.of("transfer-encoding", "content-length", "connection", "keep-alive");

    /** What became of one response. */
    public enum Outcome {
        /** Good content not seen before at this URL: stored in full. */
        NEW,
        /** Same payload as the latest good capture: stored as a revisit (or, for an import, not stored again). */
        UNCHANGED,
        /** A non-2xx status, an error page, or a truncated body: stored, never used for indexing. */
        ERROR
    }

    /** The outcome and where the record went. */
    public record Written(Outcome outcome, String source) {
        public Written {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final WarcWriter writer;
    private final WarcCatalog catalog;

    private WarcSession(Path file, FileChannel channel, WarcCatalog catalog) throws IOException {
        this.file = file;
        this.channel = channel;
        this.writer = new WarcWriter(channel, WarcCompression.GZIP);
        this.catalog = catalog;
    }

    static WarcSession create(Path directory, String prefix, WarcCatalog catalog) throws IOException {
        if (!prefix.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("bad WARC file prefix: " + prefix);
        }
        String name = prefix + "-" + STAMP.format(Instant.now()) + "-"
                + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000)) + ".warc.gz";
        Path file = directory.resolve(name);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcSession session = new WarcSession(file, channel, catalog);
        session.writer.write(new Warcinfo.Builder()
                .date(Instant.now())
                .filename(name)
                .fields(Map.of(
                        "software", List.of("Rights Archive 0.1 (jwarc)"),
                        "format", List.of("WARC File Format 1.1"),
                        "isPartOf", List.of(prefix)))
                .build());
        return session;
    }

    /** The file being written. */
    public Path file() {
        return file;
    }

    /** Writes the request and the response (or a revisit) of one HTTP exchange. */
    public synchronized Written record(HttpExchange exchange) throws IOException {
        String contentType = exchange.header("Content-Type");
        boolean error = exchange.truncated() || ErrorPages.isError(exchange.status(), contentType, exchange.body());
        String payloadDigest = WarcArchive.sha1(exchange.body());
        String url = exchange.target().toString();
        Optional<WarcCatalog.Entry> latest = catalog.latestGood(url);
        boolean unchanged =
                !error && latest.isPresent() && latest.get().payloadDigest().equals(payloadDigest);

        HttpRequest request = new HttpRequest.Builder("GET", requestTarget(exchange.target()))
                .addHeader("Host", hostHeader(exchange.target()))
                .addHeader("User-Agent", exchange.userAgent())
                .build();
        WarcRequest requestRecord = new WarcRequest.Builder(exchange.target())
                .date(exchange.date())
                .body(request)
                .blockDigest(blockDigest(request.serializeHeader(), new byte[0]))
                .build();

        HttpResponse.Builder http = new HttpResponse.Builder(exchange.status(), reason(exchange.status()));
        for (Map.Entry<String, List<String>> h : exchange.headers().entrySet()) {
            if (h.getKey() == null
                    || h.getKey().startsWith(":")
                    || FRAMING.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String value : h.getValue()) {
                http.addHeader(h.getKey(), value);
            }
        }
        WarcDigest payload = new WarcDigest("sha1", WarcArchive.sha1Bytes(exchange.body()));
        long offset;
        if (unchanged) {
            HttpResponse headersOnly = http.build();
            WarcRevisit revisit = new WarcRevisit.Builder(exchange.target(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(exchange.date())
                    .body(headersOnly)
                    .payloadDigest(payload)
                    .blockDigest(blockDigest(headersOnly.serializeHeader(), new byte[0]))
                    .addHeader("WARC-Refers-To-Target-URI", url)
                    .addHeader("WARC-Refers-To-Date", latest.get().date().toString())
                    .concurrentTo(requestRecord.id())
                    .build();
            writer.write(requestRecord);
            offset = writer.position();
            writer.write(revisit);
            catalog.addRevisit(url, payloadDigest, exchange.date());
        } else {
            MediaType type = contentType == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(contentType);
            http.body(type, exchange.body());
            HttpResponse response = http.build();
            WarcResponse.Builder builder = new WarcResponse.Builder(exchange.target())
                    .date(exchange.date())
                    .body(response)
                    .payloadDigest(payload)
                    .blockDigest(blockDigest(response.serializeHeader(), exchange.body()))
                    .concurrentTo(requestRecord.id());
            if (exchange.truncated()) {
                builder.truncated(WarcTruncationReason.LENGTH);
            }
            writer.write(requestRecord);
            offset = writer.position();
            writer.write(builder.build());
            catalog.add(new WarcCatalog.Entry(
                    url, exchange.date(), exchange.status(), contentType, !error, payloadDigest, sourceAt(offset)));
        }
        return new Written(error ? Outcome.ERROR : unchanged ? Outcome.UNCHANGED : Outcome.NEW, sourceAt(offset));
    }

    /**
     * Writes an imported item (a saved page, a converted post) as a resource record, unless the URL's latest good
     * capture already has this payload: importing the same thing twice stores it once.
     */
    public synchronized Written resource(URI target, Instant date, String contentType, byte[] body) throws IOException {
        String url = target.toString();
        String payloadDigest = WarcArchive.sha1(body);
        Optional<WarcCatalog.Entry> latest = catalog.latestGood(url);
        if (latest.isPresent() && latest.get().payloadDigest().equals(payloadDigest)) {
            return new Written(Outcome.UNCHANGED, latest.get().source());
        }
        WarcDigest digest = new WarcDigest("sha1", WarcArchive.sha1Bytes(body));
        WarcResource record = new WarcResource.Builder(target)
                .date(date)
                .body(MediaType.parseLeniently(contentType), body)
                .payloadDigest(digest)
                .blockDigest(digest)
                .build();
        long offset = writer.position();
        writer.write(record);
        boolean good = !ErrorPages.isErrorText(contentType, body);
        catalog.add(new WarcCatalog.Entry(url, date, 200, contentType, good, payloadDigest, sourceAt(offset)));
        return new Written(good ? Outcome.NEW : Outcome.ERROR, sourceAt(offset));
    }

    private String sourceAt(long offset) {
        return WarcArchive.source(file.getFileName().toString(), offset);
    }

    private static WarcDigest blockDigest(byte[] header, byte[] body) {
        return new WarcDigest("sha1", WarcArchive.sha1Bytes(header, body));
    }

    private static String requestTarget(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String hostHeader(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status " + status;
        };
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
        channel.close();
    }
}
