package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;

/** Duplicates folded by a full build stay folded through incremental updates. */
class DuplicateReindexTest {
    private static final String TEXT = "Yao Fuxin, a spokesman for laid-off workers in Liaoyang, was seized by"
            + " plainclothes police on the evening of March 17, 2002. Police told his family he was held for organizing"
            + " illegal demonstrations. Thousands of workers from the bankrupt Ferroalloy Factory had marched to demand"
            + " unpaid wages and pensions, and the crowd grew larger after his detention.";

    @TempDir
    Path root;

    private Reindexer reindexer;

    @BeforeEach
    void createReindexer() {
        reindexer = new Reindexer(
                new IndexStore(root), new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 2));
    }

    private long docs() throws IOException {
        try (var dir = FSDirectory.open(new IndexStore(root).live().orElseThrow());
                var reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private long withUrl(String url) throws IOException {
        try (var dir = FSDirectory.open(new IndexStore(root).live().orElseThrow());
                var reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Schema.ALL_URLS, url)));
        }
    }

    private static Capture page(String name, String text) {
        return ReindexerTest.page(name, 200, text);
    }

    @Test
    void fullBuildFoldsTheCopyIntoOneDocumentWithBothUrls() throws IOException {
        Reindexer.Result result = reindexer.full(
                List.of(page("a", TEXT), page("copy", TEXT), page("other", "Liu Xiaobo")),
                ArchiveIndexer.Progress.NONE);
        assertEquals(2, result.summary().indexed());
        assertEquals(2, docs());
        assertEquals(1, withUrl("corpus:pages/copy.html"), "the copy's URL finds the canonical document");
    }

    @Test
    void incrementalRunLeavesFoldedDuplicatesFolded() throws IOException {
        List<Capture> corpus = List.of(page("a", TEXT), page("copy", TEXT), page("other", "Liu Xiaobo"));
        reindexer.full(corpus, ArchiveIndexer.Progress.NONE);
        Reindexer.Result again = reindexer.incremental(corpus, ArchiveIndexer.Progress.NONE);
        assertEquals(0, again.summary().indexed());
        assertEquals(3, again.unchanged());
        assertEquals(2, docs());
    }

    @Test
    void changedCanonicalIsRegroupedWithItsDuplicates() throws IOException {
        reindexer.full(List.of(page("a", TEXT), page("copy", TEXT)), ArchiveIndexer.Progress.NONE);
        // The canonical's page changes (new markup, same text): the copy must not come back as a document of its own.
        Capture restyled = ReindexerTest.page("a", 200, TEXT + " ");
        reindexer.incremental(List.of(restyled, page("copy", TEXT)), ArchiveIndexer.Progress.NONE);
        assertEquals(1, docs());
        assertEquals(1, withUrl("corpus:pages/copy.html"));
        reindexer.incremental(List.of(restyled, page("copy", TEXT)), ArchiveIndexer.Progress.NONE);
        assertEquals(1, docs(), "and stays folded on the next run");
    }

    @Test
    void duplicateThatChangesBecomesItsOwnDocument() throws IOException {
        reindexer.full(List.of(page("a", TEXT), page("copy", TEXT)), ArchiveIndexer.Progress.NONE);
        reindexer.incremental(
                List.of(page("a", TEXT), page("copy", "An entirely different alert about Huang Qi.")),
                ArchiveIndexer.Progress.NONE);
        assertEquals(2, docs());
    }
}
