package org.rightsarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.web.ArchiveServer;
import org.rightsarchive.web.RateLimit;
import org.rightsarchive.web.ServerConfig;

/**
 * {@code bench http}: the real server ({@link ArchiveServer} on 127.0.0.1, port 0) under a concurrent loopback load
 * from {@link HttpClient}: {@code /api/search} with the {@link QueryMix}, against the same queries answered in
 * process by the same backend with as many client threads, and against the server's trivial {@code /health} as the
 * HTTP ceiling. Bounded by a number of requests and a time limit per configuration.
 */
public final class HttpBenchmark {
    /** Target: HTTP search throughput at least half of the same queries in process. */
    public static final double TARGET_RATIO = 0.5;

    private HttpBenchmark() {}

    /**
     * What to run.
     *
     * @param clients concurrent client threads (HTTP and in process alike)
     * @param requests requests per configuration
     * @param maxSeconds time limit per configuration
     */
    public record Options(
            long docs,
            long seed,
            int clients,
            int requests,
            double maxSeconds,
            int mixSize,
            int indexThreads,
            String command) {
        public Options {
            if (clients < 1 || requests < 1 || maxSeconds <= 0 || mixSize < 1) {
                throw new IllegalArgumentException("clients, requests, time limit and mix size must be positive");
            }
        }
    }

    /**
     * One configuration's figures.
     *
     * @param target {@code in-process}, {@code http-search} or {@code http-health}
     * @param errors answers other than 200 (or failed exchanges)
     * @param meanBytes mean response body size (HTTP only)
     */
    public record Run(String target, int clients, LatencyStats latency, long errors, double meanBytes) {}

    /**
     * The result, as written to JSON.
     *
     * @param httpToInProcess HTTP search QPS / in-process QPS
     * @param searchToHealth HTTP search QPS / {@code /health} QPS
     * @param targetMet whether {@link #httpToInProcess} reaches {@link #TARGET_RATIO}
     */
    public record Result(
            String benchmark,
            Machine machine,
            String command,
            long docs,
            long seed,
            long indexedDocs,
            List<Run> runs,
            double httpToInProcess,
            double searchToHealth,
            boolean targetMet,
            List<String> notes) {}

    /** Runs the benchmark, building (or reusing) the pipeline index of the pages first. */
    public static Result run(Options o, BenchFiles files, PrintStream log) throws IOException {
        Machine machine = Machine.current();
        IndexBenchmark.ensureIndex(files, o.docs(), o.seed(), o.indexThreads(), log);
        List<QueryMix.BenchQuery> mix = QueryMix.of(new SyntheticArchive(o.seed()), o.docs(), o.mixSize());
        ExecutorService clientPool =
                Executors.newFixedThreadPool(o.clients(), ArchiveIndexer.namedThreads("bench-http"));
        try (LuceneSearchBackend backend =
                        LuceneSearchBackend.openStandard(new IndexStore(files.indexDir(o.docs(), o.seed())));
                ArchiveServer server = ArchiveServer.start(
                        ServerConfig.defaults()
                                .withHost("127.0.0.1")
                                .withPort(0)
                                // One client address sends the whole load: the per-client limit would measure itself.
                                .withRateLimit(RateLimit.OFF),
                        backend,
                        source -> Optional.empty());
                HttpClient http = HttpClient.newBuilder()
                        .executor(clientPool)
                        .connectTimeout(Duration.ofSeconds(5))
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()) {
            URI base = server.uri();
            long indexed = backend.documentCount();
            AtomicLong errors = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            SearchBenchmark.Engine inProcess = q -> backend.search(q.request()).total();
            SearchBenchmark.Engine search =
                    q -> get(http, base.resolve("api/search?" + queryString(q.request())), errors, bytes);
            URI health = base.resolve("health");
            SearchBenchmark.Engine healthCheck = q -> get(http, health, errors, bytes);
            // One warm-up pass of each over the whole mix: JIT, Jetty's threads, the client's connection pool.
            List<String> targets = List.of("in-process", "http-search", "http-health");
            List<SearchBenchmark.Engine> engines = List.of(inProcess, search, healthCheck);
            for (SearchBenchmark.Engine engine : engines) {
                SearchBenchmark.measure(engine, mix, 0, mix.size(), o.clients(), o.maxSeconds(), null);
            }
            errors.set(0);
            bytes.set(0);
            // Two rounds, the second in reverse order, pooled: each target sees early and late machine load alike.
            SearchBenchmark.Sample[] samples = {
                SearchBenchmark.Sample.EMPTY, SearchBenchmark.Sample.EMPTY, SearchBenchmark.Sample.EMPTY
            };
            long[] errorCounts = new long[3];
            long[] byteCounts = new long[3];
            for (int round = 0; round < 2; round++) {
                int count = round == 0 ? o.requests() / 2 : o.requests() - o.requests() / 2;
                for (int step = 0; step < 3; step++) {
                    int t = round == 0 ? step : 2 - step;
                    errors.set(0);
                    bytes.set(0);
                    samples[t] = samples[t].plus(SearchBenchmark.measure(
                            engines.get(t),
                            mix,
                            round * (o.requests() / 2),
                            count,
                            o.clients(),
                            o.maxSeconds() / 2,
                            null));
                    errorCounts[t] += errors.get();
                    byteCounts[t] += bytes.get();
                }
            }
            List<Run> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                long n = samples[t].latencies().length;
                runs.add(new Run(
                        targets.get(t),
                        o.clients(),
                        samples[t].stats(),
                        errorCounts[t],
                        t == 0 || n == 0 ? 0 : (double) byteCounts[t] / n));
            }
            for (Run r : runs) {
                log.printf(
                        Locale.ROOT,
                        "bench: %-12s %d clients: %.0f req/s, p95 %.1f ms, %d errors%n",
                        r.target(),
                        r.clients(),
                        r.latency().qps(),
                        r.latency().p95Ms(),
                        r.errors());
            }
            double ratio = runs.get(1).latency().qps()
                    / Math.max(1e-9, runs.get(0).latency().qps());
            List<String> notes = new ArrayList<>();
            notes.add("client and server share the machine's cores: HTTP figures include the client's own work");
            return new Result(
                    "http",
                    machine,
                    o.command(),
                    o.docs(),
                    o.seed(),
                    indexed,
                    runs,
                    ratio,
                    runs.get(1).latency().qps()
                            / Math.max(1e-9, runs.get(2).latency().qps()),
                    ratio >= TARGET_RATIO,
                    notes);
        } finally {
            clientPool.shutdownNow();
        }
    }

    private static long get(HttpClient http, URI uri, AtomicLong errors, AtomicLong bytes) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            bytes.addAndGet(response.body().length);
            return response.body().length;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The request as {@code /api/search} parameters. */
    static String queryString(SearchRequest request) {
        StringJoiner q = new StringJoiner("&");
        q.add("q=" + encode(request.query()));
        request.filters().forEach((dim, values) -> values.forEach(v -> q.add(dim + "=" + encode(v))));
        if (request.from() != null) {
            q.add("from=" + request.from());
        }
        if (request.to() != null) {
            q.add("to=" + request.to());
        }
        if (request.publishedFrom() != null) {
            q.add("publishedFrom=" + request.publishedFrom());
        }
        if (request.publishedTo() != null) {
            q.add("publishedTo=" + request.publishedTo());
        }
        q.add("page=" + request.page());
        q.add("size=" + request.size());
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
