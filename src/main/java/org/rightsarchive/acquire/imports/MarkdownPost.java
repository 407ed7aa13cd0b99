package org.rightsarchive.acquire.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Entities;

/**
 * A blog post in Markdown with YAML front matter (Jekyll, Hexo): {@code title}, {@code date}, {@code lang},
 * {@code lang-ref}, {@code tags}, {@code categories}. Rendered to a plain HTML page for the archive.
 *
 * @param file where it was read from
 * @param frontMatter the front matter: scalar values as strings, lists as lists
 * @param markdown the body
 */
public record MarkdownPost(Path file, Map<String, Object> frontMatter, String markdown) {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    public MarkdownPost {
        Objects.requireNonNull(file, "file");
        frontMatter = Map.copyOf(frontMatter);
        Objects.requireNonNull(markdown, "markdown");
    }

    /** True for {@code .md} and {@code .markdown} files. */
    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * Reads a post; a file without front matter is a post whose title is its file name.
     *
     * @throws IOException if the file is not UTF-8 or its front matter is never closed
     */
    public static MarkdownPost read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Object> front = new LinkedHashMap<>();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                // Imported as it is, the whole front matter would become the post's text.
                throw new IOException("its front matter (opened by --- on the first line) is never closed by ---");
            }
            front = parseFrontMatter(text.substring(4, end));
            int bodyStart = text.indexOf('\n', end + 4);
            body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        }
        return new MarkdownPost(file, front, body);
    }

    /** The front matter subset of YAML these posts use: {@code key: value} lines and {@code - item} lists. */
    static Map<String, Object> parseFrontMatter(String yaml) {
        Map<String, Object> out = new LinkedHashMap<>();
        String listKey = null;
        String lastScalar = null;
        String lastRaw = "";
        for (String line : yaml.split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("- ") && listKey != null) {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) out.computeIfAbsent(listKey, k -> new ArrayList<String>());
                list.add(unquote(stripped.substring(2)));
                continue;
            }
            int colon = line.indexOf(':');
            if (Character.isWhitespace(line.charAt(0)) && lastScalar != null) {
                // A folded scalar: the value goes on over indented lines.
                lastRaw = lastRaw + " " + stripped;
                out.put(lastScalar, unquote(lastRaw));
                continue;
            }
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            lastScalar = null;
            if (value.isEmpty()) {
                listKey = key;
                out.put(key, new ArrayList<String>());
            } else if (value.startsWith("[") && value.endsWith("]")) {
                listKey = null;
                List<String> items = new ArrayList<>();
                for (String item : value.substring(1, value.length() - 1).split(",")) {
                    if (!item.isBlank()) {
                        items.add(unquote(item.strip()));
                    }
                }
                out.put(key, items);
            } else {
                listKey = null;
                lastScalar = key;
                lastRaw = value;
                out.put(key, unquote(value));
            }
        }
        return out;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && ((value.startsWith("\"") && value.endsWith("\""))
                        || (value.startsWith("'") && value.endsWith("'")))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** A date as front matter writes it: a day, then possibly a time ({@code 2019-06-03 10:00:00 +0800}). */
    private static final java.util.regex.Pattern DATE_VALUE =
            java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");

    /**
     * What in the front matter will not be read as its writer meant: a quote opened and never closed (the value
     * keeps the quote), a date that is no day of the calendar ({@code 2019-13-45}: the page is dated from its text
     * instead). The post is imported all the same; these are warnings for its maintainer.
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        frontMatter.forEach((key, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object v : values) {
                String text = v.toString();
                if (!text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\'')) {
                    out.add(key + ": the quote that opens " + text + " is never closed");
                }
            }
        });
        String date = value("date");
        if (!date.isBlank() && !isCalendarDay(date)) {
            out.add("date: " + date + " is no date (YYYY-MM-DD); the post is dated from its text");
        }
        return out;
    }

    private static boolean isCalendarDay(String date) {
        java.util.regex.Matcher m = DATE_VALUE.matcher(date.strip());
        if (!m.matches()) {
            return false;
        }
        try {
            java.time.LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** A scalar front matter value, or empty text. */
    public String value(String key) {
        Object v = frontMatter.get(key);
        return v instanceof String s ? s : "";
    }

    /** A list front matter value (a scalar becomes a one-item list). */
    public List<String> values(String key) {
        Object v = frontMatter.get(key);
        if (v instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return v instanceof String s && !s.isBlank() ? List.of(s) : List.of();
    }

    /** The title, or the file name without extension. */
    public String title() {
        String title = value("title");
        if (!title.isBlank()) {
            return title;
        }
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The BCP 47 tag of the post's {@code lang} ({@code zh} is zh-Hans, {@code zht} zh-Hant), or empty. */
    public String languageTag() {
        String lang = value("lang").toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (lang) {
            case "" -> "";
            case "en", "en-us", "en-gb" -> "en";
            case "zh", "zh-cn", "zh-hans", "zh-sg", "zhs" -> "zh-Hans";
            case "zht", "zh-tw", "zh-hk", "zh-hant", "zh-mo" -> "zh-Hant";
            default -> lang;
        };
    }

    /**
     * The post as an HTML page: title, date, language, translation links ({@code hreflang} tag to URL) and the
     * rendered body in an {@code <article>}. Raw HTML in the Markdown is kept as written; the extractor drops
     * scripts and chrome later, and every display escapes.
     */
    public String toHtml(Map<String, String> translations) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html");
        String lang = languageTag();
        if (!lang.isEmpty()) {
            html.append(" lang=\"").append(attr(lang)).append('"');
        }
        html.append(">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Entities.escape(title()))
                .append("</title>\n");
        if (isCalendarDay(value("date"))) {
            html.append("<meta name=\"date\" content=\"")
                    .append(attr(value("date")))
                    .append("\">\n");
        }
        List<String> keywords = new ArrayList<>(values("tags"));
        keywords.addAll(values("categories"));
        if (!keywords.isEmpty()) {
            html.append("<meta name=\"keywords\" content=\"")
                    .append(attr(String.join(", ", keywords)))
                    .append("\">\n");
        }
        for (Map.Entry<String, String> t : translations.entrySet()) {
            html.append("<link rel=\"alternate\" hreflang=\"")
                    .append(attr(t.getKey()))
                    .append("\" href=\"")
                    .append(attr(t.getValue()))
                    .append("\">\n");
        }
        html.append("</head>\n<body>\n<article>\n<h1>")
                .append(Entities.escape(title()))
                .append("</h1>\n")
                .append(RENDERER.render(PARSER.parse(markdown)))
                .append("</article>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String attr(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }
}
