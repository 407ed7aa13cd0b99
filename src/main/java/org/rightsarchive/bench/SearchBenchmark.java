package org.rightsarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.solr.SolrTarget;
import org.rightsarchive.search.DictionaryQueryExpander;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.search.SearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.solr.SolrSearchBackend;

/**
 * {@code bench search}: the archive's search backend (query parsing over every field, filters, drill-sideways facets,
 * snippets) against {@link PlainLuceneSearcher} on the same index and the same {@link QueryMix}, with one and with
 * two client threads. Each configuration gets the same warm-up, then a bounded number of queries or of seconds.
 * With a {@link SolrTarget} the backend measured is {@link SolrSearchBackend} over that collection (filled with the
 * same pages by {@link SolrIndexBenchmark}); the plain-Lucene baseline stays the embedded index.
 */
public final class SearchBenchmark {
    /** Target: p95 latency of the backend, facets included, under this many milliseconds. */
    public static final double TARGET_P95_MS = 50;

    private SearchBenchmark() {}

    /**
     * What to run.
     *
     * @param queries queries per configuration (cycling through the mix)
     * @param maxSeconds time limit per configuration
     * @param mixSize distinct queries in the mix
     * @param solr the SolrCloud collection to measure instead of the embedded backend, or null
     */
    public record Options(
            long docs,
            long seed,
            int queries,
            double maxSeconds,
            int mixSize,
            int indexThreads,
            String command,
            SolrTarget solr) {
        public Options {
            if (queries < 1 || mixSize < 1 || maxSeconds <= 0) {
                throw new IllegalArgumentException("queries, mix size and time limit must be positive");
            }
        }

        /** Options that measure the embedded backend. */
        public Options(
                long docs, long seed, int queries, double maxSeconds, int mixSize, int indexThreads, String command) {
            this(docs, seed, queries, maxSeconds, mixSize, indexThreads, command, null);
        }
    }

    /**
     * One configuration's figures.
     *
     * @param engine {@code backend} (embedded), {@code solr-backend} or {@code plain-lucene}
     * @param clients client threads
     * @param meanHits mean total hits per query
     */
    public record Run(String engine, int clients, LatencyStats latency, double meanHits) {}

    /** Backend figures per kind of query (one client). */
    public record KindStats(LatencyStats latency, double meanHits) {}

    /** Queries shown as the slowest of a run. */
    public static final int SLOWEST = 10;

    /**
     * One distinct query of the mix among the slowest for the backend with one client: where the tail comes from.
     *
     * @param request the query text with its filters and date ranges
     * @param runs how many times the measured rounds sent it
     * @param meanMs its mean latency over those runs
     * @param hits its total hits (estimated for a large result)
     */
    public record SlowQuery(QueryMix.Kind kind, String request, int runs, double meanMs, long hits) {}

    /**
     * The result, as written to JSON.
     *
     * @param p95Ratio backend p95 / plain-Lucene p95, one client
     * @param qpsRatio backend QPS / plain-Lucene QPS, two clients
     * @param targetMet backend p95 under {@link #TARGET_P95_MS} with one and with two clients
     */
    public record Result(
            String benchmark,
            Machine machine,
            String command,
            long docs,
            long seed,
            long indexedDocs,
            int mixSize,
            List<Run> runs,
            Map<QueryMix.Kind, KindStats> backendByKind,
            List<SlowQuery> slowestBackendQueries,
            double p95Ratio,
            double qpsRatio,
            boolean targetMet,
            String indexDir,
            List<String> notes) {}

    /** Runs the benchmark, building (or reusing) the pipeline index of the pages first. */
    public static Result run(Options o, BenchFiles files, PrintStream log) throws IOException {
        Machine machine = Machine.current();
        Path live = IndexBenchmark.ensureIndex(files, o.docs(), o.seed(), o.indexThreads(), log);
        SyntheticArchive archive = new SyntheticArchive(o.seed());
        List<QueryMix.BenchQuery> mix = QueryMix.of(archive, o.docs(), o.mixSize());
        List<Run> runs = new ArrayList<>();
        Map<QueryMix.Kind, KindStats> byKind;
        List<SlowQuery> slowest;
        long indexed;
        String backendName = o.solr() == null ? "backend" : "solr-backend";
        try (SearchBackend backend = o.solr() == null
                        ? LuceneSearchBackend.openStandard(new IndexStore(files.indexDir(o.docs(), o.seed())))
                        : SolrSearchBackend.open(o.solr(), DictionaryQueryExpander.standard());
                PlainLuceneSearcher plain = new PlainLuceneSearcher(live)) {
            indexed = backend.documentCount();
            Engine backendEngine = q -> backend.search(q.request()).total();
            Engine plainEngine = q -> plain.search(q.request());
            // Warm both once over the whole mix, so neither pays class loading and cold caches in its figures.
            measure(backendEngine, mix, 0, mix.size(), 1, o.maxSeconds(), null);
            measure(plainEngine, mix, 0, mix.size(), 1, o.maxSeconds(), null);
            byKind = new EnumMap<>(QueryMix.Kind.class);
            slowest = List.of();
            for (int clients : new int[] {1, 2}) {
                List<long[]> answers = clients == 1 ? new ArrayList<>() : null;
                Sample backendSample = Sample.EMPTY;
                Sample plainSample = Sample.EMPTY;
                // Two rounds in alternating order, the same queries for both engines in each round.
                for (int round = 0; round < 2; round++) {
                    int offset = round * (o.queries() / 2);
                    int count = round == 0 ? o.queries() / 2 : o.queries() - o.queries() / 2;
                    double limit = o.maxSeconds() / 2;
                    if (round == 0) {
                        backendSample =
                                backendSample.plus(measure(backendEngine, mix, offset, count, clients, limit, answers));
                        plainSample = plainSample.plus(measure(plainEngine, mix, offset, count, clients, limit, null));
                    } else {
                        plainSample = plainSample.plus(measure(plainEngine, mix, offset, count, clients, limit, null));
                        backendSample =
                                backendSample.plus(measure(backendEngine, mix, offset, count, clients, limit, answers));
                    }
                }
                Run b = new Run(backendName, clients, backendSample.stats(), backendSample.meanHits());
                Run p = new Run("plain-lucene", clients, plainSample.stats(), plainSample.meanHits());
                runs.add(b);
                runs.add(p);
                log.printf(
                        Locale.ROOT,
                        "bench: %d client(s): %s p95 %.1f ms %.0f q/s, plain Lucene p95 %.1f ms %.0f q/s%n",
                        clients,
                        backendName,
                        b.latency().p95Ms(),
                        b.latency().qps(),
                        p.latency().p95Ms(),
                        p.latency().qps());
                if (answers != null) {
                    byKind.putAll(statsByKind(mix, answers));
                    slowest = slowest(mix, answers);
                }
            }
        }
        Run b1 = runs.get(0);
        Run p1 = runs.get(1);
        Run b2 = runs.get(2);
        Run p2 = runs.get(3);
        List<String> notes = new ArrayList<>();
        notes.add("province + date queries filter on publication dates (every page has one)");
        if (o.solr() != null) {
            notes.add("backend: SolrCloud collection " + o.solr().collection() + " at "
                    + o.solr().solrUrls() + "; plain Lucene: the embedded index of the same pages");
        }
        byKind.forEach((kind, k) -> {
            if (k.meanHits() == 0) {
                notes.add(kind.name().toLowerCase(Locale.ROOT) + " queries matched nothing: the annotator that fills"
                        + " their field is not wired into StandardAnnotators yet");
            }
        });
        if (b1.latency().count() < o.queries()) {
            notes.add("backend runs stopped at the time limit: " + b1.latency().count() + " of " + o.queries()
                    + " queries with 1 client");
        }
        return new Result(
                "search",
                machine,
                o.command(),
                o.docs(),
                o.seed(),
                indexed,
                mix.size(),
                runs,
                byKind,
                slowest,
                b1.latency().p95Ms() / Math.max(1e-9, p1.latency().p95Ms()),
                b2.latency().qps() / Math.max(1e-9, p2.latency().qps()),
                b1.latency().p95Ms() < TARGET_P95_MS && b2.latency().p95Ms() < TARGET_P95_MS,
                files.indexDir(o.docs(), o.seed()).toString(),
                notes);
    }

    /** Runs one query and returns its total hits. */
    @FunctionalInterface
    interface Engine {
        long run(QueryMix.BenchQuery query) throws IOException;
    }

    /** Raw latencies of one measured series, so alternating rounds can be pooled before percentiles are taken. */
    record Sample(long[] latencies, long wallNanos, long hits) {
        static final Sample EMPTY = new Sample(new long[0], 0, 0);

        Sample plus(Sample other) {
            long[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            return new Sample(all, wallNanos + other.wallNanos, hits + other.hits);
        }

        LatencyStats stats() {
            return LatencyStats.of(latencies, wallNanos);
        }

        double meanHits() {
            return latencies.length == 0 ? 0 : (double) hits / latencies.length;
        }
    }

    /**
     * Sends {@code count} queries of the mix (starting at {@code offset}, cycling) from {@code clients} threads,
     * stopping early at the time limit; each answer as {mix index, latency nanos, hits} goes to {@code answers} when
     * not null.
     */
    static Sample measure(
            Engine engine,
            List<QueryMix.BenchQuery> mix,
            int offset,
            int count,
            int clients,
            double maxSeconds,
            List<long[]> answers)
            throws IOException {
        long[] latencies = new long[count];
        long[] hits = new long[count];
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients, ArchiveIndexer.namedThreads("bench-client"));
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < count) {
                        QueryMix.BenchQuery q = mix.get((offset + i) % mix.size());
                        long t = System.nanoTime();
                        hits[i] = engine.run(q);
                        latencies[i] = Math.max(1, System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a benchmark query failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        // Past the time limit some slots were never sent: keep only the answered ones.
        long[] measured = new long[count];
        long hitSum = 0;
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (latencies[i] > 0) {
                measured[k++] = latencies[i];
                hitSum += hits[i];
                if (answers != null) {
                    answers.add(new long[] {(offset + i) % mix.size(), latencies[i], hits[i]});
                }
            }
        }
        return new Sample(Arrays.copyOf(measured, k), wall, hitSum);
    }

    private static Map<QueryMix.Kind, KindStats> statsByKind(List<QueryMix.BenchQuery> mix, List<long[]> answers) {
        Map<QueryMix.Kind, KindStats> out = new EnumMap<>(QueryMix.Kind.class);
        answers.stream()
                .collect(Collectors.groupingBy(a -> mix.get((int) a[0]).kind()))
                .forEach((kind, samples) -> {
                    long[] latencies = samples.stream().mapToLong(a -> a[1]).toArray();
                    double hits =
                            samples.stream().mapToLong(a -> a[2]).average().orElse(0);
                    out.put(
                            kind,
                            new KindStats(
                                    LatencyStats.of(
                                            latencies, Arrays.stream(latencies).sum()),
                                    hits));
                });
        return out;
    }

    /** A request in a line: its text, then its filters and date ranges. */
    static String describe(SearchRequest request) {
        StringBuilder out = new StringBuilder(request.query().isEmpty() ? "(no text)" : request.query());
        request.filters()
                .forEach(
                        (dim, values) -> out.append(' ').append(dim).append('=').append(String.join(",", values)));
        range(out, "events", request.from(), request.to());
        range(out, "published", request.publishedFrom(), request.publishedTo());
        return out.toString();
    }

    private static void range(StringBuilder out, String what, LocalDate from, LocalDate to) {
        if (from != null || to != null) {
            out.append(' ').append(what).append(' ');
            out.append(from == null ? "" : from).append("..").append(to == null ? "" : to);
        }
    }

    /**
     * The {@link #SLOWEST} distinct queries with the highest mean latency, slowest first. The mix may hold one query
     * more than once (a topic drawn for two pages): its runs count together.
     */
    static List<SlowQuery> slowest(List<QueryMix.BenchQuery> mix, List<long[]> answers) {
        record Distinct(QueryMix.Kind kind, String request) {}
        return answers.stream()
                .collect(Collectors.groupingBy(a -> {
                    QueryMix.BenchQuery q = mix.get((int) a[0]);
                    return new Distinct(q.kind(), describe(q.request()));
                }))
                .entrySet()
                .stream()
                .map(e -> new SlowQuery(
                        e.getKey().kind(),
                        e.getKey().request(),
                        e.getValue().size(),
                        e.getValue().stream().mapToLong(a -> a[1]).average().orElse(0) / 1e6,
                        e.getValue().get(0)[2]))
                .sorted(Comparator.comparingDouble(SlowQuery::meanMs).reversed())
                .limit(SLOWEST)
                .toList();
    }
}
