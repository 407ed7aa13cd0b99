package org.rightsarchive.bench;

import com.ibm.icu.text.Transliterator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.rightsarchive.lang.Language;

/**
 * Writes the HTML of an {@link AlertCase} the way the bundled corpus pages are laid out: a site header with
 * navigation and a language switch, the article (title, dateline, body, appeal addresses, share buttons), an aside
 * with the "Explore Topics" list and related alerts, and a footer. Traditional Chinese pages are written in Simplified
 * and converted with ICU, as the corpus's own Traditional pages were drafted.
 */
final class AlertPageRenderer {
    /** Bumped whenever the pages change, so kept bench indexes of older pages are rebuilt. */
    static final int VERSION = 1;

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final List<String[]> OCCUPATIONS = List.of(
            new String[] {"a factory worker", "工人"},
            new String[] {"a retired worker", "退休工人"},
            new String[] {"a teacher", "教师"},
            new String[] {"a farmer", "农民"},
            new String[] {"a shopkeeper", "个体户"},
            new String[] {"a student", "学生"},
            new String[] {"a writer", "作家"},
            new String[] {"a pastor", "牧师"},
            new String[] {"a doctor", "医生"},
            new String[] {"an engineer", "工程师"},
            new String[] {"a petitioner", "访民"});
    private static final List<String[]> RELATIONS = List.of(
            new String[] {"spouse", "配偶"},
            new String[] {"mother", "母亲"},
            new String[] {"father", "父亲"},
            new String[] {"son", "儿子"},
            new String[] {"daughter", "女儿"},
            new String[] {"brother", "哥哥"},
            new String[] {"sister", "姐姐"});
    private static final Map<String, String[]> HEADLINES = Map.of(
            "detention", new String[] {"{name} Detained in {place}", "{hanzi}在{placeZh}被拘留"},
            "arrest", new String[] {"{name} Formally Arrested for “{charge}”", "{hanzi}被以“{chargeZh}”罪名正式逮捕"},
            "trial", new String[] {"{name} Tried in {place}", "{hanzi}案在{placeZh}开庭"},
            "sentencing", new String[] {"{name} Sentenced to {years} Years", "{hanzi}被判处有期徒刑{years}年"},
            "release", new String[] {"{name} Released After {years} Years in Prison", "{hanzi}服刑{years}年后获释"},
            "disappearance", new String[] {"Fears for {name}, Missing Since {date}", "{hanzi}自{dateZh}起下落不明"},
            "protest", new String[] {"Protest in {place}: {name} Taken Away", "{placeZh}民众抗议，{hanzi}被带走"},
            "hunger-strike", new String[] {"{name} on Hunger Strike in Detention", "{hanzi}在看守所绝食抗议"},
            "house-arrest", new String[] {"{name} Under House Arrest in {place}", "{hanzi}在{placeZh}遭软禁"});
    private static final Map<String, String[]> LEADS = Map.of(
            "detention",
            new String[] {
                "Police detained {name} ({hanzi}), {age}, in {locality} on {date}. {He} is held at the {facility} and"
                        + " {his} family has received no written notice.",
                "{dateZh}，{localityZh}警方拘留了{hanzi}（{age}岁）。{ta}被关押在{facilityZh}，家属至今没有收到书面通知。"
            },
            "arrest",
            new String[] {
                "{name} ({hanzi}), {age}, was formally arrested on {date} on suspicion of {charge}, after weeks in the"
                        + " {facility}.",
                "在{facilityZh}被关押数周后，{hanzi}（{age}岁）于{dateZh}以涉嫌“{chargeZh}”罪被正式逮捕。"
            },
            "trial",
            new String[] {
                "The {place} Intermediate People's Court tried {name} ({hanzi}), {age}, on {date} on a charge of"
                        + " {charge}. The hearing lasted less than a day and no verdict was announced.",
                "{dateZh}，{placeZh}中级人民法院以“{chargeZh}”罪开庭审理{hanzi}（{age}岁）案。庭审不到一天，法院没有当庭宣判。"
            },
            "sentencing",
            new String[] {
                "On {date} the {place} Intermediate People's Court sentenced {name} ({hanzi}), {age}, to {years} years"
                        + " in prison for {charge}.",
                "{dateZh}，{placeZh}中级人民法院以“{chargeZh}”罪判处{hanzi}（{age}岁）有期徒刑{years}年。"
            },
            "release",
            new String[] {
                "{name} ({hanzi}) was released on {date} after serving {years} years for {charge}, and returned to"
                        + " {place}.",
                "因“{chargeZh}”罪服刑{years}年的{hanzi}于{dateZh}获释，已回到{placeZh}。"
            },
            "disappearance",
            new String[] {
                "{name} ({hanzi}), {age}, has not been seen since {date}, when unidentified men took {him} from {his}"
                        + " home in {locality}.",
                "{dateZh}，数名身份不明的男子将{hanzi}（{age}岁）从{ta}在{localityZh}的家中带走，此后{ta}一直下落不明。"
            },
            "protest",
            new String[] {
                "Hundreds of people gathered in {locality} on {date}, and police took away {name} ({hanzi}), {age},"
                        + " one of the organizers.",
                "{dateZh}，数百人聚集在{localityZh}，组织者之一{hanzi}（{age}岁）被警察带走。"
            },
            "hunger-strike",
            new String[] {
                "{name} ({hanzi}), {age}, began a hunger strike on {date} in the {facility} to protest {his}"
                        + " treatment.",
                "{hanzi}（{age}岁）于{dateZh}在{facilityZh}开始绝食，抗议所受的对待。"
            },
            "house-arrest",
            new String[] {
                "Since {date}, {name} ({hanzi}), {age}, has been confined to {his} home in {locality} by police posted"
                        + " at the door.",
                "自{dateZh}起，{hanzi}（{age}岁）被警察软禁在{localityZh}的家中，门口有人看守。"
            });

    /** ICU's conversion, cached per character: converting whole pages with ICU costs more than writing them. */
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    private static final Map<Character, String> TRADITIONAL = new ConcurrentHashMap<>();

    private final WordLists words;
    private final LongFunction<AlertCase> related;

    AlertPageRenderer(WordLists words, LongFunction<AlertCase> related) {
        this.words = words;
        this.related = related;
    }

    String render(AlertCase alert) {
        boolean english = alert.language() == Language.ENGLISH;
        Map<String, String> slots = slots(alert);
        StringBuilder html = new StringBuilder(8192);
        String title = fill(headline(alert, english), slots);
        String site = english ? "China Rights Alerts" : "中国人权快讯";
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(alert.language().tag())
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append(" | ")
                .append(site)
                .append("</title>\n")
                .append("<meta name=\"description\" content=\"")
                .append(escape(fill(lead(alert, english), slots)))
                .append("\">\n<link rel=\"stylesheet\" href=\"/static/css/")
                .append(english ? "site" : "zh")
                .append(".css\">\n</head>\n<body class=\"page-alert\">\n");
        header(html, english, site);
        html.append("<main id=\"main\">\n<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><a href=\"/\">")
                .append(english ? "Home" : "首页")
                .append("</a> &rsaquo; <a href=\"/alerts/")
                .append(alert.published().getYear())
                .append("\">")
                .append(alert.published().getYear())
                .append("</a></nav>\n<article class=\"alert\">\n<h1>")
                .append(escape(title))
                .append("</h1>\n")
                .append("<p class=\"dateline\"><time datetime=\"")
                .append(alert.published())
                .append("\">")
                .append(english ? ENGLISH_DATE.format(alert.published()) : chineseDate(alert.published()))
                .append("</time> <span class=\"byline\">")
                .append(english ? "by China Rights Alerts staff" : "来源：本站编辑部")
                .append("</span></p>\n<div class=\"alert-body\">\n");
        for (String paragraph : body(alert, english)) {
            html.append("<p>").append(fill(paragraph, slots)).append("</p>\n");
        }
        html.append("<blockquote><p>")
                .append(fill(
                        english
                                ? "“Peaceful speech is not a crime. {name} should be at home with {his} family.”"
                                : "“和平表达不是犯罪。{hanzi}应该回到家人身边。”",
                        slots))
                .append("</p></blockquote>\n<p>")
                .append(fill(
                        english
                                ? "<strong>What you can do:</strong> Write to the officials below and ask for the"
                                        + " release of {name}, for {his} family to be told where {he} is held, and"
                                        + " for access to a lawyer of {his} choosing."
                                : "<strong>您可以做什么：</strong>请致函以下官员，要求释放{hanzi}，告知其家属关押地点，" + "并允许{ta}会见自行选择的律师。",
                        slots))
                .append("</p>\n<ul class=\"appeal-addresses\">\n")
                .append(fill(
                        english
                                ? "<li><strong>{official}</strong>, Governor, {province} Provincial People's"
                                        + " Government, {province}, People's Republic of China</li>\n"
                                        + "<li>Director, {place} Public Security Bureau, {locality}, PRC</li>\n"
                                : "<li>{provinceFullZh}人民政府 <strong>{officialZh}</strong></li>\n"
                                        + "<li>{placeFullZh}公安局</li>\n",
                        slots))
                .append("</ul>\n</div>\n<div class=\"share-buttons\">")
                .append(english ? "Share:" : "分享：")
                .append(" <a href=\"#\">Twitter</a> <a href=\"#\">Facebook</a> <a href=\"#\">Email</a></div>\n")
                .append("</article>\n");
        sidebar(html, alert, english);
        html.append("</main>\n<footer class=\"site-footer\">\n<p>&copy; ")
                .append(alert.published().getYear())
                .append(' ')
                .append(site)
                .append(" &middot; <a href=\"/contact\">")
                .append(english ? "Contact" : "联系我们")
                .append("</a> &middot; <a href=\"/privacy\">")
                .append(english ? "Privacy" : "隐私")
                .append("</a> &middot; <a href=\"/rss.xml\">RSS</a></p>\n")
                .append("<p class=\"footer-note\">")
                .append(
                        english
                                ? "Appeals on this site may be freely copied for non-commercial campaigning."
                                : "本站紧急呼吁可自由转载，用于非商业目的。")
                .append("</p>\n</footer>\n</body>\n</html>\n");
        String page = html.toString();
        return alert.language() == Language.CHINESE_TRADITIONAL ? toTraditional(page) : page;
    }

    /** The page's headline, in the given language. */
    String headline(AlertCase alert, boolean english) {
        return HEADLINES.get(alert.eventType())[english ? 0 : 1];
    }

    private static String lead(AlertCase alert, boolean english) {
        return LEADS.get(alert.eventType())[english ? 0 : 1];
    }

    private List<String> body(AlertCase alert, boolean english) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(lead(alert, english));
        paragraphs.add(
                english
                        ? "{name}, {occupation} from {place}, had been under pressure from local police for some time before"
                                + " {date}. Officers had warned {him} more than once to stop speaking to foreign reporters."
                        : "{hanzi}是{placeZh}的{occupationZh}，在{dateZh}之前已长期受到当地警方施压，警察曾多次警告{ta}不要接受境外媒体采访。");
        for (WordLists.TopicEntry topic : alert.topics()) {
            paragraphs.add(
                    english
                            ? topic.sentenceEn()
                            : topic.sentenceZh()
                                    .replace("{name}", "{hanzi}")
                                    .replace("{place}", "{placeZh}")
                                    .replace("{province}", "{provinceZh}"));
        }
        paragraphs.add(
                english
                        ? "{His} {relation}, {relative} ({relativeZh}), said on {published} that the family had not been"
                                + " allowed to visit and had learned of the case from neighbours."
                        : "{ta}的{relationZh}{relativeZh}于{publishedZh}说，家属一直不被允许探视，是从邻居那里得知此事的。");
        paragraphs.add(
                english
                        ? "Lawyer {lawyer} ({lawyerZh}) asked to meet {name} and was turned away on the grounds that the case"
                                + " involves {charge}."
                        : "律师{lawyerZh}要求会见{hanzi}，被以案件涉及“{chargeZh}”为由拒绝。");
        return paragraphs;
    }

    private Map<String, String> slots(AlertCase alert) {
        Persona p = alert.subject();
        WordLists.PlaceEntry place = alert.place();
        long pick = alert.index() * 7 + p.age();
        String[] occupation = OCCUPATIONS.get((int) Math.floorMod(pick, OCCUPATIONS.size()));
        String[] relation = RELATIONS.get((int) Math.floorMod(pick / 3, RELATIONS.size()));
        Map<String, String> s = new HashMap<>();
        s.put("name", p.pinyin());
        s.put("hanzi", p.hanzi());
        s.put("age", Integer.toString(p.age()));
        s.put("He", p.female() ? "She" : "He");
        s.put("he", p.female() ? "she" : "he");
        s.put("him", p.female() ? "her" : "him");
        s.put("his", p.female() ? "her" : "his");
        s.put("His", p.female() ? "Her" : "His");
        s.put("ta", p.female() ? "她" : "他");
        s.put("place", place.prefectureEn());
        s.put("placeZh", place.prefectureZh());
        s.put("placeFullZh", place.prefectureFullZh());
        s.put("province", place.provinceEn());
        s.put("provinceZh", place.provinceZh());
        s.put("provinceFullZh", place.provinceFullZh());
        s.put(
                "locality",
                place.isMunicipality() ? place.prefectureEn() : place.prefectureEn() + ", " + place.provinceEn());
        s.put(
                "localityZh",
                place.isMunicipality() ? place.prefectureFullZh() : place.provinceFullZh() + place.prefectureFullZh());
        s.put("facility", place.prefectureEn() + " Detention Center");
        s.put("facilityZh", place.prefectureZh() + "看守所");
        s.put("date", ENGLISH_DATE.format(alert.eventDate()));
        s.put("dateZh", chineseDate(alert.eventDate()));
        s.put("published", ENGLISH_DATE.format(alert.published()));
        s.put("publishedZh", chineseDate(alert.published()));
        s.put("charge", alert.charge().en());
        s.put("chargeZh", alert.charge().zh());
        s.put("years", Integer.toString(alert.years()));
        s.put("occupation", occupation[0]);
        s.put("occupationZh", occupation[1]);
        s.put("relation", relation[0]);
        s.put("relationZh", relation[1]);
        s.put("relative", alert.relative().pinyin());
        s.put("relativeZh", alert.relative().hanzi());
        s.put("lawyer", alert.lawyer().pinyin());
        s.put("lawyerZh", alert.lawyer().hanzi());
        s.put("official", alert.official().pinyin());
        s.put("officialZh", alert.official().hanzi());
        s.replaceAll((k, v) -> escape(v));
        return s;
    }

    private static void header(StringBuilder html, boolean english, String site) {
        html.append("<a class=\"skip-link\" href=\"#main\">")
                .append(english ? "Skip to content" : "跳到正文")
                .append("</a>\n<header class=\"site-header\">\n  <div class=\"brand\"><a href=\"/\">")
                .append(site)
                .append("</a></div>\n  <nav class=\"main-nav\"><ul>");
        String[][] menu = english
                ? new String[][] {
                    {"/", "Home"},
                    {"/alerts", "Alerts"},
                    {"/cases", "Cases"},
                    {"/take-action", "Take Action"},
                    {"/about", "About Us"},
                    {"/donate", "Donate"}
                }
                : new String[][] {
                    {"/zh/", "首页"},
                    {"/zh/alerts", "快讯"},
                    {"/zh/cases", "个案"},
                    {"/zh/action", "紧急行动"},
                    {"/zh/about", "关于我们"}
                };
        for (String[] item : menu) {
            html.append("<li><a href=\"")
                    .append(item[0])
                    .append("\">")
                    .append(item[1])
                    .append("</a></li>");
        }
        html.append("</ul></nav>\n  <div class=\"lang-switch\"><a href=\"/")
                .append(english ? "zh/\" hreflang=\"zh-Hans\">中文" : "\" hreflang=\"en\">English")
                .append(
                        "</a></div>\n  <form class=\"site-search\" action=\"/search\" method=\"get\"><input type=\"search\""
                                + " name=\"q\"> <button type=\"submit\">")
                .append(english ? "Search" : "搜索")
                .append("</button></form>\n</header>\n");
    }

    private void sidebar(StringBuilder html, AlertCase alert, boolean english) {
        html.append("<aside class=\"sidebar\">\n<h2>")
                .append(english ? "Explore Topics" : "浏览专题")
                .append("</h2>\n<ul class=\"topic-list\">\n");
        for (WordLists.TopicEntry topic : words.topics()) {
            if (!alert.topics().contains(topic)) {
                html.append("<li><a href=\"/topics/")
                        .append(topic.id())
                        .append("\">")
                        .append(escape(english ? topic.label() : topic.labelZh()))
                        .append("</a></li>\n");
            }
        }
        html.append("</ul>\n<h2>")
                .append(english ? "Related alerts" : "相关快讯")
                .append("</h2>\n<ul class=\"related\">\n");
        for (int k = 1; k <= 3; k++) {
            AlertCase other = related.apply(alert.index() + k * 7919L);
            html.append("<li><a href=\"")
                    .append(other.url())
                    .append("\">")
                    .append(fill(headline(other, english), slots(other)))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n<section class=\"newsletter\"><h2>")
                .append(english ? "Stay informed" : "订阅快讯")
                .append("</h2><form action=\"/subscribe\" method=\"post\"><input type=\"email\" name=\"email\">"
                        + " <button type=\"submit\">")
                .append(english ? "Subscribe" : "订阅")
                .append("</button></form></section>\n</aside>\n");
    }

    static String toTraditional(String simplified) {
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (c < 0x3400) {
                out.append(c);
            } else {
                out.append(TRADITIONAL.computeIfAbsent(c, AlertPageRenderer::traditionalOf));
            }
        }
        return out.toString();
    }

    private static String traditionalOf(char c) {
        synchronized (TO_TRADITIONAL) {
            return TO_TRADITIONAL.transliterate(String.valueOf(c));
        }
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String fill(String template, Map<String, String> slots) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String value = close < 0 ? null : slots.get(template.substring(open + 1, close));
            if (value == null) {
                throw new IllegalStateException("unknown slot in template: " + template.substring(open));
            }
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
