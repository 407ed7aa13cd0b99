package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;

/** Indexes a batch of hostile pages between good ones: each is bounded, reported with a reason, and the rest lands. */
class HostileCorpusIndexingTest {
    private static final long SEED = 20261201L;

    @TempDir
    static Path tmp;

    static IndexSummary summary;
    static Path indexDir;
    static final List<Capture> GOOD = List.of(
            HostileCorpus.goodPage("good-liaoyang", "Yao Fuxin was detained in Liaoyang on March 17, 2002."),
            HostileCorpus.goodPage("good-beijing", "Liu Xiaobo was detained in Beijing on December 8, 2008."));

    @BeforeAll
    @Timeout(240)
    static void indexHostileBatch() throws Exception {
        System.out.println("HostileCorpusIndexingTest seed=" + SEED);
        indexDir = tmp.resolve("index");
        ArchiveIndexer indexer = new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 2);
        summary = indexer.rebuild(HostileCorpus.withGoodPages(SEED, GOOD), indexDir, ArchiveIndexer.Progress.NONE);
        System.out.println(summary.line());
        summary.skipped().forEach(p -> System.out.println("skipped " + p.source() + ": " + p.reason()));
        summary.failed().forEach(p -> System.out.println("failed " + p.source() + ": " + p.reason()));
    }

    private static Map<String, String> problems() {
        Map<String, String> out = new HashMap<>();
        summary.skipped().forEach(p -> out.put(p.source(), p.reason()));
        summary.failed().forEach(p -> out.put(p.source(), p.reason()));
        return out;
    }

    @Test
    void goodPagesAreIndexedDespiteTheHostileOnes() throws Exception {
        try (var dir = FSDirectory.open(indexDir);
                var reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Capture good : GOOD) {
                String id = ArchiveDocument.idFor(good.url());
                assertEquals(1, searcher.count(new TermQuery(new Term(Schema.ID, id))), good.source());
            }
        }
    }

    @Test
    void everyCaptureIsAccountedFor() {
        int total = HostileCorpus.pages(SEED).size() + GOOD.size();
        assertEquals(
                total,
                summary.indexed() + summary.skipped().size() + summary.failed().size(),
                summary.line());
    }

    @Test
    void oversizedPageIsSkippedWithItsSize() {
        String reason = problems().get("hostile/fifty-megabytes.html");
        assertTrue(reason != null && reason.contains("too large"), String.valueOf(reason));
    }

    @Test
    void binaryAndGzipPayloadsAreSkippedAsNotText() {
        for (String name : List.of("binary", "gzip-bomb")) {
            String reason = problems().get("hostile/" + name + ".html");
            assertTrue(reason != null && reason.contains("not text"), name + ": " + reason);
        }
    }

    @Test
    void emptyPagesAreSkippedAsHavingNoText() {
        for (String name : List.of("empty", "whitespace")) {
            String reason = problems().get("hostile/" + name + ".html");
            assertTrue(reason != null && reason.contains("no main text"), name + ": " + reason);
        }
    }

    @Test
    void nothingFailsWithoutAReason() {
        for (IndexSummary.Problem p : summary.failed()) {
            assertFalse(p.reason().isBlank(), p.source());
        }
    }

    @Test
    void recoverablePagesAreIndexed() {
        Map<String, String> problems = problems();
        for (String name : List.of("truncated", "nested", "wrong-charset", "absent-charset-big5", "mixed-encodings")) {
            assertFalse(
                    problems.containsKey("hostile/" + name + ".html"),
                    name + ": " + problems.get("hostile/" + name + ".html"));
        }
    }
}
