package org.rightsarchive.index;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.OnDemandCaptures;

/**
 * Rebuilds or updates the live index of an {@link IndexStore} while the server keeps answering from it.
 *
 * <p>A full rebuild writes a new generation and switches to it atomically when done; an incremental run updates the
 * live generation in place (one Lucene commit at the end), indexing only captures whose content hash changed and
 * deleting documents whose capture is gone; when the live index was built by other code ({@link PipelineVersion}),
 * an incremental run rebuilds it all, as a full one does. Either way a failure report naming each failed document and why is
 * written to {@code failures.tsv} in the index directory.
 */
public final class Reindexer {
    /** Name of the failure report in the index directory. */
    public static final String FAILURE_REPORT = "failures.tsv";

    private final IndexStore store;
    private final ArchiveIndexer indexer;

    public Reindexer(IndexStore store, ArchiveIndexer indexer) {
        this.store = store;
        this.indexer = indexer;
    }

    /**
     * Result of a run: counts, the generation now live, and documents left unchanged or deleted (incremental).
     *
     * @param rebuiltForOtherCode true when an incremental run rebuilt everything, as the live index was built by other
     *     code ({@link PipelineVersion})
     */
    public record Result(
            IndexSummary summary,
            long generation,
            int unchanged,
            int deleted,
            Path failureReport,
            boolean rebuiltForOtherCode) {}

    /** Builds a new generation from all captures and makes it live. */
    public Result full(List<Capture> captures, ArchiveIndexer.Progress progress) throws IOException {
        try (IndexStore.Build build = store.beginBuild()) {
            IndexSummary summary = indexer.rebuild(captures, build.directory(), progress);
            build.publish();
            return new Result(summary, build.generation(), 0, 0, writeFailures(summary), false);
        }
    }

    /**
     * Updates the live generation: new and changed captures are indexed, documents whose capture is gone are
     * deleted. Falls back to a full build when nothing is live yet.
     */
    public Result incremental(List<Capture> captures, ArchiveIndexer.Progress progress) throws IOException {
        if (store.live().isEmpty()) {
            return full(captures, progress);
        }
        if (builtByOtherCode(store.live().get())) {
            // Unchanged captures would keep what the other code read in them: rebuild, as a new generation.
            Result rebuilt = full(captures, progress);
            return new Result(rebuilt.summary(), rebuilt.generation(), 0, 0, rebuilt.failureReport(), true);
        }
        try (IndexStore.BuildLock lock = store.lockForUpdate();
                Directory dir = FSDirectory.open(store.live().orElseThrow());
                IndexWriter writer = ArchiveIndexer.openWriter(dir, IndexWriterConfig.OpenMode.APPEND)) {
            Map<String, List<String>> folded = new HashMap<>();
            Map<String, String> indexedHashes = storedHashes(writer, folded);
            // Positions, not captures: the list may read each capture from disk (OnDemandCaptures), and holding
            // every changed capture of a large archive is what the indexer's two passes avoid.
            List<Integer> changed = new ArrayList<>();
            Set<String> present = new HashSet<>();
            Map<String, Integer> byId = new HashMap<>();
            Set<String> changedIds = new HashSet<>();
            for (int i = 0; i < captures.size(); i++) {
                Capture capture;
                try {
                    capture = captures.get(i);
                } catch (OnDemandCaptures.UnreadableCaptureException e) {
                    // Keep its last good document; the indexer meets it again and reports it as failed.
                    present.add(ArchiveDocument.idFor(
                            ((OnDemandCaptures) captures).ref(i).url()));
                    changed.add(i);
                    continue;
                }
                String id = ArchiveDocument.idFor(capture.url());
                present.add(id);
                byId.put(id, i);
                if (!ArchiveIndexer.contentHash(capture).equals(indexedHashes.get(id))) {
                    changed.add(i);
                    changedIds.add(id);
                }
            }
            // A changed document is regrouped with the duplicates folded into it, so they are not orphaned.
            for (String id : List.copyOf(changedIds)) {
                for (String duplicate : folded.getOrDefault(id, List.of())) {
                    Integer position = byId.get(duplicate);
                    if (position != null && changedIds.add(duplicate)) {
                        changed.add(position);
                    }
                }
            }
            int deleted = 0;
            for (String id : indexedHashes.keySet()) {
                if (!present.contains(id)) {
                    writer.deleteDocuments(new Term(Schema.ID, id));
                    deleted++;
                }
            }
            IndexSummary summary = indexer.add(positions(captures, changed), writer, progress);
            // A capture that now fails or became an error page keeps its last good document.
            writer.commit();
            return new Result(
                    summary,
                    store.liveGeneration(),
                    captures.size() - changed.size(),
                    deleted,
                    writeFailures(summary),
                    false);
        }
    }

    private static boolean builtByOtherCode(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index)) {
            return PipelineVersion.builtByOtherCode(dir);
        }
    }

    /** The captures at {@code positions}, read from {@code captures} only when asked for. */
    private static List<Capture> positions(List<Capture> captures, List<Integer> positions) {
        return new AbstractList<>() {
            @Override
            public Capture get(int index) {
                return captures.get(positions.get(index));
            }

            @Override
            public int size() {
                return positions.size();
            }
        };
    }

    /** Id to content hash of every indexed capture, folded duplicates included; fills canonical id to folded ids. */
    private static Map<String, String> storedHashes(IndexWriter writer, Map<String, List<String>> folded)
            throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc, Set.of(Schema.ID, Schema.CONTENT_HASH, Schema.FOLDED));
                    hashes.put(d.get(Schema.ID), d.get(Schema.CONTENT_HASH));
                    for (String value : d.getValues(Schema.FOLDED)) {
                        int space = value.indexOf(' ');
                        String duplicate = value.substring(0, space);
                        hashes.putIfAbsent(duplicate, value.substring(space + 1));
                        folded.computeIfAbsent(d.get(Schema.ID), k -> new ArrayList<>())
                                .add(duplicate);
                    }
                }
            }
        }
        return hashes;
    }

    private Path writeFailures(IndexSummary summary) throws IOException {
        Path report = store.root().resolve(FAILURE_REPORT);
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            w.write("source\tkind\treason\n");
            for (IndexSummary.Problem p : summary.failed()) {
                w.write(tsv(p.source()) + "\tfailed\t" + tsv(p.reason()) + "\n");
            }
            for (IndexSummary.Problem p : summary.skipped()) {
                w.write(tsv(p.source()) + "\tskipped\t" + tsv(p.reason()) + "\n");
            }
        }
        return report;
    }

    private static String tsv(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
