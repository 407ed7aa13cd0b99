package org.rightsarchive.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;
import org.rightsarchive.lang.Language;

/** Reads Markdown posts with YAML front matter (Jekyll, Hugo) into a page of plain paragraphs and the front matter. */
final class MarkdownPages {
    /** A post: its front matter (list values joined by newlines) and its main text. */
    record Post(Map<String, String> frontMatter, ExtractedPage page) {}

    private MarkdownPages() {}

    static Post parse(String url, String markdown) {
        Map<String, String> front = new LinkedHashMap<>();
        String body = markdown;
        if (markdown.startsWith("---")) {
            int end = markdown.indexOf("\n---", 3);
            if (end > 0) {
                front = frontMatter(markdown.substring(3, end));
                body = markdown.substring(markdown.indexOf('\n', end + 1) + 1);
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : body.split("\\n\\s*\\n")) {
            String text = plain(block);
            if (!text.isBlank()) {
                paragraphs.add(new Paragraph(text, language(text)));
            }
        }
        Language language = paragraphs.isEmpty() ? Language.UNKNOWN : dominant(paragraphs);
        ExtractedPage page = new ExtractedPage(
                url, front.getOrDefault("title", ""), language, null, paragraphs, List.of(), Map.of());
        return new Post(front, page);
    }

    private static Map<String, String> frontMatter(String yaml) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        for (String line : yaml.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("- ") && key != null) {
                out.merge(key, unquote(trimmed.substring(2)), (a, b) -> a + "\n" + b);
            } else if (!line.startsWith(" ") && line.contains(":")) {
                key = line.substring(0, line.indexOf(':')).strip();
                String value = unquote(line.substring(line.indexOf(':') + 1));
                if (!value.isEmpty()) {
                    out.put(key, value);
                }
            }
        }
        return out;
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String plain(String block) {
        String s = block.replaceAll("\\{\\{<[^>]*>}}", " ")
                .replaceAll("!\\[[^]]*]\\([^)]*\\)", " ")
                .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
                .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]\\s)", " ")
                .replaceAll("[*_`]{1,3}", "");
        return Jsoup.parse(s).text().strip();
    }

    private static Language language(String text) {
        return ChineseScript.hanCount(text) * 3 > text.length() ? ChineseScript.guessScript(text) : Language.ENGLISH;
    }

    private static Language dominant(List<Paragraph> paragraphs) {
        Map<Language, Integer> chars = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            chars.merge(p.language(), p.text().length(), Integer::sum);
        }
        return chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }
}
