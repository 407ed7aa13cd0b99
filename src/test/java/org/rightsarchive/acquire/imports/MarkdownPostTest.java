package org.rightsarchive.acquire.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Front matter a post's maintainer should hear about, and what the import makes of it. */
class MarkdownPostTest {
    @TempDir
    Path tmp;

    private static MarkdownPost post(String frontMatter) {
        return new MarkdownPost(
                Path.of("post.md"), MarkdownPost.parseFrontMatter(frontMatter), "Yao Fuxin was detained.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "date: 2019-06-03",
                "date: 2019-06-03 10:00:00 +0800",
                "date: 2019-06-03T10:00:00Z",
                "date: 2019-6-3",
                "title: \"Closed\"",
                "title: 'Closed'",
                "tags: [labor, \"Liaoyang\"]",
            })
    void wellFormedFrontMatterHasNoProblems(String frontMatter) {
        assertEquals(List.of(), post(frontMatter).problems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "date: 2019-13-45 | date: 2019-13-45 is no date",
                "date: 2019-02-30 | date: 2019-02-30 is no date",
                "date: last Tuesday | date: last Tuesday is no date",
                "title: \"Never closed | title: the quote that opens \"Never closed is never closed",
                "tags: [labor, 'Liaoyang] | tags: the quote that opens 'Liaoyang is never closed",
            })
    void malformedValuesAreNamed(String frontMatter, String problem) {
        List<String> problems = post(frontMatter).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(problem), problems::toString);
    }

    @Test
    void aDateThatIsNoDayIsLeftOutOfThePage() {
        String html = post("date: 2019-13-45").toHtml(Map.of());
        assertFalse(html.contains("2019-13-45"), html);
        assertTrue(post("date: 2019-06-03").toHtml(Map.of()).contains("content=\"2019-06-03\""));
    }

    @Test
    void theImportWarnsAndStillImportsThePost() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("posts"));
        Files.writeString(
                dir.resolve("bad-date.md"),
                "---\ntitle: \"Yao Fuxin detained\ndate: 2019-13-45\n---\nYao Fuxin was detained in Liaoyang.\n",
                StandardCharsets.UTF_8);
        ImportSummary summary = new Importer(tmp.resolve("corpus")).importAll(List.of(dir), line -> {});
        assertEquals(1, summary.pages(), summary.line());
        assertEquals(List.of(), summary.failed());
        assertEquals(2, summary.warnings().size(), summary.warnings()::toString);
        assertTrue(summary.warnings().stream().allMatch(w -> w.contains("bad-date.md")), summary.warnings()::toString);
        assertTrue(summary.line().endsWith("; 2 warnings"), summary.line());
    }
}
