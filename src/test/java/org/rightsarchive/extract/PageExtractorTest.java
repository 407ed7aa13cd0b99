package org.rightsarchive.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.lang.Language;

class PageExtractorTest {
    private final PageExtractor extractor = new PageExtractor();

    private static Capture capture(String url, String contentType, byte[] body) {
        return new Capture(url, Instant.EPOCH, 200, contentType, body, "test");
    }

    private ExtractedPage extract(String html) {
        return extractor.extract(
                capture("https://alerts.example/a.html", "text/html", html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String page(String article, String chrome) {
        return "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>T | Site</title></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/donate\">Donate</a></nav></header>"
                + "<article><h1>Alert title</h1>" + article + "</article>" + chrome
                + "<footer><p>&copy; Site · Contact · Privacy</p></footer></body></html>";
    }

    @Test
    void dropsExploreTopicsSidebar() {
        ExtractedPage p = extract(page(
                "<p>Workers marched in Liaoyang.</p>",
                "<aside class=\"sidebar\"><h2>Explore Topics</h2><ul><li>Tibet</li><li>Olympics</li></ul></aside>"));
        assertEquals("Workers marched in Liaoyang.", p.text());
    }

    @Test
    void dropsExploreTopicsListInsideTheArticle() {
        ExtractedPage p = extract(page(
                "<p>Workers marched in Liaoyang.</p><div><h3>Explore Topics</h3><ul><li>Tibet</li><li>Hukou</li></ul></div>",
                ""));
        assertEquals("Workers marched in Liaoyang.", p.text());
    }

    @Test
    void dropsNavigationFooterAndShareButtons() {
        ExtractedPage p = extract(page(
                "<p>Body text.</p><div class=\"share-buttons\">Share: Twitter Facebook</div>"
                        + "<div class=\"article-footer\"><p>License: CC BY-NC-SA</p></div>",
                ""));
        assertEquals("Body text.", p.text());
        assertFalse(p.text().contains("Donate"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<div id=\"cookie-consent\"><p>We use cookies. Accept?</p></div>",
                "<div id=\"gdpr\"><p>Your privacy choices.</p></div>",
                "<div class=\"consent-banner\"><p>Accept all cookies</p></div>",
                "<div id=\"disqus_thread\"><p>12 comments</p></div>",
                "<div id=\"respond\"><h3>Leave a Reply</h3><p>Your email will not be published.</p></div>",
                "<div id=\"colophon\"><p>Powered by WordPress</p></div>",
                "<div id=\"topbar\"><ul><li>Home</li><li>About</li></ul></div>",
                "<p class=\"post-meta\">Posted on May 4th, 2023 by admin</p>"
            })
    void dropsBannersCommentFormsAndPostMeta(String chrome) {
        ExtractedPage p = extract(page("<p>Workers marched in Liaoyang.</p>" + chrome, ""));
        assertEquals("Workers marched in Liaoyang.", p.text());
    }

    @Test
    void aPageOfChineseParagraphsWithAnEnglishOneIsChinese() {
        ExtractedPage p = extract("<html lang=\"zh-CN\"><body><article><p>辽阳市数千名工人上街游行，要求释放被拘留的工人代表。</p>"
                + "<p>姚福信和萧云良被拘留后，工人们继续抗议。</p>"
                + "<p>Human Rights in China (HRIC) calls on the authorities to release them immediately.</p>"
                + "</article></body></html>");
        assertEquals(org.rightsarchive.lang.Language.CHINESE_SIMPLIFIED, p.language());
    }

    @Test
    void takesTheArticleWithTheMostTextNotATeaserBeforeIt() {
        ExtractedPage p = extract("<html><body><article class=\"teaser\"><h2>Related: Another story</h2>"
                + "<p>Teaser.</p></article><article><h1>Main story</h1><p>Tibetan language advocate Tashi"
                + " Wangchuk was sentenced to five years in prison.</p></article></body></html>");
        assertEquals("Tibetan language advocate Tashi Wangchuk was sentenced to five years in prison.", p.text());
    }

    @Test
    void keepsTitleWithoutSiteName() {
        assertEquals("Alert title", extract(page("<p>x</p>", "")).title());
        assertEquals(
                "Only the title",
                extract("<html><head><title>Only the title | Site</title></head><body><p>x</p>" + "</body></html>")
                        .title());
    }

    @Test
    void tagsLanguagePerParagraph() {
        ExtractedPage p = extract(page(
                "<p>An English paragraph about the trial.</p><p>辽阳市中级人民法院开庭审理此案。</p>" + "<p>遼陽市中級人民法院開庭審理此案。</p>", ""));
        assertEquals(
                List.of(Language.ENGLISH, Language.CHINESE_SIMPLIFIED, Language.CHINESE_TRADITIONAL),
                p.paragraphs().stream().map(Paragraph::language).toList());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p class=\"dateline\">March 19, 2002</p>|2002-03-19",
                "<p class=\"dateline\">19 March 2002</p>|2002-03-19",
                "<p class=\"dateline\">Sept. 3, 2015</p>|2015-09-03",
                "<p class=\"date\">2002年3月19日</p>|2002-03-19",
                "<p>２０１９年６月４日</p><p>正文。</p>|2019-06-04",
                "<time datetime=\"2023-09-21T17:53:19.035Z\">x</time>|2023-09-21",
                "<time datetime=\"2023-05-04T10:00:00\">x</time><p>Detained on 10 April 2023.</p>|2023-05-04",
                "<time datetime=\"2023-05-04T23:30:00+0800\">x</time>|2023-05-04",
                "<time datetime=\"2023-05-04 10:00\">x</time>|2023-05-04",
                "<p>Published 2014-01-26</p><p>Body</p>|2014-01-26",
            })
    void findsPublicationDate(String dateline, LocalDate expected) {
        assertEquals(
                expected,
                extract(page(dateline + "<p>Body of the alert.</p>", "")).published());
    }

    @Test
    void keepsTimeElementsThatArePartOfASentence() {
        ExtractedPage p = extract(page(
                "<p><time datetime=\"2002-03-19\">March 19, 2002</time></p>"
                        + "<p>He was taken away on <time datetime=\"2002-03-17\">March 17</time> by police.</p>",
                ""));
        assertEquals("He was taken away on March 17 by police.", p.text());
        assertEquals(LocalDate.of(2002, 3, 19), p.published());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Police detained Yao Fuxin on March 17, 2002.</p>",
                "<p>On March 11, 2002, workers marched in Liaoyang.</p>",
                "<p>2019年6月3日，丁子霖被当局带离北京。</p>",
            })
    void takesNoDateFromAShortEventSentenceAtTheTop(String first) {
        assertNull(extract(page(first + "<p>Body of the alert.</p>", "")).published());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Posted on 19 March 2002 by China Rights Alerts</p>|2002-03-19",
                "<p>发布时间：2019年6月3日 来源：本站</p>|2019-06-03",
                "<p>Updated: March 19, 2002.</p>|2002-03-19",
            })
    void takesTheDateOfADateLineWithAFewWordsAroundIt(String first, LocalDate expected) {
        assertEquals(
                expected, extract(page(first + "<p>Body of the alert.</p>", "")).published());
    }

    @Test
    void takesNoDateFromDeepInTheText() {
        String body = "<p>Intro.</p><p>Second.</p><p>Third.</p><p>He was detained on March 17, 2002.</p>";
        assertNull(extract(page(body, "")).published());
    }

    @Test
    void decodesGb2312LabelledPageHoldingGbkOnlyCharacters() {
        byte[] body = ("<html><head><meta charset=\"gb2312\"></head><body><p>朱镕基与遼寧</p></body></html>")
                .getBytes(Charset.forName("GBK"));
        assertEquals(
                "朱镕基与遼寧",
                extractor
                        .extract(capture("https://x.example/", "text/html", body))
                        .text());
    }

    @Test
    void decodesByHttpHeaderCharset() {
        byte[] body = "<html><body><p>中國人權快訊</p></body></html>".getBytes(Charset.forName("Big5"));
        assertEquals(
                "中國人權快訊",
                extractor
                        .extract(capture("https://x.example/", "text/html; charset=BIG5", body))
                        .text());
    }

    @ParameterizedTest
    @CsvSource({"GB18030", "Big5", "UTF-8"})
    void sniffsUnlabelledChinesePages(String charset) {
        String text = charset.equals("Big5")
                ? "遼寧省遼陽市數千名工人上街遊行，要求當局釋放被拘留的工人代表姚福信和蕭雲良，並發放拖欠的工資。"
                : "辽宁省辽阳市数千名工人上街游行，要求当局释放被拘留的工人代表姚福信和萧云良，并发放拖欠的工资。";
        byte[] body = ("<html><body><p>" + text + "</p></body></html>").getBytes(Charset.forName(charset));
        assertEquals(
                text,
                extractor
                        .extract(capture("https://x.example/", "text/html", body))
                        .text());
    }

    private static final String LIAOYANG = "辽宁省辽阳市数千名工人上街游行，要求当局释放被拘留的工人代表姚福信和萧云良，并发放拖欠的工资。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "header says utf-8|text/html; charset=utf-8|<meta charset=\"gbk\">",
                "meta says utf-8|text/html|<meta charset=\"utf-8\">",
                "header and meta say utf-8|text/html; charset=UTF-8|<meta charset=\"utf-8\">"
            })
    void gbkBytesLabelledUtf8AreReadAsWhatTheyAre(String name, String contentType, String meta) {
        byte[] body = ("<html><head>" + meta + "</head><body><p>" + LIAOYANG + "</p></body></html>")
                .getBytes(Charset.forName("GBK"));
        assertEquals(
                LIAOYANG,
                extractor
                        .extract(capture("https://x.example/", contentType, body))
                        .text());
    }

    @Test
    void utf8PageWithAStrayBadByteStaysUtf8() {
        byte[] good = ("<html><head><meta charset=\"utf-8\"></head><body><p>" + LIAOYANG + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(good, good.length + 1);
        body[good.length] = (byte) 0xff; // one byte a broken template appended
        assertTrue(extractor
                .extract(capture("https://x.example/", "text/html; charset=utf-8", body))
                .text()
                .startsWith(LIAOYANG));
    }

    @Test
    void honoursUtf8ByteOrderMark() {
        byte[] html = "<p>天安门母亲</p>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[html.length + 3];
        body[0] = (byte) 0xef;
        body[1] = (byte) 0xbb;
        body[2] = (byte) 0xbf;
        System.arraycopy(html, 0, body, 3, html.length);
        assertEquals(
                "天安门母亲",
                extractor
                        .extract(capture("https://x.example/", "text/html; charset=gbk", body))
                        .text());
    }

    @Test
    void resolvesOutgoingLinksAndSkipsFragments() {
        ExtractedPage p = extract(page(
                "<p>See <a href=\"/cases/yao\">case</a>, <a href=\"#top\">top</a>,"
                        + " <a href=\"javascript:void(0)\">x</a>.</p>",
                ""));
        assertEquals(List.of("https://alerts.example/cases/yao"), p.links());
    }

    @Test
    void linksTranslationsFromLanguageSwitchAndHreflang() {
        String html =
                "<html lang=\"en\"><head><link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"/zht/a.html\"></head>"
                        + "<body><div class=\"lang-switch\"><a href=\"/zh/a.html\" lang=\"zh-Hans\">中文</a></div>"
                        + "<article><p>Text.</p></article></body></html>";
        ExtractedPage p = extract(html);
        assertEquals("https://alerts.example/zht/a.html", p.translations().get("zh-Hant"));
        assertEquals("https://alerts.example/zh/a.html", p.translations().get("zh-Hans"));
        assertFalse(p.translations().containsKey("en"));
    }

    @Test
    void bundledCorpusPagesKeepNoSidebarTopicsAndLinkTranslationsToCorpusUrls() throws Exception {
        Path corpus = Path.of("corpus").toAbsolutePath();
        CorpusReader reader = new CorpusReader(corpus);
        Capture en = reader.read(corpus.resolve("pages/en/2002-03-yao-fuxin-detained.html"));
        ExtractedPage p = extractor.extract(en);
        assertTrue(p.text().startsWith("Yao Fuxin, 54, a spokesman"), p.text());
        for (String chrome : List.of(
                "Explore Topics",
                "Olympics",
                "Related alerts",
                "Subscribe",
                "Printer-friendly",
                "Share:",
                "Privacy",
                "Skip to content")) {
            assertFalse(p.text().contains(chrome), chrome);
        }
        assertEquals(LocalDate.of(2002, 3, 19), p.published());
        assertEquals(
                "corpus:pages/zh-hant/2002-03-yao-fuxin-detained.html",
                p.translations().get("zh-Hant"));
        assertTrue(Files.exists(corpus.resolve("pages/zh-hant/2002-03-yao-fuxin-detained.html")));
    }
}
