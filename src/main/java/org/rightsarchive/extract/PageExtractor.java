package org.rightsarchive.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.lang.ChineseScript;
import org.rightsarchive.lang.Language;

/**
 * Extracts the main content of an alert page with jsoup. Site chrome (navigation, headers, footers, sidebars such as
 * "Explore Topics", share buttons, licence notes, "read next" lists) is removed before any text is read, so it can
 * never reach the annotators. Bytes are decoded by {@link HtmlDecoding} (GBK, GB18030, Big5 included).
 */
public final class PageExtractor {
    private static final String CHROME = String.join(
            ",",
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "iframe",
            "button",
            "[role=navigation]",
            "[role=banner]",
            "[role=contentinfo]",
            "[role=complementary]",
            "[aria-hidden=true]",
            "[hidden]",
            "[class~=(?i)(sidebar|share|social|breadcrumb|skip-link|lang-switch|menu|comments?\\b|footer|widget"
                    + "|related|read-next|license|licence|newsletter|topic-list|tag-list|post-tags|print-link"
                    + "|pagination|pager|subscribe|advert|cookie|consent|gdpr|disqus|colophon|topbar)]",
            "[id~=(?i)(sidebar|share|social|breadcrumb|menu|footer|header|nav|license|read-next|comments?\\b|cookie"
                    + "|consent|gdpr|disqus|^respond$|colophon|topbar)]");

    /** Headings that introduce a chrome block; the block they head goes with them. */
    private static final Pattern CHROME_HEADING = Pattern.compile(
            "(?i)^\\s*(explore topics|topics|related (alerts|articles|posts|stories)|share( this)?|tags|categories"
                    + "|stay informed|read next|recent posts|最近更新|接下来阅读|相关文章|相關文章|热门标签|熱門標籤"
                    + "|探索主题|探索主題|分享|标签|標籤|分类|分類)\\s*:?\\s*$");

    private static final String BLOCKS = "p, li, blockquote, h2, h3, h4, h5, h6, td, pre, figcaption, dd, dt";
    private static final String DATE_LINES =
            ".dateline, .date, .post-date, .meta, .post-meta, .entry-meta, .byline, time";

    // Selectors parsed once: jsoup parses a selector string on every select() call, which cost as much as parsing
    // the page itself (its Evaluators are thread-safe and reusable).
    private static final Evaluator CHROME_SELECTOR = QueryParser.parse(CHROME);
    private static final Evaluator BLOCK_SELECTOR = QueryParser.parse(BLOCKS);
    private static final Evaluator DATE_LINE_SELECTOR = QueryParser.parse(DATE_LINES);
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator BR = QueryParser.parse("br");
    private static final Evaluator P = QueryParser.parse("p");
    private static final Evaluator TIME = QueryParser.parse("time");
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6, .widget-title, .title");
    private static final Evaluator SECTIONS = QueryParser.parse("section, div, aside");
    private static final Evaluator AFTER_HEADING = QueryParser.parse("ul, ol, div, p");
    private static final Evaluator TITLE_HEADING = QueryParser.parse("article h1, main h1, h1");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator DATE_ATTRIBUTES =
            QueryParser.parse("time[datetime], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued],"
                    + " meta[property=article:published_time], meta[itemprop=datePublished]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator MAIN =
            QueryParser.parse("main, [role=main], #main, #content, .content, .post, .entry-content");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator TRANSLATION_LINKS =
            QueryParser.parse("link[rel=alternate][hreflang][href], a[hreflang][href], .lang-switch a[lang][href],"
                    + " .language-switch a[lang][href]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    /** Extracts a capture. Never throws for malformed HTML: jsoup repairs what it can. */
    public ExtractedPage extract(Capture capture) {
        String html = HtmlDecoding.decode(capture.body(), capture.contentType());
        Document doc = Jsoup.parse(html, baseUri(capture.url()));
        Map<String, String> translations = translations(doc, capture.url());
        String title = title(doc);
        Element content = mainContent(doc);
        content.select(CHROME_SELECTOR).remove();
        removeHeadedChrome(content);
        LocalDate published = published(doc, content);
        content.select(H1).remove();
        removeDateLines(content);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element block : content.select(BLOCK_SELECTOR)) {
            boolean item = block.normalName().equals("li");
            if (!item && hasInnerBlock(block)) {
                continue; // the inner blocks are read on their own
            }
            if (item && insideItem(block)) {
                continue; // read as part of the outer item
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, languageOf(text)));
            }
        }
        addLooseText(content, paragraphs);
        List<String> links = outgoingLinks(content, capture.url());
        return new ExtractedPage(
                capture.url(), title, dominantLanguage(doc, paragraphs), published, paragraphs, links, translations);
    }

    private static boolean hasInnerBlock(Element block) {
        for (Element child : block.children()) {
            if (child.selectFirst(BLOCK_SELECTOR) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideItem(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("li")) {
                return true;
            }
        }
        return false;
    }

    /** Text that sits directly in a div, outside any block element (common in imported and old pages). */
    private static void addLooseText(Element content, List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            content.select(BR).after("\n");
            for (String line : content.wholeText().split("\\n\\s*\\n|\\n")) {
                String text = line.strip().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    paragraphs.add(new Paragraph(text, languageOf(text)));
                }
            }
        }
    }

    /** Drops date lines; a {@code <time>} inside a sentence stays, since it is part of the text. */
    private static void removeDateLines(Element content) {
        for (Element line : content.select(DATE_LINE_SELECTOR)) {
            if (!line.is(TIME)
                    || line.parent() == null
                    || line.parent().text().strip().equals(line.text().strip())) {
                line.remove();
            }
        }
    }

    private static void removeHeadedChrome(Element content) {
        for (Element heading : content.select(HEADINGS)) {
            if (heading.parent() == null
                    || !CHROME_HEADING.matcher(heading.text()).matches()) {
                continue;
            }
            Element parent = heading.parent();
            if (parent != content && parent.is(SECTIONS) && parent.select(P).size() <= 2) {
                parent.remove();
            } else {
                Element next = heading.nextElementSibling();
                if (next != null && next.is(AFTER_HEADING)) {
                    next.remove();
                }
                heading.remove();
            }
        }
    }

    private static String baseUri(String url) {
        return url.startsWith("http") ? url : "";
    }

    private static String title(Document doc) {
        Element h1 = doc.selectFirst(TITLE_HEADING);
        String title = h1 != null ? h1.text() : "";
        if (title.isBlank()) {
            title = doc.select(OG_TITLE).attr("content");
        }
        if (title.isBlank()) {
            title = doc.title();
            for (String separator : new String[] {" | ", " - ", " – ", " — "}) {
                int bar = title.lastIndexOf(separator);
                if (bar > 0) {
                    title = title.substring(0, bar);
                    break;
                }
            }
        }
        return title.strip();
    }

    private static LocalDate published(Document doc, Element content) {
        for (Element candidate : doc.select(DATE_ATTRIBUTES)) {
            String value = candidate.hasAttr("datetime") ? candidate.attr("datetime") : candidate.attr("content");
            Optional<LocalDate> date = PublicationDates.fromAttribute(value);
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (Element line : content.select(DATE_LINE_SELECTOR)) {
            Optional<LocalDate> date = PublicationDates.fromText(line.text());
            if (date.isPresent()) {
                return date.get();
            }
        }
        // A date line at the top of the text: look at the first few blocks only, so dates of events are not taken.
        List<Element> blocks = content.select(BLOCK_SELECTOR);
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            String text = blocks.get(i).text();
            if (text.length() <= 80) {
                Optional<LocalDate> date = PublicationDates.fromDateLine(text);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    private static Element mainContent(Document doc) {
        Element article = longest(doc.select(ARTICLE));
        if (article == null) {
            article = doc.selectFirst(MAIN);
        }
        return (article != null ? article : doc.body()).clone();
    }

    /**
     * The article of a page with several (teasers of related stories are articles too) is the one with the most
     * text; an article inside another counts within it.
     */
    private static Element longest(org.jsoup.select.Elements articles) {
        if (articles.size() <= 1) {
            return articles.isEmpty() ? null : articles.get(0);
        }
        Element best = null;
        int most = -1;
        for (Element a : articles) {
            int length = a.text().length();
            if (length > most) {
                best = a;
                most = length;
            }
        }
        return best;
    }

    /** The language the root element declares; the root is found without walking the whole document. */
    private static Language htmlLanguage(Document doc) {
        Element html = doc.selectFirst(HTML);
        return Language.fromTag(html == null ? "" : html.attr("lang"));
    }

    private static Map<String, String> translations(Document doc, String pageUrl) {
        Map<String, String> out = new LinkedHashMap<>();
        Language own = htmlLanguage(doc);
        for (Element link : doc.select(TRANSLATION_LINKS)) {
            Language language = Language.fromTag(link.hasAttr("hreflang") ? link.attr("hreflang") : link.attr("lang"));
            String target = resolve(pageUrl, link.attr("href"));
            if (language == Language.UNKNOWN || language == own || target == null || target.equals(pageUrl)) {
                continue;
            }
            out.putIfAbsent(language.tag(), target);
        }
        return out;
    }

    private static List<String> outgoingLinks(Element content, String pageUrl) {
        Set<String> links = new LinkedHashSet<>();
        for (Element a : content.select(LINKS)) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)) {
                continue;
            }
            String target = resolve(pageUrl, href);
            if (target != null) {
                links.add(target);
            }
        }
        return List.copyOf(links);
    }

    /**
     * Resolves a link against the page URL. Corpus pages have {@code corpus:} URLs, which are opaque to
     * {@link URI#resolve}: they are resolved as paths so a translation link names the other page's URL.
     */
    static String resolve(String pageUrl, String href) {
        try {
            URI link = new URI(href.strip().replace(" ", "%20"));
            if (link.isAbsolute()) {
                return link.toString();
            }
            if (pageUrl.startsWith("corpus:")) {
                URI base = new URI("corpus", "x", "/" + pageUrl.substring("corpus:".length()), null);
                String path = base.resolve(link).getPath();
                return path == null ? null : "corpus:" + path.substring(1);
            }
            return new URI(pageUrl).resolve(link).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Language of one block: Chinese (with its script) when Han characters outnumber Latin letters. */
    static Language languageOf(String text) {
        int han = ChineseScript.hanCount(text);
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (han == 0 && latin == 0) {
            return Language.UNKNOWN;
        }
        // A Han character carries about as much as a short English word.
        return han * 3 >= latin ? ChineseScript.guessScript(text) : Language.ENGLISH;
    }

    private static Language dominantLanguage(Document doc, List<Paragraph> paragraphs) {
        Map<Language, Integer> weight = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            // Weighed as languageOf weighs a block: a Han character carries what three Latin letters do.
            int length = p.text().length();
            weight.merge(p.language(), p.language().isChinese() ? 3 * length : length, Integer::sum);
        }
        weight.remove(Language.UNKNOWN);
        if (weight.isEmpty()) {
            return htmlLanguage(doc);
        }
        if (weight.containsKey(Language.CHINESE_SIMPLIFIED) && weight.containsKey(Language.CHINESE_TRADITIONAL)) {
            String all =
                    String.join("", paragraphs.stream().map(Paragraph::text).toList());
            Language script = ChineseScript.guessScript(all);
            int chinese = weight.remove(Language.CHINESE_SIMPLIFIED) + weight.remove(Language.CHINESE_TRADITIONAL);
            weight.put(script, chinese);
        }
        return weight.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }
}
