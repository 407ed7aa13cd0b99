package org.rightsarchive.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.topics.CueTopicTagger;
import org.rightsarchive.annotate.topics.LinearTopicModel;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

/**
 * The CECC Political Prisoner Database records as labelled pages: the English summary is the main text, the
 * record's name, provinces and detention date stand for what the people, place and event recognizers would find on
 * a page about the prisoner, and the issue codes, mapped to taxonomy topics ({@link #CODES}), are the gold topics.
 * Other record fields (ethnic group, religion, occupation) are not given to the tagger.
 */
public final class CeccTopics {
    /** Development half of the database, under the shared folder. */
    public static final String DEV_FILE = "data/cecc-ppd/cecc-ppd-dev.csv";

    /** CECC issue code to taxonomy topic id. Codes not listed ({@code assist}, {@code com}) are not scored. */
    public static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("spch", "freedom-of-expression"),
            Map.entry("eth", "ethnic-minorities"),
            Map.entry("rel", "freedom-of-religion"),
            Map.entry("FG", "freedom-of-religion"),
            Map.entry("assoc", "freedom-of-association"),
            Map.entry("info", "access-to-information"),
            Map.entry("rol", "rule-of-law"),
            Map.entry("dem", "democratic-and-political-reform"),
            Map.entry("prop", "land-property-housing"),
            Map.entry("6489", "june-fourth"),
            Map.entry("lab", "labor-rights"),
            Map.entry("enviro", "environment"),
            Map.entry("civil", "civil-society"),
            Map.entry("rur", "farmers"));

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:/(\\d{2}|mm)(?:/(\\d{2}|dd))?)?");

    private CeccTopics() {}

    /** The topic ids the mapping reaches: the scope of CECC scoring. */
    public static Set<String> topics() {
        return Set.copyOf(CODES.values());
    }

    /**
     * The shipped topic model ({@code archive train-topics}): the standard rules plus a model of the mapped topics
     * trained on the records with the default settings.
     */
    public static LinearTopicModel trainModel(List<LabelledPage> records) {
        return TopicEvaluation.train(
                CueTopicTagger.standard(),
                records,
                topics(),
                LinearTopicModel.Settings.DEFAULT,
                "CECC Political Prisoner Database, development half (" + records.size()
                        + " records, export 2020-07-23), issue codes mapped by eval.CeccTopics");
    }

    /** Reads the records of a CECC CSV export. */
    public static List<LabelledPage> read(Path csv) throws IOException {
        List<LabelledPage> pages = new ArrayList<>();
        for (Map<String, String> r : Csv.readRecords(csv)) {
            pages.add(page(r));
        }
        return pages;
    }

    static LabelledPage page(Map<String, String> r) {
        String number = r.getOrDefault("CECC_record_number", "").strip();
        String summary = value(r.get("short_summary"));
        String text = summary == null ? "" : Jsoup.parse(summary).text();
        List<Paragraph> paragraphs = text.isBlank() ? List.of() : List.of(new Paragraph(text, Language.ENGLISH));
        ExtractedPage page =
                new ExtractedPage("cecc:" + number, "", Language.ENGLISH, null, paragraphs, List.of(), Map.of());
        List<Person> people = new ArrayList<>();
        String name = value(r.get("main.name"));
        String id = name == null ? "" : org.rightsarchive.annotate.topics.Taxonomy.slug(name);
        if (!id.isEmpty()) {
            people.add(new Person(id, name, null, null, null, "detainee", null, List.of(name)));
        }
        List<Place> places = new ArrayList<>();
        String residence = province(r.get("residence_province"));
        String detained = province(r.get("province_imprisoned_detained"));
        for (String p : new LinkedHashSet<>(java.util.Arrays.asList(residence, detained))) {
            if (p != null) {
                places.add(new Place(p, null, p, null, null, "province"));
            }
        }
        List<Event> events = new ArrayList<>();
        String date = date(r.get("date_of_detention"));
        if (date != null || detained != null) {
            events.add(new Event(
                    "detention",
                    date,
                    null,
                    detained,
                    detained,
                    people.stream().map(Person::id).toList(),
                    ""));
        }
        Set<String> gold = new LinkedHashSet<>();
        for (String code : r.getOrDefault("issue_category", "").split("/")) {
            String topic = CODES.get(code.strip());
            if (topic != null) {
                gold.add(topic);
            }
        }
        return new LabelledPage(number, page, people, places, events, gold);
    }

    private static String value(String v) {
        return v == null || v.isBlank() || v.equals("NA") || v.startsWith("??") ? null : v.strip();
    }

    /** {@code Tibet [Xizang] Auto. Region} to {@code Tibet}, {@code Beijing Shi (prov.)} to {@code Beijing}. */
    static String province(String cecc) {
        String v = value(cecc);
        if (v == null || v.startsWith("(")) {
            return null;
        }
        v = v.replaceAll("\\[[^]]*]", " ").replaceAll("\\([^)]*\\)", " ");
        v = v.replaceAll("(?i)\\b(province|shi|auto\\.? region|uyghur|uighur|zhuang|hui|s\\.a\\.r\\.?|sar)\\b", " ");
        v = v.replaceAll("\\s+", " ").strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.toLowerCase(Locale.ROOT).equals("nei mongol") ? "Inner Mongolia" : v;
    }

    /** {@code 2002/03/17} to {@code 2002-03-17}, {@code 1989/mm/dd} to {@code 1989}. */
    static String date(String cecc) {
        String v = value(cecc);
        if (v == null) {
            return null;
        }
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(2) != null && !m.group(2).equals("mm")) {
            out.append('-').append(m.group(2));
            if (m.group(3) != null && !m.group(3).equals("dd")) {
                out.append('-').append(m.group(3));
            }
        }
        return out.toString();
    }
}
