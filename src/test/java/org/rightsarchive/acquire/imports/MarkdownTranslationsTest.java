package org.rightsarchive.acquire.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;

/** Markdown posts sharing a {@code lang-ref} link to each other, however they are imported. */
class MarkdownTranslationsTest {
    @TempDir
    Path tmp;

    private Path posts() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("site/_posts"));
        Files.writeString(
                dir.resolve("2019-01-28-wang-quanzhang.md"),
                "---\ntitle: Lawyer Wang Quanzhang sentenced\ndate: 2019-01-28\nlang: en\nlang-ref: wqz\n---\n"
                        + "The Tianjin court sentenced Wang Quanzhang to four and a half years.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("2019-01-28-wang-quanzhang-zh.md"),
                "---\ntitle: 王全璋被判刑\ndate: 2019-01-28\nlang: zh-Hans\nlang-ref: wqz\n---\n天津法院判处王全璋四年半徒刑。\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    private String englishPage(Path corpus) throws IOException {
        Capture english = ArchiveReader.open(corpus).latestGoodCaptures().stream()
                .filter(c -> c.url().endsWith("wang-quanzhang.md"))
                .findFirst()
                .orElseThrow();
        return new String(english.body(), StandardCharsets.UTF_8);
    }

    @Test
    void postsOfOneFolderAreLinkedAsTranslations() throws IOException {
        Path corpus = tmp.resolve("corpus");
        new Importer(corpus).importAll(List.of(posts()), line -> {});
        assertTrue(englishPage(corpus).contains("hreflang=\"zh-Hans\""), englishPage(corpus));
    }

    @Test
    void aPostImportedAgainAloneKeepsItsTranslationAndIsUnchanged() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path dir = posts();
        new Importer(corpus).importAll(List.of(dir), line -> {});
        ImportSummary again =
                new Importer(corpus).importAll(List.of(dir.resolve("2019-01-28-wang-quanzhang.md")), l -> {});
        assertEquals(1, again.unchanged(), again.line());
        assertEquals(0, again.pages(), again.line());
        assertTrue(englishPage(corpus).contains("hreflang=\"zh-Hans\""), englishPage(corpus));
    }

    @Test
    void aPostWhoseFrontMatterIsNeverClosedIsReportedAndTheBatchGoesOn() throws IOException {
        Path dir = posts();
        Files.writeString(
                dir.resolve("broken.md"),
                "---\ntitle: Never closed\ndate: 2019-01-01\nThe text.\n",
                StandardCharsets.UTF_8);
        Files.write(
                dir.resolve("gbk.md"),
                "---\ntitle: 王全璋\n---\n天津法院判处王全璋。\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        ImportSummary summary = new Importer(tmp.resolve("corpus")).importAll(List.of(dir), line -> {});
        assertEquals(2, summary.pages(), summary.line());
        assertEquals(2, summary.failed().size(), summary.failed().toString());
        assertTrue(summary.failed().stream().anyMatch(f -> f.contains("broken.md") && f.contains("never closed")));
        assertTrue(summary.failed().stream().anyMatch(f -> f.contains("gbk.md") && f.contains("not UTF-8")));
    }
}
