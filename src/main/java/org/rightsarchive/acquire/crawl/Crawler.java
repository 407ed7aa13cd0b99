package org.rightsarchive.acquire.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rightsarchive.acquire.warc.HttpExchange;
import org.rightsarchive.acquire.warc.WarcArchive;
import org.rightsarchive.acquire.warc.WarcCatalog;
import org.rightsarchive.acquire.warc.WarcSession;

/**
 * A polite breadth-first crawler that writes every response into the WARC archive. One request at a time: a
 * per-host delay (the larger of the configured one and robots.txt's Crawl-delay, capped at a minute) means more
 * threads would only wait. Redirects are not followed blindly: each 3xx is recorded and its target, if in scope,
 * joins the frontier like any link.
 */
public final class Crawler {
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);
    private static final long MAX_ROBOTS_DELAY_MS = 60_000;
    private static final int MAX_SITEMAPS = 50;
    /** Content encodings the crawler undoes (a server that compresses although no Accept-Encoding asked it to). */
    private static final Set<String> ENCODINGS = Set.of("gzip", "x-gzip", "deflate");

    /** Told about each page as it is done, and the place to stop a crawl from (throw to abort). */
    @FunctionalInterface
    public interface Listener {
        /** Silence. */
        Listener NONE = (url, status, outcome, fetched, queued) -> {};

        /**
         * @param status the HTTP status, or 0 after a network failure
         * @param outcome what the archive made of it, or {@code null} for a network failure
         */
        void fetched(String url, int status, WarcSession.Outcome outcome, int fetched, int queued);
    }

    private final Path corpus;
    private final CrawlConfig config;
    private final HttpClient http;
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Long> lastRequestNanos = new HashMap<>();
    private final List<String> scopes;
    private final List<String> warnings = new ArrayList<>();
    // Sites whose robots.txt could not be fetched (network failure, 5xx, 429): nothing of theirs may be fetched
    // now, and nothing of theirs may be dropped from the frontier either.
    private final Set<String> unreachable = new java.util.HashSet<>();
    private final java.util.concurrent.ScheduledExecutorService bodyDeadlines =
            Executors.newSingleThreadScheduledExecutor(namedDaemonThreads("archive-crawler-deadline-"));

    public Crawler(Path corpus, CrawlConfig config) {
        this.corpus = corpus.toAbsolutePath().normalize();
        this.config = config;
        this.scopes = config.scopes().isEmpty()
                ? config.seeds().stream()
                        .map(Crawler::origin)
                        .map(o -> o + "/")
                        .distinct()
                        .toList()
                : config.scopes();
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .executor(Executors.newCachedThreadPool(namedDaemonThreads("archive-crawler-http-")))
                .build();
    }

    /** Problems met that did not stop the crawl (unreadable sitemaps, damaged WARC tails). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Crawls until the frontier is empty or {@link CrawlConfig#maxPages()} pages were fetched in this run. */
    public CrawlSummary run(Listener listener) throws IOException, InterruptedException {
        List<String> seeds = new ArrayList<>();
        for (URI seed : config.seeds()) {
            seeds.add(normalize(seed.toString()).orElseThrow());
        }
        CrawlState state =
                CrawlState.openOrCreate(corpus, seeds.stream().map(URI::create).toList(), scopes);
        WarcArchive archive = new WarcArchive(corpus);
        WarcCatalog catalog = archive.scan(warnings::add);
        int fetched = 0;
        int newPages = 0;
        int unchanged = 0;
        int errors = 0;
        int redirects = 0;
        int blocked = 0;
        try (WarcSession session = archive.openSession("crawl", catalog)) {
            if (!state.sitemapsRead()) {
                for (String seed : seeds) {
                    readSitemaps(seed, state, session);
                }
                if (seeds.stream().noneMatch(seed -> unreachable.contains(origin(URI.create(seed))))) {
                    state.markSitemapsRead();
                }
                state.save();
            }
            while (fetched < config.maxPages()) {
                Optional<String> next = state.peek();
                if (next.isEmpty()) {
                    break;
                }
                String url = next.get();
                BaseRobotRules rules = rulesFor(url, session);
                String site = origin(URI.create(url));
                if (unreachable.contains(site)) {
                    // robots.txt says "disallow everything" for a site that is down; that must not empty the
                    // frontier of a crawl that is only waiting for the site to come back.
                    warnings.add("stopped: " + site + "/robots.txt could not be fetched (the site is down or"
                            + " failing); the " + state.queued() + " queued pages are kept: run the same crawl"
                            + " again later");
                    break;
                }
                if (!rules.isAllowed(url)) {
                    blocked++;
                    state.done(url);
                    state.save();
                    continue;
                }
                fetched++;
                Optional<HttpExchange> exchange = fetchWithRetries(URI.create(url), session);
                WarcSession.Outcome outcome = null;
                int status = 0;
                if (exchange.isEmpty()) {
                    errors++;
                } else {
                    HttpExchange response = exchange.get();
                    status = response.status();
                    outcome = session.record(response).outcome();
                    if (status >= 300 && status < 400) {
                        redirects++;
                        String location = response.header("Location");
                        if (location != null) {
                            resolve(url, location).filter(this::inScope).ifPresent(state::offer);
                        }
                    } else if (outcome == WarcSession.Outcome.ERROR) {
                        errors++;
                    } else {
                        if (outcome == WarcSession.Outcome.NEW) {
                            newPages++;
                        } else {
                            unchanged++;
                        }
                        for (String link : links(response)) {
                            if (inScope(link)) {
                                state.offer(link);
                            }
                        }
                    }
                }
                state.done(url);
                state.save();
                listener.fetched(url, status, outcome, fetched, state.queued());
            }
            return new CrawlSummary(
                    fetched, newPages, unchanged, errors, redirects, blocked, state.queued(), session.file());
        }
    }

    /** The file the frontier of this crawl is saved in. */
    public Path stateFile() throws IOException {
        List<URI> seeds = config.seeds().stream()
                .map(s -> URI.create(normalize(s.toString()).orElseThrow()))
                .toList();
        return CrawlState.openOrCreate(corpus, seeds, scopes).file();
    }

    private void readSitemaps(String seed, CrawlState state, WarcSession session)
            throws IOException, InterruptedException {
        BaseRobotRules rules = rulesFor(seed, session);
        if (unreachable.contains(origin(URI.create(seed)))) {
            return; // read when the site is back
        }
        List<String> sitemaps = new ArrayList<>(rules.getSitemaps());
        if (sitemaps.isEmpty()) {
            sitemaps.add(origin(URI.create(seed)) + "/sitemap.xml");
        }
        SiteMapParser parser = new SiteMapParser(false);
        int read = 0;
        while (!sitemaps.isEmpty() && read < MAX_SITEMAPS) {
            String sitemapUrl = sitemaps.remove(0);
            read++;
            Optional<HttpExchange> response = fetchWithRetries(URI.create(sitemapUrl), session);
            if (response.isEmpty()) {
                continue;
            }
            session.record(response.get());
            if (response.get().status() != 200) {
                continue;
            }
            try {
                AbstractSiteMap map = parser.parseSiteMap(
                        response.get().header("Content-Type"),
                        response.get().body(),
                        URI.create(sitemapUrl).toURL());
                if (map instanceof SiteMapIndex index) {
                    for (AbstractSiteMap child : index.getSitemaps()) {
                        sitemaps.add(child.getUrl().toString());
                    }
                } else if (map instanceof SiteMap siteMap) {
                    for (SiteMapURL entry : siteMap.getSiteMapUrls()) {
                        normalize(entry.getUrl().toString())
                                .filter(this::inScope)
                                .ifPresent(state::offer);
                    }
                }
            } catch (IOException | RuntimeException | crawlercommons.sitemaps.UnknownFormatException e) {
                warnings.add("unreadable sitemap " + sitemapUrl + ": " + e.getMessage());
            }
        }
    }

    private BaseRobotRules rulesFor(String url, WarcSession session) throws IOException, InterruptedException {
        String origin = origin(URI.create(url));
        BaseRobotRules rules = robots.get(origin);
        if (rules != null) {
            return rules;
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        String robotsUrl = origin + "/robots.txt";
        Optional<HttpExchange> response = fetchWithRetries(URI.create(robotsUrl), session);
        if (response.isEmpty()) {
            rules = parser.failedFetch(503);
            unreachable.add(origin);
        } else {
            session.record(response.get());
            int status = response.get().status();
            if (status >= 500 || status == 429) {
                unreachable.add(origin);
            }
            rules = status == 200
                    ? parser.parseContent(
                            robotsUrl,
                            response.get().body(),
                            Optional.ofNullable(response.get().header("Content-Type"))
                                    .orElse("text/plain"),
                            List.of(CrawlConfig.ROBOT_NAME))
                    : parser.failedFetch(status);
        }
        robots.put(origin, rules);
        return rules;
    }

    private Optional<HttpExchange> fetchWithRetries(URI url, WarcSession session)
            throws IOException, InterruptedException {
        long backoff = config.backoff().toMillis();
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= config.retries();
            long wait = backoff << attempt;
            try {
                HttpExchange exchange = fetch(url);
                if (last || !RETRYABLE.contains(exchange.status())) {
                    return Optional.of(exchange);
                }
                session.record(exchange); // every response is archived, the retried ones too
                wait = Math.max(wait, retryAfterMillis(exchange.header("Retry-After")));
            } catch (IOException e) {
                if (last) {
                    warnings.add("failed " + url + ": " + describe(e));
                    return Optional.empty();
                }
            }
            Thread.sleep(wait);
        }
    }

    private HttpExchange fetch(URI url) throws IOException, InterruptedException {
        politeWait(url);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.requestTimeout())
                .header("User-Agent", CrawlConfig.USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        boolean truncated;
        // The request's timeout covers the wait for the headers only: a body that trickles in would hold the
        // crawl for ever. Closing the stream from another thread ends a read blocked on it.
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        InputStream in = response.body();
        long leftNanos = Math.max(1, config.requestTimeout().toNanos() - (System.nanoTime() - started));
        var deadline = bodyDeadlines.schedule(
                () -> {
                    late.set(true);
                    closeQuietly(in);
                },
                leftNanos,
                java.util.concurrent.TimeUnit.NANOSECONDS);
        try (in) {
            byte[] read = in.readNBytes(config.maxBytes() + 1);
            truncated = read.length > config.maxBytes();
            body = truncated ? java.util.Arrays.copyOf(read, config.maxBytes()) : read;
        } catch (IOException e) {
            if (late.get()) {
                throw new java.net.http.HttpTimeoutException("the page did not arrive within "
                        + config.requestTimeout().toSeconds() + " s");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
        Map<String, List<String>> headers = response.headers().map();
        String encoding = response.headers()
                .firstValue("Content-Encoding")
                .orElse("")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (!truncated && ENCODINGS.contains(encoding)) {
            // No Accept-Encoding is sent, so this server compressed unasked. Stored decoded (and the header dropped),
            // the page compares, screens and links like any other; the decoded size is capped like a body's, so a
            // small bomb cannot fill the memory.
            try (InputStream decoded = encoding.equals("deflate")
                    ? new java.util.zip.InflaterInputStream(new ByteArrayInputStream(body))
                    : new java.util.zip.GZIPInputStream(new ByteArrayInputStream(body))) {
                byte[] read = decoded.readNBytes(config.maxBytes() + 1);
                truncated = read.length > config.maxBytes();
                body = truncated ? java.util.Arrays.copyOf(read, config.maxBytes()) : read;
                headers = withoutHeaders(headers, Set.of("content-encoding", "content-length"));
            } catch (IOException undecodable) {
                // kept as received: archived, and its text is not read
            }
        }
        return new HttpExchange(
                url, Instant.now(), CrawlConfig.USER_AGENT, response.statusCode(), headers, body, truncated);
    }

    private void politeWait(URI url) throws InterruptedException {
        String host = origin(url);
        long delayMs = config.delay().toMillis();
        BaseRobotRules rules = robots.get(host);
        if (rules != null && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
            delayMs = Math.max(delayMs, Math.min(rules.getCrawlDelay(), MAX_ROBOTS_DELAY_MS));
        }
        Long last = lastRequestNanos.get(host);
        if (last != null) {
            long waitMs = delayMs - (System.nanoTime() - last) / 1_000_000;
            if (waitMs > 0) {
                Thread.sleep(waitMs);
            }
        }
        lastRequestNanos.put(host, System.nanoTime());
    }

    private static List<String> links(HttpExchange response) {
        String type =
                Optional.ofNullable(response.header("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
        if (!(type.contains("html") || type.isEmpty())) {
            return List.of();
        }
        String url = response.target().toString();
        Document doc;
        try {
            // Only the (ASCII) hrefs are needed here; jsoup reads a BOM or meta charset itself.
            doc = Jsoup.parse(new ByteArrayInputStream(response.body()), null, url);
        } catch (IOException e) {
            return List.of();
        }
        List<String> links = new ArrayList<>();
        for (Element a : doc.select("a[href], area[href], link[rel=alternate][href]")) {
            resolve(url, a.attr("href")).ifPresent(links::add);
        }
        return links;
    }

    private boolean inScope(String url) {
        for (String scope : scopes) {
            if (url.startsWith(scope)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> resolve(String base, String href) {
        try {
            URI resolved = new URI(base).resolve(new URI(href.strip().replace(" ", "%20")));
            return normalize(resolved.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Lower-case scheme and host, no default port, no fragment, {@code /} for an empty path; http(s) only. */
    static Optional<String> normalize(String url) {
        try {
            URI u = new URI(url).normalize();
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                return Optional.empty();
            }
            int port = u.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            StringBuilder out =
                    new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
            if (port >= 0) {
                out.append(':').append(port);
            }
            out.append(path);
            if (u.getRawQuery() != null) {
                out.append('?').append(u.getRawQuery());
            }
            return Optional.of(out.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String describe(Throwable e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused or unreachable" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Map<String, List<String>> withoutHeaders(Map<String, List<String>> headers, Set<String> names) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (name == null || !names.contains(name.toLowerCase(Locale.ROOT))) {
                out.put(name, values);
            }
        });
        return out;
    }

    /**
     * How long a 429 or 503 asks to wait: {@code Retry-After} in seconds or as an HTTP date, at most a minute (as
     * robots.txt's Crawl-delay); 0 when absent or unreadable.
     */
    static long retryAfterMillis(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        String value = header.strip();
        long millis;
        try {
            millis = Long.parseLong(value) * 1000;
        } catch (NumberFormatException notSeconds) {
            try {
                millis = java.time.Duration.between(
                                Instant.now(),
                                java.time.ZonedDateTime.parse(
                                        value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME))
                        .toMillis();
            } catch (java.time.format.DateTimeParseException notADate) {
                return 0;
            }
        }
        return Math.max(0, Math.min(millis, MAX_ROBOTS_DELAY_MS));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the stream closed either way
        }
    }

    private static java.util.concurrent.ThreadFactory namedDaemonThreads(String prefix) {
        java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
