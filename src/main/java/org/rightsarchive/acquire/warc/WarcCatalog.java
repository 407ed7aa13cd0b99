package org.rightsarchive.acquire.warc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the archive holds, per URL, without the payloads: the latest good capture (a 2xx response that is not an
 * error page) and the good captures by payload digest, so a revisit record can be resolved to the record it refers
 * to. Memory grows with the number of URLs and distinct contents, not with payload sizes.
 */
public final class WarcCatalog {
    /**
     * One archived capture.
     *
     * @param url the target URI
     * @param date when it was captured
     * @param status HTTP status ({@code 200} for resource records)
     * @param contentType the payload's content type, or {@code null}
     * @param good true for a 2xx capture that is not an error page and not truncated
     * @param payloadDigest {@code algorithm:BASE32} of the payload
     * @param source where the payload is: {@code warc/FILE@OFFSET}
     */
    public record Entry(
            String url,
            Instant date,
            int status,
            String contentType,
            boolean good,
            String payloadDigest,
            String source) {
        public Entry {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(payloadDigest, "payloadDigest");
            Objects.requireNonNull(source, "source");
        }

        /** True when the payload is an HTML page (or has no type, as some imported records do). */
        public boolean isHtml() {
            if (contentType == null || contentType.isBlank()) {
                return true;
            }
            String type = contentType.toLowerCase(Locale.ROOT);
            return type.contains("text/html") || type.contains("xhtml");
        }
    }

    private final Map<String, Entry> latestGood = new HashMap<>();
    private final Map<String, Map<String, Entry>> goodByDigest = new HashMap<>();
    private int records;

    /** Adds a capture; the latest good capture of its URL changes only if this one is good and not older. */
    public synchronized void add(Entry entry) {
        records++;
        if (!entry.good()) {
            return;
        }
        goodByDigest.computeIfAbsent(entry.url(), u -> new HashMap<>()).putIfAbsent(entry.payloadDigest(), entry);
        Entry current = latestGood.get(entry.url());
        if (current == null || !entry.date().isBefore(current.date())) {
            latestGood.put(entry.url(), entry);
        }
    }

    /**
     * Adds a revisit of {@code url} with the given payload digest: when a good capture with that digest is known,
     * it becomes the latest again (with the revisit's date); otherwise the revisit is ignored.
     */
    public synchronized boolean addRevisit(String url, String payloadDigest, Instant date) {
        records++;
        Map<String, Entry> byDigest = goodByDigest.get(url);
        Entry original = byDigest == null ? null : byDigest.get(payloadDigest);
        if (original == null) {
            return false;
        }
        Entry current = latestGood.get(url);
        if (current == null || !date.isBefore(current.date())) {
            latestGood.put(
                    url,
                    new Entry(
                            url,
                            date,
                            original.status(),
                            original.contentType(),
                            true,
                            payloadDigest,
                            original.source()));
        }
        return true;
    }

    /** The latest good capture of a URL. */
    public synchronized Optional<Entry> latestGood(String url) {
        return Optional.ofNullable(latestGood.get(url));
    }

    /** The latest good capture of every URL, sorted by URL. */
    public synchronized List<Entry> latestGoodEntries() {
        List<Entry> entries = new ArrayList<>(latestGood.values());
        entries.sort(Comparator.comparing(Entry::url));
        return entries;
    }

    /** Every URL with a good capture. */
    public synchronized Collection<String> urls() {
        return List.copyOf(latestGood.keySet());
    }

    /** Records seen (responses, resources and revisits). */
    public synchronized int records() {
        return records;
    }
}
