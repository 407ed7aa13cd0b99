package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Reindexer;
import org.rightsarchive.index.Schema;

class LiveIndexTest {
    @TempDir
    Path root;

    private IndexStore store;
    private Reindexer reindexer;

    @BeforeEach
    void createStore() {
        store = new IndexStore(root);
        reindexer = new Reindexer(store, new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 1));
    }

    private static Capture page(String name, String text) {
        String html = "<html><body><article><h1>" + name + "</h1><p>" + text + "</p></article></body></html>";
        return new Capture(
                "corpus:pages/" + name + ".html",
                Instant.parse("2026-01-01T00:00:00Z"),
                200,
                "text/html",
                html.getBytes(StandardCharsets.UTF_8),
                "pages/" + name + ".html");
    }

    private static long hits(LiveIndex.Lease lease, String word) throws IOException {
        return lease.searcher().count(new TermQuery(new Term(Schema.BODY_EN, word)));
    }

    @Test
    void noIndexYetIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> LiveIndex.open(store));
        assertEquals(true, e.getMessage().contains("./archive index"), e.getMessage());
    }

    @Test
    void leasedSearcherOutlivesTheSwitchToANewGeneration() throws IOException {
        reindexer.full(List.of(page("a", "alpha"), page("b", "bravo")), ArchiveIndexer.Progress.NONE);
        try (LiveIndex live = LiveIndex.open(store)) {
            LiveIndex.Lease old = live.acquire();
            reindexer.full(List.of(page("c", "tango")), ArchiveIndexer.Progress.NONE);
            live.maybeSwitch();
            assertEquals(2, live.generation());
            // The query in flight still reads the generation it started on...
            assertEquals(1, hits(old, "alpha"));
            assertEquals(2, old.searcher().getIndexReader().numDocs());
            live.release(old);
            // ...and the next one reads the new generation.
            LiveIndex.Lease next = live.acquire();
            assertEquals(0, hits(next, "alpha"));
            assertEquals(1, hits(next, "tango"));
            assertEquals(2, next.generation());
            live.release(next);
        }
    }

    @Test
    void inPlaceCommitIsPickedUpWithoutANewGeneration() throws IOException {
        reindexer.full(List.of(page("a", "alpha")), ArchiveIndexer.Progress.NONE);
        try (LiveIndex live = LiveIndex.open(store)) {
            reindexer.incremental(List.of(page("a", "alpha"), page("d", "delta")), ArchiveIndexer.Progress.NONE);
            live.maybeSwitch();
            LiveIndex.Lease lease = live.acquire();
            assertEquals(1, hits(lease, "delta"));
            assertEquals(1, lease.generation());
            live.release(lease);
        }
    }

    @Test
    void manySwitchesInARowKeepAnswering() throws IOException {
        reindexer.full(List.of(page("a", "alpha")), ArchiveIndexer.Progress.NONE);
        try (LiveIndex live = LiveIndex.open(store)) {
            for (int i = 0; i < 4; i++) {
                LiveIndex.Lease lease = live.acquire();
                reindexer.full(List.of(page("p" + i, "round" + i)), ArchiveIndexer.Progress.NONE);
                live.maybeSwitch();
                assertEquals(1, lease.searcher().getIndexReader().numDocs());
                live.release(lease);
                LiveIndex.Lease fresh = live.acquire();
                assertEquals(1, hits(fresh, "round" + i));
                live.release(fresh);
            }
            assertEquals(5, live.generation());
        }
    }

    @Test
    void closedIndexRefusesNewLeases() throws IOException {
        reindexer.full(List.of(page("a", "alpha")), ArchiveIndexer.Progress.NONE);
        LiveIndex live = LiveIndex.open(store);
        live.close();
        assertThrows(AlreadyClosedException.class, live::acquire);
    }
}
