package org.rightsarchive.acquire.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.eval.SharedData;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.lang.Language;

/** Imports the real campaign sites in ../shared and checks extraction against their source posts. */
class SharedCorporaImportTest {
    private static final List<String> XUEQIN_CHROME = List.of("最近更新", "接下来阅读", "许可协议", "本博客所有文章", "检索全部文章");

    @TempDir
    Path corpus;

    private final PageExtractor extractor = new PageExtractor();

    private static Path shared(String relative) {
        Optional<Path> path = SharedData.resolve(relative);
        assumeTrue(path.isPresent() && Files.isDirectory(path.get()), "../shared/" + relative + " is absent");
        return path.get();
    }

    private Map<String, Capture> importAndRead(List<Path> paths) throws Exception {
        ImportSummary summary = new Importer(corpus).importAll(paths, line -> {});
        assertTrue(summary.failed().isEmpty(), summary.failed().toString());
        return ArchiveReader.open(corpus).latestGoodCaptures().stream()
                .collect(Collectors.toMap(Capture::url, Function.identity()));
    }

    /** The text paragraphs of a Markdown post body, as a reader sees them. */
    private static List<String> sourceParagraphs(Path md) throws Exception {
        MarkdownPost post = MarkdownPost.read(md);
        String html =
                HtmlRenderer.builder().build().render(Parser.builder().build().parse(post.markdown()));
        List<String> out = new ArrayList<>();
        for (Element p : Jsoup.parse(html).select("p, li, h2, h3")) {
            String text = p.text().strip();
            if (text.length() >= 12) {
                out.add(squash(text));
            }
        }
        return out;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void xueqinPagesExtractTheirPostBodiesWithoutChrome() throws Exception {
        Path site = shared("data/corpora/xueqin-jianbing-html");
        Map<String, Capture> captures = importAndRead(List.of(site.resolve("published_html")));
        assertTrue(captures.size() >= 100, "imported " + captures.size());

        int checked = 0;
        double recallSum = 0;
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.resolve("published_html"))) {
            pages = walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p ->
                            p.getParent().getParent().getFileName().toString().matches("\\d\\d"))
                    .sorted()
                    .toList();
        }
        for (Path page : pages) {
            Path md = site.resolve("source_posts_md").resolve(page.getParent().getFileName() + ".md");
            if (!Files.isRegularFile(md) || checked >= 20) {
                continue;
            }
            List<String> expected = sourceParagraphs(md);
            if (expected.isEmpty()) {
                continue;
            }
            String url = "/"
                    + site.resolve("published_html").relativize(page).toString().replace('\\', '/');
            Capture capture = captures.values().stream()
                    .filter(c -> c.url().startsWith("https://free-xueq-jianb.github.io/"))
                    .filter(c -> java.net.URI.create(c.url()).getPath().equals(url))
                    .findFirst()
                    .orElse(null);
            assertTrue(capture != null, "imported under its og:url: " + url);
            ExtractedPage extracted = extractor.extract(capture);
            String text = squash(extracted.text());
            long found = expected.stream().filter(text::contains).count();
            recallSum += (double) found / expected.size();
            checked++;
            for (String chrome : XUEQIN_CHROME) {
                assertFalse(extracted.text().contains(chrome), chrome + " in " + url);
            }
            assertEquals(MarkdownPost.read(md).title().replaceAll("\\s+", " ").strip(), extracted.title(), url);
        }
        assertTrue(checked >= 10, "pages checked against their source: " + checked);
        double recall = recallSum / checked;
        System.out.printf("xueqin: %d pages, source paragraph recall %.3f%n", checked, recall);
        assertTrue(recall >= 0.9, "source paragraphs found in the extracted text: " + recall);
    }

    @Test
    void jasicPostsImportWithTranslationsDatesAndLanguages() throws Exception {
        Path site = shared("data/corpora/jasic-bilingual");
        Map<String, Capture> captures =
                importAndRead(List.of(site.resolve("_posts"), site.resolve("zh/_posts"), site.resolve("zht/_posts")));
        assertTrue(captures.size() >= 110, "imported " + captures.size());

        Path enFile = site.resolve("_posts/2018-08-13-maoist-labor-campaigner.md");
        Path zhFile = site.resolve("zh/_posts/2018-08-13-maoist-labor-campaigner_zh.md");
        Path zhtFile = site.resolve("zht/_posts/2018-08-13-maoist-labor-campaigner_zht.md");
        ExtractedPage en = extractor.extract(captures.get(enFile.toUri().toString()));
        ExtractedPage zh = extractor.extract(captures.get(zhFile.toUri().toString()));
        ExtractedPage zht = extractor.extract(captures.get(zhtFile.toUri().toString()));

        assertEquals(zhFile.toUri().toString(), en.translations().get("zh-Hans"));
        assertEquals(zhtFile.toUri().toString(), en.translations().get("zh-Hant"));
        assertEquals(enFile.toUri().toString(), zh.translations().get("en"));
        assertEquals(Language.ENGLISH, en.language());
        assertEquals(Language.CHINESE_SIMPLIFIED, zh.language());
        assertEquals(Language.CHINESE_TRADITIONAL, zht.language());
        assertEquals(LocalDate.of(2018, 8, 13), zh.published());
        assertEquals("佳士员工遭酷刑 声援团成员被失踪", zh.title());

        List<String> expected = sourceParagraphs(zhFile);
        String text = squash(zh.text());
        assertTrue(expected.stream().allMatch(text::contains), "every source paragraph is in the main text");
    }

    @Test
    void importingTwiceStoresNothingNew() throws Exception {
        Path site = shared("data/corpora/jasic-bilingual");
        Importer importer = new Importer(corpus);
        ImportSummary first = importer.importAll(List.of(site.resolve("zh/_posts")), line -> {});
        ImportSummary second = importer.importAll(List.of(site.resolve("zh/_posts")), line -> {});
        assertTrue(first.pages() > 0);
        assertEquals(0, second.pages());
        assertEquals(first.pages(), second.unchanged());
    }
}
