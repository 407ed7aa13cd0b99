package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.crawl.FixtureSite;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Schema;

/** crawl, import and index from the command line, into a real Lucene index. */
class AcquireCommandsTest {
    @TempDir
    Path tmp;

    /** URL to stored document of the live index. */
    private static Map<String, Document> liveDocuments(Path index) throws IOException {
        Map<String, Document> docs = new HashMap<>();
        try (var dir = FSDirectory.open(new IndexStore(index).live().orElseThrow());
                var reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document d = stored.document(i);
                docs.put(d.get(Schema.URL), d);
            }
        }
        return docs;
    }

    @Test
    void crawledAndImportedPagesAreIndexedWithDuplicatesFoldedAndErrorsLeftOut() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Path saved = Files.createDirectories(tmp.resolve("saved"));
        Files.writeString(
                saved.resolve("post.md"),
                """
                ---
                title: "Lawyer Wang Quanzhang sentenced"
                date: 2019-01-28
                lang: en
                ---
                The Tianjin court sentenced **Wang Quanzhang** to four and a half years for subversion.
                """,
                StandardCharsets.UTF_8);
        try (FixtureSite site = new FixtureSite()) {
            assertEquals(0, Main.run("crawl", site.base() + "/", "--delay", "0", "--corpus", corpus.toString()));
            assertEquals(0, Main.run("import", saved.toString(), "--corpus", corpus.toString()));
            assertEquals(0, Main.run("index", "--corpus", corpus.toString(), "--index", index.toString()));

            Map<String, Document> docs = liveDocuments(index);
            String base = site.base();
            String copy = base + "/copy/alert.html";
            String alert = base + "/en/alert.html";
            Document canonical = docs.containsKey(alert) ? docs.get(alert) : docs.get(copy);
            assertTrue(canonical != null, docs.keySet().toString());
            assertFalse(docs.containsKey(alert) && docs.containsKey(copy), "the duplicate is folded");
            List<String> others = List.of(canonical.getValues(Schema.ALL_URLS));
            assertTrue(others.contains(alert) || others.contains(copy), others.toString());
            assertFalse(canonical.get(Schema.BODY).contains("Olympics"), "sidebar topics never reach the index");
            assertTrue(canonical.get(Schema.SOURCE).startsWith("warc/"));
            for (String path : List.of("/missing.html", "/broken.html", "/oops.html", "/private/secret.html")) {
                assertFalse(docs.containsKey(base + path), path);
            }
            assertTrue(docs.containsKey(base + "/gbk.html"));
            assertTrue(
                    docs.containsKey(saved.resolve("post.md").toUri().toString()),
                    docs.keySet().toString());

            // The alert turns into an error page: a re-crawl and reindex keep the good text.
            site.html("/en/alert.html", FixtureSite.ERROR_PAGE);
            site.html("/copy/alert.html", FixtureSite.ERROR_PAGE);
            assertEquals(0, Main.run("crawl", site.base() + "/", "--delay", "0", "--corpus", corpus.toString()));
            assertEquals(0, Main.run("index", "--corpus", corpus.toString(), "--index", index.toString()));
            Map<String, Document> after = liveDocuments(index);
            Document kept = after.containsKey(alert) ? after.get(alert) : after.get(copy);
            assertTrue(kept.get(Schema.BODY).contains("Yao Fuxin"), "the good copy is still the one indexed");
        }
    }

    @Test
    void rejectsSeedsThatAreNotHttpUrls() {
        assertEquals(2, Main.run("crawl", "ftp://example.org/", "--corpus", tmp.toString()));
        assertEquals(2, Main.run("crawl", "https://example.org/", "--max-pages", "0", "--corpus", tmp.toString()));
    }

    @Test
    void importOfAMissingPathFailsWithItsName() {
        assertEquals(
                1,
                Main.run(
                        "import",
                        tmp.resolve("nope").toString(),
                        "--corpus",
                        tmp.resolve("c").toString()));
    }
}
