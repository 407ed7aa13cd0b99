package org.rightsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;

class PipelineVersionTest {
    @TempDir
    Path tmp;

    /** Stamps the last commit of the index in {@code dir} as built by {@code version} (null: no record). */
    static void stamp(Path dir, String version) throws IOException {
        try (Directory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(
                        d,
                        new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(
                    version == null
                            ? Map.<String, String>of().entrySet()
                            : Map.of(PipelineVersion.COMMIT_KEY, version).entrySet());
            w.commit();
        }
    }

    private Path archiveIndex() throws IOException {
        Path dir = tmp.resolve("archive");
        new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 1)
                .rebuild(
                        List.of(ReindexerTest.page("a", 200, "Yao Fuxin was detained in Liaoyang.")),
                        dir,
                        ArchiveIndexer.Progress.NONE);
        return dir;
    }

    private static boolean builtByOtherCode(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            return PipelineVersion.builtByOtherCode(d);
        }
    }

    @Test
    void theCodesVersionIsReadFromItsFilesAndStable() {
        assertNotEquals(PipelineVersion.UNKNOWN, PipelineVersion.current());
        assertEquals(16, PipelineVersion.current().length());
        assertEquals(PipelineVersion.current(), PipelineVersion.compute());
    }

    @Test
    void aJarOfTheSameFilesHasTheSameVersionAndAnotherFileChangesIt() throws Exception {
        Path classes = Path.of(PipelineVersion.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(classes)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
        Path jar = tmp.resolve("archive.jar");
        Path changed = tmp.resolve("changed.jar");
        try (var same = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
                var other = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(changed))) {
            for (Path f : files) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                byte[] bytes = java.nio.file.Files.readAllBytes(f);
                same.putNextEntry(new java.util.jar.JarEntry(name));
                same.write(bytes);
                other.putNextEntry(new java.util.jar.JarEntry(name));
                other.write(bytes);
                if (name.endsWith("annotate/places/divisions.tsv")) {
                    other.write("\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(PipelineVersion.current(), PipelineVersion.of(jar));
        assertNotEquals(PipelineVersion.current(), PipelineVersion.of(changed), "a data file is part of the version");
    }

    @Test
    void everyCommitOfTheArchiveIndexerRecordsIt() throws IOException {
        Path dir = archiveIndex();
        try (Directory d = FSDirectory.open(dir)) {
            assertEquals(Optional.of(PipelineVersion.current()), PipelineVersion.recorded(d));
        }
        assertFalse(builtByOtherCode(dir));
    }

    @Test
    void anIndexRecordingAnotherVersionWasBuiltByOtherCode() throws IOException {
        Path dir = archiveIndex();
        stamp(dir, "0123456789abcdef");
        assertTrue(builtByOtherCode(dir));
    }

    @Test
    void anIndexFromBeforeTheRecordWasBuiltByOtherCode() throws IOException {
        Path dir = tmp.resolve("plain");
        try (Directory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField("body", "Yao Fuxin", Field.Store.NO));
            w.addDocument(doc);
            w.commit();
        }
        assertTrue(builtByOtherCode(dir));
    }

    @Test
    void noIndexIsNoOtherCode() throws IOException {
        assertFalse(builtByOtherCode(tmp.resolve("empty")));
    }
}
