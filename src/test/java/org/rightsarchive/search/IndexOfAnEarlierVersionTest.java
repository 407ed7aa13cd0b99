package org.rightsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Schema;

/**
 * An index built by an earlier version, without the fields added since ({@link Schema#EVENT_SPAN}, {@link
 * Schema#PERSON_ROLE}, {@link Schema#PERSON_NAME_ZH}), keeps answering as that version did until it is rebuilt: the
 * gold index copied without those fields stands for it.
 */
class IndexOfAnEarlierVersionTest {
    @TempDir
    static Path tmp;

    private static LuceneSearchBackend before;
    private static LuceneSearchBackend now;

    @BeforeAll
    static void copyTheGoldIndexWithoutTheNewerFields() throws IOException {
        IndexStore gold = GoldCorpus.shared();
        IndexStore old = new IndexStore(tmp.resolve("old"));
        try (IndexStore.Build build = old.beginBuild();
                Directory from = FSDirectory.open(gold.live().orElseThrow());
                DirectoryReader reader = DirectoryReader.open(from);
                Directory to = FSDirectory.open(build.directory());
                IndexWriter writer = new IndexWriter(to, new IndexWriterConfig())) {
            List<CodecReader> leaves = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                leaves.add(SlowCodecReaderWrapper.wrap(new WithoutNewerFields(leaf.reader())));
            }
            writer.addIndexes(leaves.toArray(CodecReader[]::new));
            writer.commit();
            writer.close();
            build.publish();
        }
        before = LuceneSearchBackend.open(old);
        now = LuceneSearchBackend.open(gold);
    }

    @AfterAll
    static void close() throws IOException {
        before.close();
        now.close();
    }

    private static SearchRequest events(LocalDate from, LocalDate to) {
        return new SearchRequest("", Map.of(), from, to, null, null, SearchRequest.Sort.DATE, 1, 100);
    }

    @Test
    void theCopyHasNoneOfTheNewerFields() throws IOException {
        try (Directory dir = FSDirectory.open(
                        new IndexStore(tmp.resolve("old")).live().orElseThrow());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (String field : NEWER_FIELDS) {
                assertNull(FieldInfos.getMergedFieldInfos(reader).fieldInfo(field), field);
            }
            assertTrue(reader.numDocs() > 0);
        }
    }

    @Test
    void aPersonAndARoleFilterAsTheEarlierVersionDid() throws IOException {
        SearchRequest detained = SearchRequest.of("")
                .withFilters(Map.of(Schema.PERSON, List.of("yao-fuxin"), Schema.ROLE, List.of("detainee")))
                .withPage(1, 100);
        SearchResult old = before.search(detained);
        assertFalse(old.hits().isEmpty());
        // Every gold person is a detainee, so both readings of the filter find the same pages.
        assertEquals(now.search(detained).total(), old.total());
    }

    @Test
    void aRangeThatHoldsTheFirstDayOfAnEventFindsTheSamePagesAsBefore() throws IOException {
        // The gold events are dated to their month: March 2002 starts on the 1st.
        SearchRequest march = events(LocalDate.of(2002, 3, 1), LocalDate.of(2002, 3, 31));
        SearchResult old = before.search(march);
        assertFalse(old.hits().isEmpty());
        assertEquals(now.search(march).total(), old.total());
    }

    @Test
    void onlyTheNewIndexFindsAnEventByADayInsideItsMonth() throws IOException {
        SearchRequest day = events(LocalDate.of(2002, 3, 20), LocalDate.of(2002, 3, 20));
        assertEquals(0, before.search(day).total());
        assertTrue(now.search(day).total() > 0);
    }

    private static final List<String> NEWER_FIELDS =
            List.of(Schema.EVENT_SPAN, Schema.PERSON_ROLE, Schema.PERSON_NAME_ZH);

    /** A segment as an index written before the newer fields holds it. */
    private static final class WithoutNewerFields extends FilterLeafReader {
        WithoutNewerFields(LeafReader in) {
            super(in);
        }

        @Override
        public FieldInfos getFieldInfos() {
            List<FieldInfo> kept = new ArrayList<>();
            for (FieldInfo f : in.getFieldInfos()) {
                if (!NEWER_FIELDS.contains(f.name)) {
                    kept.add(f);
                }
            }
            return new FieldInfos(kept.toArray(FieldInfo[]::new));
        }

        @Override
        public PointValues getPointValues(String field) throws IOException {
            return NEWER_FIELDS.contains(field) ? null : super.getPointValues(field);
        }

        @Override
        public Terms terms(String field) throws IOException {
            return NEWER_FIELDS.contains(field) ? null : super.terms(field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
