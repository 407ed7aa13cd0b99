package org.rightsarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.annotate.topics.Taxonomy;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.CaptureScreen;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Reindexer;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.web.TopicDirectory;

/** The standard parts, assembled once for every command: the indexer, the search backend and the topic labels. */
final class ArchiveServices {
    private ArchiveServices() {}

    /**
     * The full pipeline (extraction, every recognizer, the tagger) writing generations of {@code index}; captures
     * over {@code maxPageBytes} are skipped.
     */
    static Reindexer reindexer(Path index, int threads, long maxPageBytes) {
        return reindexer(index, threads, maxPageBytes, ArchiveIndexer.DEFAULT_PAGES_IN_MEMORY);
    }

    /** The same, holding at most {@code pagesInMemory} extracted pages at once. */
    static Reindexer reindexer(Path index, int threads, long maxPageBytes, int pagesInMemory) {
        return new Reindexer(
                new IndexStore(index),
                new ArchiveIndexer(
                        new PageExtractor(),
                        StandardAnnotators.create(),
                        threads,
                        new CaptureScreen(maxPageBytes),
                        pagesInMemory));
    }

    /** The live index with cross-script query expansion through the gazetteer, person names and taxonomy. */
    static LuceneSearchBackend openBackend(Path index) throws IOException {
        return LuceneSearchBackend.openStandard(new IndexStore(index));
    }

    /** Topic labels in English and Chinese, from the bundled taxonomy. */
    static TopicDirectory topics() {
        return TopicDirectory.of(Taxonomy.standard());
    }
}
