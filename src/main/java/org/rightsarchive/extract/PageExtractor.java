package org.rightsarchive.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.lang.ChineseScript;
import org.rightsarchive.lang.Language;

/**
 * Extracts the main content of an alert page with jsoup. Site chrome (navigation, headers, footers, sidebars such as
 * "Explore Topics", share buttons) is removed before any text is read, so it can never reach the annotators.
 */
public final class PageExtractor {
    private static final String CHROME = String.join(
            ",",
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "iframe",
            "[role=navigation]",
            "[role=banner]",
            "[role=contentinfo]",
            "[role=complementary]",
            "[class~=(?i)(sidebar|share|social|breadcrumb|skip-link|lang-switch|menu|comments?)]",
            "[id~=(?i)(sidebar|share|social|breadcrumb|menu|footer|header|nav)]");

    /** Extracts a capture. Never throws for malformed HTML: jsoup repairs what it can. */
    public ExtractedPage extract(Capture capture) {
        String html = new String(capture.body(), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html, baseUri(capture.url()));
        Map<String, String> translations = translations(doc);
        String title = title(doc);
        LocalDate published = published(doc);
        Element content = mainContent(doc);
        content.select(CHROME).remove();
        content.select("h1").remove();
        content.select(".dateline, time").remove();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element block : content.select("p, li, blockquote, h2, h3, h4, td")) {
            // select() includes the block itself: look for other blocks inside it
            if (block.select("p, li, blockquote").size() > (block.is("p, li, blockquote") ? 1 : 0)
                    && !block.is("li")) {
                continue; // the inner blocks are read on their own
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, languageOf(text)));
            }
        }
        if (paragraphs.isEmpty()) {
            String text = content.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, languageOf(text)));
            }
        }
        List<String> links = content.select("a[href]").eachAttr("abs:href");
        return new ExtractedPage(
                capture.url(), title, dominantLanguage(doc, paragraphs), published, paragraphs, links, translations);
    }

    private static String baseUri(String url) {
        return url.startsWith("http") ? url : "";
    }

    private static String title(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String title = h1 != null ? h1.text() : doc.title();
        int bar = title.indexOf(" | ");
        return (bar > 0 ? title.substring(0, bar) : title).strip();
    }

    private static LocalDate published(Document doc) {
        for (Element time : doc.select("time[datetime], meta[name=date], meta[property=article:published_time]")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
            if (value.length() >= 10) {
                try {
                    return LocalDate.parse(value.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // try the next candidate
                }
            }
        }
        return null;
    }

    private static Element mainContent(Document doc) {
        Element article = doc.selectFirst("article");
        if (article == null) {
            article = doc.selectFirst("main, [role=main], #main, #content, .content");
        }
        return (article != null ? article : doc.body()).clone();
    }

    private static Map<String, String> translations(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel=alternate][hreflang][href]")) {
            out.putIfAbsent(Language.fromTag(link.attr("hreflang")).tag(), link.attr("href"));
        }
        return out;
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
            weight.merge(p.language(), p.text().length(), Integer::sum);
        }
        weight.remove(Language.UNKNOWN);
        if (weight.isEmpty()) {
            return Language.fromTag(doc.select("html").attr("lang"));
        }
        if (weight.containsKey(Language.CHINESE_SIMPLIFIED) && weight.containsKey(Language.CHINESE_TRADITIONAL)) {
            String all = String.join(
                    "", paragraphs.stream().map(Paragraph::text).toList());
            Language script = ChineseScript.guessScript(all);
            int chinese = weight.remove(Language.CHINESE_SIMPLIFIED) + weight.remove(Language.CHINESE_TRADITIONAL);
            weight.put(script, chinese);
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
