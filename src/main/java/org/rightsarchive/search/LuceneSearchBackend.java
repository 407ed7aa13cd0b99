package org.rightsarchive.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.DocumentMapper;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Schema;

/**
 * The embedded search engine: Lucene over the live generation of an {@link IndexStore}.
 *
 * <p>A query runs over every text field with that field's analysis (English, Chinese words, Chinese bigrams; see
 * {@link ArchiveQueryParser} for the syntax), ANDed with the request's filters: the values of one dimension are
 * ORed, dimensions ANDed, dates are point ranges. Facet counts are drill-sideways: the counts of a dimension the
 * request filters on ignore that dimension's own filter, so a user sees what choosing another value would give.
 * Every query has a time limit; a search that runs out of time answers with what it found and {@code partial}
 * set. In a large index, a query matching more than a few tens of thousands of pages has its total and facet counts
 * estimated from a sample, and {@code estimated} set: counting each match is what such a query would spend its time
 * on (see {@link Sampling}); its hits are the best ones all the same.
 *
 * <p>Thread-safe; the segments of one query are searched in parallel on a pool of one thread per core. Rebuilds are
 * picked up without a restart: see {@link LiveIndex}.
 */
public final class LuceneSearchBackend implements SearchBackend {
    /** Default time limit of one query. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** Most values returned per facet dimension (the year histogram returns every year). */
    public static final int FACET_VALUES = 100;

    private static final int EXPORT_BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HIT_FIELDS =
            Set.of(Schema.ID, Schema.TITLE, Schema.URL, Schema.PUBLISHED, Schema.LANGUAGE, Schema.ANNOTATIONS);
    private static final Sort BY_DATE = new Sort(latestEvent(), newestPublished());
    private static final Sort BY_PUBLISHED = new Sort(newestPublished(), latestEvent());

    private final LiveIndex index;
    private final QueryExpander expander;
    private final Supplier<QueryTimeout> timeouts;
    private final Sampling sampling;
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    // Segments are searched in parallel: on a large archive one query's latency falls with the cores.
    private final ExecutorService segmentThreads = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), ArchiveIndexer.namedThreads("search-segments"));

    private LuceneSearchBackend(
            LiveIndex index, QueryExpander expander, Supplier<QueryTimeout> timeouts, Sampling sampling) {
        this.index = index;
        this.expander = Objects.requireNonNull(expander, "expander");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.sampling = Objects.requireNonNull(sampling, "sampling");
    }

    /**
     * Opens the live generation of {@code store}, with no query expansion and the default time limit.
     *
     * @throws IOException if there is no live index yet, or it cannot be read
     */
    public static LuceneSearchBackend open(IndexStore store) throws IOException {
        return open(store, QueryExpander.NONE, DEFAULT_TIMEOUT);
    }

    /**
     * Opens the live generation of {@code store} as the archive serves it: cross-script expansion through the
     * gazetteer, person names and taxonomy ({@link DictionaryQueryExpander}) and the default time limit.
     */
    public static LuceneSearchBackend openStandard(IndexStore store) throws IOException {
        return open(store, DictionaryQueryExpander.standard(), DEFAULT_TIMEOUT);
    }

    /** Opens the live generation of {@code store} with a query expander and a per-query time limit. */
    public static LuceneSearchBackend open(IndexStore store, QueryExpander expander, Duration timeout)
            throws IOException {
        long millis = timeout.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException("timeout must be at least a millisecond: " + timeout);
        }
        return open(store, expander, () -> new QueryTimeoutImpl(millis));
    }

    /** Opens with a source of per-query time limits (each query asks for a fresh one when it starts). */
    static LuceneSearchBackend open(IndexStore store, QueryExpander expander, Supplier<QueryTimeout> timeouts)
            throws IOException {
        return new LuceneSearchBackend(LiveIndex.open(store), expander, timeouts, Sampling.STANDARD);
    }

    /** Opens with no query expansion, the default time limit and its own sampling of large results. */
    public static LuceneSearchBackend open(IndexStore store, Sampling sampling) throws IOException {
        long millis = DEFAULT_TIMEOUT.toMillis();
        return new LuceneSearchBackend(
                LiveIndex.open(store), QueryExpander.NONE, () -> new QueryTimeoutImpl(millis), sampling);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        LiveIndex.Lease lease = index.acquire();
        try {
            LiveIndex.ArchiveSearcher base = lease.searcher();
            Query text = textQuery(request.query(), base);
            Query filtered = withRangesAndRoles(text, request, base);
            DrillDownQuery drill = drillDown(filtered, request, base, null);
            // The clock starts once the query is built: a cold analyzer's one-time set-up is not the query's cost.
            IndexSearcher searcher = timed(base);
            // Never more slots than documents: a deep page of a small index must not allocate a huge queue.
            int wanted = Math.max(
                    1,
                    Math.min(
                            request.page() * request.size(),
                            base.getIndexReader().maxDoc()));
            Sort sort = sortOf(request.sort());
            boolean everything =
                    unconstrained(text, request) && request.filters().isEmpty();
            DocBlockSample sample = sampling.sampleFor(base.getIndexReader().maxDoc(), sampleSeed(request));
            Estimate estimate = everything ? null : estimate(searcher, drill, sample);
            ScoreDoc[] all;
            long total;
            FacetsCollector counted;
            if (everything) {
                // Browsing the whole archive: its counts are the index's own, counted once per reader.
                all = topDocs(searcher, drill, sort, wanted);
                total = base.getIndexReader().numDocs();
                counted = null;
            } else if (estimate == null) {
                FacetsCollectorManager.FacetsResult main = sort == null
                        ? FacetsCollectorManager.search(searcher, drill, wanted, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, drill, wanted, sort, new FacetsCollectorManager());
                all = main.topDocs().scoreDocs;
                total = totalHits(main.facetsCollector());
                counted = main.facetsCollector();
            } else {
                all = topDocs(searcher, drill, sort, wanted);
                total = estimate.total();
                counted = estimate.matches();
            }
            int from = Math.min(all.length, (request.page() - 1) * request.size());
            int to = Math.min(all.length, from + request.size());
            List<SearchResult.Hit> hits = hits(searcher, text, Arrays.copyOfRange(all, from, to));
            FacetCounts facets = facets(searcher, base, text, filtered, request, counted, estimate, sample);
            return new SearchResult(
                    total, hits, facets.byDimension(), searcher.timedOut(), estimate != null || facets.estimated());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(
                    "query is too complex (it expands to more than " + IndexSearcher.getMaxClauseCount()
                            + " clauses); use fewer or longer wildcard terms",
                    e);
        } finally {
            index.release(lease);
        }
    }

    @Override
    public void export(SearchRequest request, Consumer<SearchResult.Hit> sink) throws IOException {
        LiveIndex.Lease lease = index.acquire();
        try {
            LiveIndex.ArchiveSearcher base = lease.searcher();
            Query text = textQuery(request.query(), base);
            Query query = drillDown(withRangesAndRoles(text, request, base), request, base, null);
            Sort sort = sortOf(request.sort());
            ScoreDoc after = null;
            while (true) {
                IndexSearcher searcher = timed(base);
                TopDocs page = sort == null
                        ? searcher.searchAfter(after, query, EXPORT_BATCH)
                        : searcher.searchAfter(after, query, EXPORT_BATCH, sort, false);
                if (searcher.timedOut()) {
                    throw new IOException("export stopped: a batch of hits ran out of time");
                }
                if (page.scoreDocs.length == 0) {
                    return;
                }
                hits(searcher, text, page.scoreDocs).forEach(sink);
                after = page.scoreDocs[page.scoreDocs.length - 1];
                if (page.scoreDocs.length < EXPORT_BATCH) {
                    return;
                }
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query is too complex; use fewer or longer wildcard terms", e);
        } finally {
            index.release(lease);
        }
    }

    @Override
    public SearchRequest asIndexed(SearchRequest request) throws IOException {
        LiveIndex.Lease lease = index.acquire();
        try {
            LiveIndex.ArchiveSearcher base = lease.searcher();
            return FilterValues.asIndexed(request, (dim, v) -> filterValue(base, dim, v));
        } finally {
            index.release(lease);
        }
    }

    @Override
    public java.util.Set<String> chineseNamesOf(String personId) throws IOException {
        LiveIndex.Lease lease = index.acquire();
        try {
            return lease.searcher().chineseNamesOf(personId);
        } finally {
            index.release(lease);
        }
    }

    @Override
    public Optional<StoredDocument> document(String id) throws IOException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        LiveIndex.Lease lease = index.acquire();
        try {
            IndexSearcher searcher = lease.searcher();
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
            List<String> otherUrls = Arrays.stream(d.getValues(Schema.ALL_URLS)).toList();
            IndexableField fetched = d.getField(Schema.FETCHED);
            return Optional.of(new StoredDocument(
                    d.get(Schema.ID),
                    d.get(Schema.URL),
                    otherUrls,
                    d.get(Schema.TITLE),
                    d.get(Schema.PUBLISHED),
                    d.get(Schema.LANGUAGE),
                    d.get(Schema.BODY),
                    d.get(Schema.SOURCE),
                    fetched == null ? 0 : fetched.numericValue().longValue(),
                    annotations(d),
                    translations(d)));
        } finally {
            index.release(lease);
        }
    }

    @Override
    public long documentCount() throws IOException {
        LiveIndex.Lease lease = index.acquire();
        try {
            return lease.searcher().getIndexReader().numDocs();
        } finally {
            index.release(lease);
        }
    }

    @Override
    public long generation() {
        return index.generation();
    }

    /** Looks for a new generation or an in-place commit now, instead of at the next check. */
    public void refresh() throws IOException {
        index.maybeSwitch();
    }

    @Override
    public void close() throws IOException {
        segmentThreads.shutdown();
        index.close();
    }

    private IndexSearcher timed(IndexSearcher base) {
        IndexSearcher searcher = new IndexSearcher(base.getIndexReader(), segmentThreads);
        searcher.setSimilarity(base.getSimilarity());
        searcher.setTimeout(timeouts.get());
        return searcher;
    }

    /** A filter value as this index holds it ({@link FilterValues}). */
    private String filterValue(LiveIndex.ArchiveSearcher base, String dimension, String typed) {
        return FilterValues.resolve(dimension, typed, base::has, base::canonical, expander);
    }

    private Query textQuery(String text, LiveIndex.ArchiveSearcher base) {
        if (text.isEmpty() || text.equals("*") || text.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        QueryExpander forThisIndex = expander.withPeopleIn(id -> base.has(Schema.PERSON, id), base::chineseNamesOf);
        Query parsed = new ArchiveQueryParser(forThisIndex, (dim, v) -> filterValue(base, dim, v)).parseUserQuery(text);
        return parsed == null ? new MatchNoDocsQuery("the query has no searchable words") : parsed;
    }

    private Query withRangesAndRoles(Query text, SearchRequest request, LiveIndex.ArchiveSearcher base) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (request.from() != null || request.to() != null) {
            all.add(eventsMeeting(request.from(), request.to()), BooleanClause.Occur.FILTER);
        }
        if (request.publishedFrom() != null || request.publishedTo() != null) {
            all.add(
                    dayRange(Schema.PUBLISHED, request.publishedFrom(), request.publishedTo()),
                    BooleanClause.Occur.FILTER);
        }
        List<String> roles = request.filters().getOrDefault(Schema.ROLE, List.of());
        if (!roles.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String term : FilterValues.roleTerms(request, (dim, v) -> filterValue(base, dim, v))) {
                int slash = term.indexOf('/');
                if (slash < 0 || !base.hasField(Schema.PERSON_ROLE)) {
                    // An index built before person_role: the person filter and the role, as it then meant.
                    any.add(
                            new TermQuery(new Term(Schema.ROLE, term.substring(slash + 1))),
                            BooleanClause.Occur.SHOULD);
                } else {
                    any.add(new TermQuery(new Term(Schema.PERSON_ROLE, term)), BooleanClause.Occur.SHOULD);
                }
            }
            all.add(any.build(), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /**
     * Pages with an event that may have happened between the two days: its span meets the range. An event dated
     * 1995 is found by a filter on May 1995. A document indexed before spans were ({@link Schema#EVENT_SPAN}) is
     * still found by its events' first days.
     */
    private static Query eventsMeeting(LocalDate from, LocalDate to) {
        long first = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long last = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return new BooleanQuery.Builder()
                .add(
                        LongRange.newIntersectsQuery(Schema.EVENT_SPAN, new long[] {first}, new long[] {last}),
                        BooleanClause.Occur.SHOULD)
                .add(dayRange(Schema.EVENT_DATE, from, to), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query dayRange(String field, LocalDate from, LocalDate to) {
        return LongPoint.newRangeQuery(
                field,
                from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    /** The filtered query drilled down on every facet filter of the request except {@code skipDimension}. */
    private DrillDownQuery drillDown(
            Query base, SearchRequest request, LiveIndex.ArchiveSearcher searcher, String skipDimension) {
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
        request.filters().forEach((dim, values) -> {
            if (!dim.equals(Schema.ROLE) && !dim.equals(skipDimension)) {
                // Adding a dimension again ORs the value with the earlier ones.
                values.forEach(v -> drill.add(dim, filterValue(searcher, dim, v)));
            }
        });
        return drill;
    }

    /** The Lucene sort of a request; {@code null} for relevance. */
    private static Sort sortOf(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> null;
            case DATE -> BY_DATE;
            case PUBLISHED -> BY_PUBLISHED;
        };
    }

    private static SortField latestEvent() {
        return missingLast(new SortedNumericSortField(
                Schema.EVENT_DATE, SortField.Type.LONG, true, SortedNumericSelector.Type.MAX));
    }

    private static SortField newestPublished() {
        return missingLast(new SortField(Schema.PUBLISHED, SortField.Type.LONG, true));
    }

    private static SortField missingLast(SortField field) {
        field.setMissingValue(Long.MIN_VALUE);
        return field;
    }

    /**
     * Where a search estimates: above {@code exactLimit} matches in an index with at least twice {@code
     * sampledDocs} documents, the total and the facet counts are those of a sample of about {@code sampledDocs}
     * documents, in runs of {@code block} (see {@link DocBlockSample}), scaled up.
     *
     * @param block document ids per sampled run
     * @param sampledDocs about how many documents the sample holds
     * @param exactLimit most matches counted exactly
     */
    public record Sampling(int block, int sampledDocs, long exactLimit) {
        /** Exact up to 20,000 matches, or in an index under 200,000 documents. */
        public static final Sampling STANDARD = new Sampling(DocBlockSample.BLOCK, 100_000, 20_000);

        public Sampling {
            if (block < 1 || sampledDocs < 1 || exactLimit < 0) {
                throw new IllegalArgumentException(
                        "sampling needs a positive block and sample size and a limit of at least 0");
            }
        }

        /** The sample of an index of {@code maxDoc} documents; {@code null} when it is small enough to count. */
        DocBlockSample sampleFor(int maxDoc, long seed) {
            int every = maxDoc / sampledDocs;
            return every < 2 ? null : new DocBlockSample(block, every, (int) Math.floorMod(seed, (long) every));
        }
    }

    /**
     * The best hits without counting the matches: the total comes from elsewhere (the sample, or the index itself),
     * so the search may skip every document that cannot enter the top ones from the first hits on. Counting the
     * first thousand exactly first, as it used to, made the top-k search of a large query about a tenth slower, for
     * a count nobody read; the hits are the same.
     */
    private static ScoreDoc[] topDocs(IndexSearcher searcher, Query query, Sort sort, int wanted) throws IOException {
        return sort == null
                ? searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted)).scoreDocs
                : searcher.search(query, new TopFieldCollectorManager(sort, wanted, wanted)).scoreDocs;
    }

    /** A large result: its matches among the sample, their scale, and its total (exact when that is cheap). */
    private record Estimate(FacetsCollector matches, double scale, long total) {}

    /** An estimate when the query matches more than the exact limit; {@code null} when it is counted exactly. */
    private Estimate estimate(IndexSearcher searcher, Query query, DocBlockSample sample) throws IOException {
        if (sample == null) {
            return null;
        }
        int maxDoc = searcher.getIndexReader().maxDoc();
        FacetsCollector matches = searcher.search(inSample(query, sample), new FacetsCollectorManager());
        double scale = (double) maxDoc / sample.sampledDocs(maxDoc);
        long total = Math.round(totalHits(matches) * scale);
        if (total <= sampling.exactLimit()) {
            return null;
        }
        long exact = cheapCount(searcher, query);
        return new Estimate(matches, scale, exact >= 0 ? exact : total);
    }

    /** The exact count when the index answers it without visiting the matches (all pages, one term); else -1. */
    private static long cheapCount(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int inLeaf = weight.count(leaf);
            if (inLeaf < 0) {
                return -1;
            }
            count += inLeaf;
        }
        return count;
    }

    private static Query inSample(Query query, DocBlockSample sample) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(sample, BooleanClause.Occur.FILTER)
                .build();
    }

    private static long totalHits(FacetsCollector collector) {
        return collector.getMatchingDocs().stream()
                .mapToLong(FacetsCollector.MatchingDocs::totalHits)
                .sum();
    }

    /** The counts of every facet dimension, and whether some are estimates. */
    private record FacetCounts(Map<String, List<SearchResult.FacetCount>> byDimension, boolean estimated) {}

    /**
     * Counts of every facet dimension: from the main result for dimensions the request does not filter on, and for
     * each filtered dimension from the query with every filter but its own (drill-sideways). A count over a large
     * result (the main one with an estimate, or a sideways one matching many more) is made on the sample and scaled.
     */
    private FacetCounts facets(
            IndexSearcher searcher,
            LiveIndex.ArchiveSearcher base,
            Query text,
            Query filtered,
            SearchRequest request,
            FacetsCollector counted,
            Estimate estimate,
            DocBlockSample sample)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        if (base.facetState == null) {
            Schema.FACETS.forEach(dim -> out.put(dim, List.of()));
            return new FacetCounts(out, false);
        }
        boolean estimated = false;
        double scale = estimate == null ? 1 : estimate.scale();
        int[] mainCounts = null;
        for (String dim : Schema.FACETS) {
            // The year histogram is drill-sideways over the event-date range, which choosing a year sets.
            boolean yearsBeside = dim.equals(Schema.YEAR) && (request.from() != null || request.to() != null);
            SearchRequest own = yearsBeside ? request.withEventDates(null, null) : request;
            if (wholeIndex(dim, text, own)) {
                out.put(dim, counts(base, base.wholeIndexCounts(), dim, 1));
            } else if (request.filters().containsKey(dim) || yearsBeside) {
                Query sideways =
                        drillDown(yearsBeside ? withRangesAndRoles(text, own, base) : filtered, own, base, dim);
                Estimate others = estimate(searcher, sideways, sample);
                FacetsCollector matches =
                        others == null ? searcher.search(sideways, new FacetsCollectorManager()) : others.matches();
                estimated |= others != null;
                out.put(dim, counts(base, base.facetOrdinals.count(matches), dim, others == null ? 1 : others.scale()));
            } else {
                if (mainCounts == null) {
                    mainCounts = base.facetOrdinals.count(counted);
                }
                out.put(dim, counts(base, mainCounts, dim, scale));
            }
        }
        return new FacetCounts(out, estimated);
    }

    /** The same request samples the same documents, so its estimates do not change from page to page. */
    private static long sampleSeed(SearchRequest request) {
        return Objects.hash(
                request.query(),
                request.filters(),
                request.from(),
                request.to(),
                request.publishedFrom(),
                request.publishedTo());
    }

    /**
     * Whether the counts of {@code dim} are the whole index's: nothing constrains the request but, at most, a filter
     * on {@code dim} itself, which its own (drill-sideways) counts ignore.
     */
    private static boolean wholeIndex(String dim, Query text, SearchRequest request) {
        return unconstrained(text, request)
                && Set.of(dim).containsAll(request.filters().keySet());
    }

    /** Whether no text and no date range constrain the request (facet filters aside). */
    private static boolean unconstrained(Query text, SearchRequest request) {
        return text instanceof MatchAllDocsQuery
                && request.from() == null
                && request.to() == null
                && request.publishedFrom() == null
                && request.publishedTo() == null;
    }

    /** One dimension's values in {@code counts}: the year histogram in full, year by year, other dimensions' top. */
    private static List<SearchResult.FacetCount> counts(
            LiveIndex.ArchiveSearcher base, int[] counts, String dim, double scale) {
        if (dim.equals(Schema.YEAR)) {
            List<SearchResult.FacetCount> years = new ArrayList<>(base.facetOrdinals.all(counts, dim, scale));
            years.sort(Comparator.comparing(SearchResult.FacetCount::value));
            return years;
        }
        return base.facetOrdinals.top(counts, dim, FACET_VALUES, scale);
    }

    private static List<SearchResult.Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>(page.length);
        List<String> languages = new ArrayList<>(page.length);
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
            Document d = stored.document(page[i].doc, HIT_FIELDS);
            docs.add(d);
            languages.add(Objects.requireNonNullElse(d.get(Schema.LANGUAGE), "und"));
        }
        List<String> snippets = Snippets.highlight(searcher, text, ids, languages);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = docs.get(i);
            Annotations a = annotations(d);
            hits.add(new SearchResult.Hit(
                    d.get(Schema.ID),
                    Objects.requireNonNullElse(d.get(Schema.TITLE), ""),
                    d.get(Schema.URL),
                    d.get(Schema.PUBLISHED),
                    languages.get(i),
                    snippets.get(i),
                    Float.isNaN(page[i].score) ? 0f : page[i].score,
                    a.topics(),
                    a.people(),
                    a.places(),
                    a.events()));
        }
        return hits;
    }

    private static Annotations annotations(Document d) {
        String json = d.get(Schema.ANNOTATIONS);
        return json == null ? Annotations.EMPTY : DocumentMapper.annotationsFromJson(json);
    }

    private static Map<String, String> translations(Document d) {
        return DocumentMapper.translationsFromJson(d.get(Schema.TRANSLATIONS));
    }
}
