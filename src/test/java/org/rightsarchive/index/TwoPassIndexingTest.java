package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.OnDemandCaptures;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;

/**
 * An archive larger than the indexer's page limit is indexed in two passes that keep only fingerprints between them;
 * duplicates still fold across the whole archive, into the same documents as one pass makes.
 */
class TwoPassIndexingTest {
    private static final long SEED = 8;
    private static final int ALERTS = 8;
    private static final List<String> WORDS = List.of(
            "police",
            "detained",
            "lawyer",
            "court",
            "village",
            "petition",
            "family",
            "released",
            "sentenced",
            "officials",
            "land",
            "workers",
            "protest",
            "factory",
            "wages",
            "province",
            "county",
            "letter",
            "prison",
            "trial",
            "charges",
            "subversion",
            "hearing",
            "appeal",
            "visit",
            "house",
            "arrest",
            "guards",
            "school",
            "church",
            "pastor",
            "mother",
            "daughter",
            "teacher",
            "journalist",
            "website",
            "blog",
            "article",
            "night",
            "morning",
            "office",
            "station",
            "hospital",
            "doctor",
            "medicine",
            "hunger",
            "strike",
            "bank",
            "compensation",
            "demolition",
            "road",
            "river",
            "mine",
            "farm",
            "market",
            "street",
            "bus",
            "train",
            "airport",
            "border");

    @TempDir
    Path tmp;

    /** {@code count} words drawn at random, as one alert's text. */
    private static String alert(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.append('.').toString();
    }

    /**
     * Alerts, each followed much later by an exact copy and by a near copy (the last word changed), so that with a
     * small page limit every copy lands in a different part of the archive than its original.
     */
    private static List<Capture> archiveWithScatteredCopies() {
        System.out.println("TwoPassIndexingTest seed " + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            texts.add(alert(random, 120));
        }
        List<Capture> captures = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            captures.add(ReindexerTest.page("alert" + i, 200, texts.get(i)));
        }
        for (int i = 0; i < ALERTS; i++) {
            captures.add(ReindexerTest.page("copy" + i, 200, texts.get(i)));
        }
        for (int i = 0; i < ALERTS; i++) {
            String[] words = texts.get(i).split(" ");
            words[words.length - 1] = "tribunal.";
            captures.add(ReindexerTest.page("near" + i, 200, String.join(" ", words)));
        }
        captures.add(ReindexerTest.page("different", 200, alert(random, 120)));
        return captures;
    }

    private static ArchiveIndexer indexer(int pagesInMemory) {
        return new ArchiveIndexer(
                new PageExtractor(), StandardAnnotators.create(), 2, CaptureScreen.defaults(), pagesInMemory);
    }

    /** Id to the sorted ids folded into it, of every document the indexer wrote. */
    private Map<String, List<String>> index(ArchiveIndexer indexer, List<Capture> captures, String name)
            throws IOException {
        Path dir = tmp.resolve(name);
        try (Directory directory = FSDirectory.open(dir);
                IndexWriter writer = ArchiveIndexer.openWriter(directory, IndexWriterConfig.OpenMode.CREATE)) {
            IndexSummary summary = indexer.add(captures, writer, ArchiveIndexer.Progress.NONE);
            assertTrue(summary.failed().isEmpty(), summary.failed().toString());
            writer.commit();
        }
        Map<String, List<String>> folded = new TreeMap<>();
        try (Directory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    Document d = stored.document(doc, Set.of(Schema.ID, Schema.FOLDED));
                    List<String> ids = Arrays.stream(d.getValues(Schema.FOLDED))
                            .map(v -> v.substring(0, v.indexOf(' ')))
                            .sorted()
                            .toList();
                    folded.put(d.get(Schema.ID), ids);
                }
            }
        }
        return folded;
    }

    /** A list that counts how often each capture is read. */
    private static final class CountingList extends AbstractList<Capture> {
        private final List<Capture> captures;
        private final AtomicIntegerArray reads;

        CountingList(List<Capture> captures) {
            this.captures = captures;
            this.reads = new AtomicIntegerArray(captures.size());
        }

        @Override
        public Capture get(int index) {
            reads.incrementAndGet(index);
            return captures.get(index);
        }

        @Override
        public int size() {
            return captures.size();
        }

        int reads(int index) {
            return reads.get(index);
        }
    }

    @Test
    void foldsDuplicatesThatFallInDifferentParts() throws IOException {
        List<Capture> archive = archiveWithScatteredCopies();
        Map<String, List<String>> twoPasses = index(indexer(3), archive, "two-passes");
        assertEquals(ALERTS + 1, twoPasses.size(), twoPasses.toString());
        for (int i = 0; i < ALERTS; i++) {
            String original = ArchiveDocument.idFor("corpus:pages/alert" + i + ".html");
            String copy = ArchiveDocument.idFor("corpus:pages/copy" + i + ".html");
            String near = ArchiveDocument.idFor("corpus:pages/near" + i + ".html");
            List<String> members = new ArrayList<>(List.of(original, copy, near));
            members.removeIf(twoPasses::containsKey);
            assertEquals(2, members.size(), "one of alert" + i + "'s three copies is indexed: " + twoPasses);
        }
    }

    @Test
    void twoPassesMakeTheSameDocumentsAsOne() throws IOException {
        List<Capture> archive = archiveWithScatteredCopies();
        assertEquals(index(indexer(1_000), archive, "one-pass"), index(indexer(3), archive, "two-passes"));
    }

    @Test
    void bundledCorpusGivesTheSameDocumentsInTwoPasses() throws IOException {
        List<Capture> corpus = ArchiveReader.open(Path.of("corpus")).latestGoodCapturesOnDemand();
        Map<String, List<String>> onePass = index(indexer(1_000), corpus, "one-pass");
        assertTrue(onePass.size() >= 55, "the bundled corpus is indexed: " + onePass.size());
        assertEquals(onePass, index(indexer(4), corpus, "two-passes"));
    }

    @Test
    void aBatchWithinTheLimitIsReadOnce() throws IOException {
        CountingList archive = new CountingList(archiveWithScatteredCopies());
        index(indexer(archive.size()), archive, "one-pass");
        for (int i = 0; i < archive.size(); i++) {
            assertEquals(1, archive.reads(i), "capture " + i);
        }
    }

    @Test
    void aLargerBatchReadsCanonicalPagesTwiceAndDuplicatesOnce() throws IOException {
        CountingList archive = new CountingList(archiveWithScatteredCopies());
        Map<String, List<String>> docs = index(indexer(archive.size() - 1), archive, "two-passes");
        for (int i = 0; i < archive.size(); i++) {
            boolean indexed = docs.containsKey(
                    ArchiveDocument.idFor(archive.captures.get(i).url()));
            assertEquals(indexed ? 2 : 1, archive.reads(i), "capture " + i + (indexed ? " (indexed)" : " (folded)"));
        }
    }

    @Test
    void aCaptureGoneBetweenThePassesFailsWithItsSourceAndTheRestIsIndexed() throws IOException {
        List<Capture> archive = archiveWithScatteredCopies();
        List<OnDemandCaptures.Ref> refs = archive.stream()
                .map(c -> new OnDemandCaptures.Ref(c.url(), c.source()))
                .toList();
        String gone = archive.get(ALERTS * 3).source();
        int[] loads = new int[1];
        OnDemandCaptures onDemand = new OnDemandCaptures(refs, source -> {
            synchronized (loads) {
                // The lone different page is there for the first pass only: it is gone when it is to be indexed.
                if (source.equals(gone) && loads[0]++ > 0) {
                    return Optional.empty();
                }
            }
            return archive.stream().filter(c -> c.source().equals(source)).findFirst();
        });
        try (Directory directory = FSDirectory.open(tmp.resolve("gone"));
                IndexWriter writer = ArchiveIndexer.openWriter(directory, IndexWriterConfig.OpenMode.CREATE)) {
            IndexSummary summary = indexer(3).add(onDemand, writer, ArchiveIndexer.Progress.NONE);
            assertEquals(ALERTS, summary.indexed());
            assertEquals(1, summary.failed().size(), summary.failed().toString());
            assertEquals(gone, summary.failed().get(0).source());
            assertTrue(summary.failed().get(0).reason().contains("no longer in the archive"), summary.toString());
        }
    }
}
