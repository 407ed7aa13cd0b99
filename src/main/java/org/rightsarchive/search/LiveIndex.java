package org.rightsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Schema;

/**
 * The live index generation of an {@link IndexStore}, always searchable. A {@link SearcherManager} serves the live
 * generation and refreshes it when an incremental update commits in place; when {@code CURRENT} names a new
 * generation, a manager over it is opened first and swapped in atomically, and the old one is closed, so queries in
 * flight finish on the searcher they hold and no query ever sees a closed or empty index.
 *
 * <p>Checks are cheap (one small file read) and happen on {@link #acquire()} at most every {@link #CHECK_EVERY_NANOS};
 * one thread does the switch while others keep using the old searcher.
 */
final class LiveIndex implements Closeable {
    static final long CHECK_EVERY_NANOS = 500_000_000L;
    private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());

    private final IndexStore store;
    private final ReentrantLock switching = new ReentrantLock();
    private final List<Directory> retired = new ArrayList<>();
    private volatile Generation current;
    private volatile long nextCheck;
    private volatile boolean closed;

    /** A generation's searcher manager. */
    private record Generation(long number, Directory directory, SearcherManager manager) {}

    /**
     * A searcher with what is computed once per reader: the facet state and ordinals, the facet values by dimension
     * and, when first asked for, the facet counts of the whole index.
     */
    static final class ArchiveSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facetState;
        final FacetOrdinals facetOrdinals;
        private final Map<String, Map<String, String>> valuesByDimension;
        private int[] wholeIndexCounts;
        private final Map<String, java.util.Set<String>> chineseNames = new java.util.concurrent.ConcurrentHashMap<>();

        ArchiveSearcher(IndexReader reader) throws IOException {
            super(reader);
            this.facetState = facetState(reader);
            this.facetOrdinals = facetState == null ? null : new FacetOrdinals(facetState);
            this.valuesByDimension = facetOrdinals == null ? Map.of() : byLowerCase(facetOrdinals.values());
            java.util.Set<String> names = new java.util.HashSet<>();
            org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader).forEach(f -> names.add(f.name));
            this.fields = java.util.Set.copyOf(names);
        }

        private final java.util.Set<String> fields;

        /** Whether some document of the index has the field: an index built by an earlier version lacks newer ones. */
        boolean hasField(String field) {
            return fields.contains(field);
        }

        /** The indexed spelling of a facet value typed in any case ({@code liaoning} gives {@code Liaoning}). */
        String canonical(String dimension, String value) {
            Map<String, String> values = valuesByDimension.get(dimension);
            if (values == null) {
                return dimension.equals(Schema.ROLE) ? value.toLowerCase(Locale.ROOT) : value;
            }
            return values.getOrDefault(value.toLowerCase(Locale.ROOT), value);
        }

        /**
         * The Chinese names, in Simplified characters, that pages of this index give the person ({@link
         * Schema#PERSON_NAME_ZH}), the one most pages write first; empty for a person only ever named in pinyin. Read
         * from the terms index once per person and reader.
         */
        java.util.Set<String> chineseNamesOf(String personId) {
            return chineseNames.computeIfAbsent(personId, this::readChineseNames);
        }

        private java.util.Set<String> readChineseNames(String personId) {
            String prefix = personId + Schema.NAME_SEPARATOR;
            org.apache.lucene.util.BytesRef start = new org.apache.lucene.util.BytesRef(prefix);
            Map<String, Integer> pages = new HashMap<>();
            try {
                for (var leaf : getIndexReader().leaves()) {
                    org.apache.lucene.index.Terms terms = leaf.reader().terms(Schema.PERSON_NAME_ZH);
                    if (terms == null) {
                        continue;
                    }
                    org.apache.lucene.index.TermsEnum te = terms.iterator();
                    if (te.seekCeil(start) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
                        continue;
                    }
                    for (var term = te.term(); term != null; term = te.next()) {
                        String value = term.utf8ToString();
                        if (!value.startsWith(prefix)) {
                            break;
                        }
                        pages.merge(value.substring(prefix.length()), te.docFreq(), Integer::sum);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("reading the Chinese names of " + personId, e);
            }
            // The most written form first: it is the one to show.
            List<String> names = new ArrayList<>(pages.keySet());
            names.sort(
                    java.util.Comparator.comparing((String n) -> -pages.get(n)).thenComparing(n -> n));
            return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names));
        }

        /** Whether some document has {@code value}, in any case, in the facet {@code dimension}. */
        boolean has(String dimension, String value) {
            Map<String, String> values = valuesByDimension.get(dimension);
            return values != null && values.containsKey(value.toLowerCase(Locale.ROOT));
        }

        /**
         * Facet counts over every document by ordinal, counted once per reader: browsing one facet value drills
         * sideways over the whole index, which costs a full count per query otherwise. Only for an index with facets.
         */
        synchronized int[] wholeIndexCounts() throws IOException {
            if (wholeIndexCounts == null) {
                wholeIndexCounts = facetOrdinals.countAll();
            }
            return wholeIndexCounts;
        }

        private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
            try {
                return new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
            } catch (IllegalArgumentException | IllegalStateException e) {
                // An empty index has no facet field yet.
                return null;
            }
        }

        private static Map<String, Map<String, String>> byLowerCase(Map<String, List<String>> values) {
            Map<String, Map<String, String>> out = new HashMap<>();
            values.forEach((dim, list) -> {
                Map<String, String> folded = new HashMap<>();
                list.forEach(v -> folded.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
                out.put(dim, folded);
            });
            return out;
        }
    }

    private static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new ArchiveSearcher(reader);
        }
    };

    private LiveIndex(IndexStore store, Generation first) {
        this.store = store;
        this.current = first;
        this.nextCheck = System.nanoTime() + CHECK_EVERY_NANOS;
    }

    static LiveIndex open(IndexStore store) throws IOException {
        return new LiveIndex(store, openGeneration(store));
    }

    private static Generation openGeneration(IndexStore store) throws IOException {
        Path dir = store.live()
                .orElseThrow(() -> new IOException("no index in " + store.root() + "; build one with ./archive index"));
        long number = store.liveGeneration();
        Directory directory = FSDirectory.open(dir);
        try {
            return new Generation(number, directory, new SearcherManager(directory, FACTORY));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A leased searcher; give it back with {@link #release(Lease)}. */
    record Lease(long generation, ArchiveSearcher searcher, SearcherManager manager) {}

    Lease acquire() throws IOException {
        if (System.nanoTime() >= nextCheck) {
            try {
                maybeSwitch();
            } catch (IOException | RuntimeException e) {
                // The query still gets an answer from the generation it has; the switch is retried later.
                LOG.log(System.Logger.Level.WARNING, "cannot open the new index generation yet: " + e.getMessage());
            }
        }
        for (int attempt = 0; ; attempt++) {
            if (closed) {
                throw new AlreadyClosedException("the search backend is closed");
            }
            Generation g = current;
            try {
                return new Lease(g.number(), (ArchiveSearcher) g.manager().acquire(), g.manager());
            } catch (AlreadyClosedException e) {
                // Swapped out between reading current and acquiring: the next read sees the new generation.
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    void release(Lease lease) throws IOException {
        lease.manager().release(lease.searcher());
    }

    long generation() {
        return current.number();
    }

    /** Checks now for a new generation or an in-place commit (normally done by {@link #acquire()}). */
    void maybeSwitch() throws IOException {
        if (!switching.tryLock()) {
            return;
        }
        try {
            nextCheck = System.nanoTime() + CHECK_EVERY_NANOS;
            if (closed) {
                return;
            }
            Generation old = current;
            long live;
            try {
                live = store.liveGeneration();
            } catch (RuntimeException e) {
                return; // a torn read of CURRENT: keep serving, look again next time
            }
            if (live != 0 && live != old.number()) {
                current = openGeneration(store);
                retire(old);
            } else {
                old.manager().maybeRefresh();
            }
        } finally {
            switching.unlock();
        }
    }

    /**
     * Closes a swapped-out generation's manager; its directory closes when the last searcher on it is released
     * (queries in flight keep it open until they finish).
     */
    private void retire(Generation old) throws IOException {
        IndexSearcher last = old.manager().acquire();
        try {
            var helper = last.getIndexReader().getReaderCacheHelper();
            if (helper != null) {
                helper.addClosedListener(key -> old.directory().close());
            } else {
                synchronized (retired) {
                    retired.add(old.directory());
                }
            }
        } finally {
            old.manager().release(last);
        }
        old.manager().close();
    }

    @Override
    public void close() throws IOException {
        switching.lock();
        try {
            closed = true;
            current.manager().close();
            current.directory().close();
            synchronized (retired) {
                for (Directory d : retired) {
                    d.close();
                }
                retired.clear();
            }
        } finally {
            switching.unlock();
        }
    }
}
