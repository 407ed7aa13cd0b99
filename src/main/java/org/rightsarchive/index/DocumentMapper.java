package org.rightsarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;

/** Maps an {@link ArchiveDocument} to the Lucene fields of the {@link Schema}, and stored annotations back. */
public final class DocumentMapper {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final FacetsConfig facets = Schema.facetsConfig();

    /** Builds the Lucene document, facets included. */
    public Document toLucene(ArchiveDocument doc) throws IOException {
        Document d = new Document();
        var page = doc.page();
        Annotations a = doc.annotations();
        d.add(new StringField(Schema.ID, doc.id(), Field.Store.YES));
        d.add(new StringField(Schema.URL, page.url(), Field.Store.YES));
        d.add(new StringField(Schema.ALL_URLS, page.url(), Field.Store.NO));
        for (String other : doc.otherUrls()) {
            d.add(new StringField(Schema.ALL_URLS, other, Field.Store.YES));
        }
        d.add(new StoredField(Schema.SOURCE, doc.source()));
        d.add(new StoredField(Schema.FETCHED, doc.fetchedAt().toEpochMilli()));
        d.add(new StoredField(Schema.TITLE, page.title()));
        String body = page.text();
        d.add(new StoredField(Schema.BODY, body));
        for (String field : new String[] {Schema.TITLE_EN, Schema.TITLE_ZH, Schema.TITLE_CJK}) {
            d.add(new TextField(field, page.title(), Field.Store.NO));
        }
        d.add(new TextField(Schema.BODY_EN, body, Field.Store.NO));
        d.add(new TextField(Schema.BODY_CJK, body, Field.Store.NO));
        // smartcn's word segmentation is the dearest analysis by far, and on text without CJK characters it finds
        // nothing the other two fields do not: the English field has the same Porter stems, the bigram field every
        // word unstemmed (stopwords too: a pinyin name like An Jie needs them). So only paragraphs with CJK
        // characters go into it. The English and bigram fields keep the whole text: the English one finds single
        // Han characters (a surname searched alone), which the bigram field does not.
        String cjk = cjkParagraphs(page.paragraphs(), body);
        if (!cjk.isEmpty()) {
            d.add(new TextField(Schema.BODY_ZH, cjk, Field.Store.NO));
        }
        String language = page.language().tag();
        d.add(new StringField(Schema.LANGUAGE, language, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Schema.LANGUAGE, language));
        if (page.published() != null) {
            long day = page.published().toEpochDay();
            d.add(new LongPoint(Schema.PUBLISHED, day));
            d.add(new NumericDocValuesField(Schema.PUBLISHED, day));
            d.add(new StoredField(Schema.PUBLISHED, page.published().toString()));
        }
        addPeople(d, a);
        addPlaces(d, a);
        addEvents(d, a);
        for (TopicTag topic : a.topics()) {
            d.add(new StringField(Schema.TOPIC, topic.id(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Schema.TOPIC, topic.id()));
        }
        d.add(new StoredField(Schema.ANNOTATIONS, JSON.writeValueAsString(a)));
        d.add(new StoredField(Schema.TRANSLATIONS, JSON.writeValueAsString(page.translations())));
        return facets.build(d);
    }

    /** The paragraphs that have CJK characters, as one text; the whole body when every paragraph has some. */
    static String cjkParagraphs(List<Paragraph> paragraphs, String body) {
        StringBuilder text = new StringBuilder();
        int kept = 0;
        for (Paragraph p : paragraphs) {
            if (hasCjk(p.text())) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(p.text());
                kept++;
            }
        }
        return kept == paragraphs.size() ? body : text.toString();
    }

    /** Whether the text has a Han, kana, Hangul or Bopomofo letter: something the Chinese analyses can segment. */
    static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // Every letter of these scripts is at U+1100 (Hangul Jamo) or above: Latin text skips the script lookup.
            if (cp >= 0x1100 && Character.isLetter(cp)) {
                switch (Character.UnicodeScript.of(cp)) {
                    case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> {
                        return true;
                    }
                    default -> {}
                }
            }
        }
        return false;
    }

    private static void addPeople(Document d, Annotations a) {
        Set<String> roles = new LinkedHashSet<>();
        for (Person p : a.people()) {
            d.add(new StringField(Schema.PERSON, p.id(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Schema.PERSON, p.id()));
            roles.add(p.role());
            d.add(new StringField(Schema.PERSON_ROLE, p.id() + "/" + p.role(), Field.Store.NO));
            d.add(new TextField(Schema.NAMES_EN, p.name(), Field.Store.NO));
            if (p.nameZh() != null) {
                d.add(new TextField(Schema.NAMES_CJK, p.nameZh(), Field.Store.NO));
                d.add(new StringField(
                        Schema.PERSON_NAME_ZH,
                        p.id() + Schema.NAME_SEPARATOR + ChineseScript.toSimplified(p.nameZh()),
                        Field.Store.NO));
            }
            for (String n : p.names()) {
                d.add(new TextField(
                        ChineseScript.hanCount(n) > 0 ? Schema.NAMES_CJK : Schema.NAMES_EN, n, Field.Store.NO));
            }
        }
        for (String role : roles) {
            d.add(new StringField(Schema.ROLE, role, Field.Store.NO));
        }
    }

    private static void addPlaces(Document d, Annotations a) {
        Set<String> provinces = new LinkedHashSet<>();
        Set<String> cities = new LinkedHashSet<>();
        for (Place p : a.places()) {
            provinces.add(p.province());
            if (p.prefecture() != null) {
                cities.add(p.prefecture());
            } else if (p.kind().equals("prefecture")) {
                cities.add(p.name());
            }
            d.add(new TextField(Schema.NAMES_EN, p.name(), Field.Store.NO));
            d.add(new TextField(Schema.NAMES_EN, p.province(), Field.Store.NO));
            if (p.nameZh() != null) {
                d.add(new TextField(Schema.NAMES_CJK, p.nameZh(), Field.Store.NO));
            }
            if (p.provinceZh() != null) {
                d.add(new TextField(Schema.NAMES_CJK, p.provinceZh(), Field.Store.NO));
            }
        }
        for (String province : provinces) {
            d.add(new StringField(Schema.PROVINCE, province, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Schema.PROVINCE, province));
        }
        for (String city : cities) {
            d.add(new StringField(Schema.CITY, city, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Schema.CITY, city));
        }
    }

    private static void addEvents(Document d, Annotations a) {
        Set<String> types = new LinkedHashSet<>();
        Set<String> years = new LinkedHashSet<>();
        for (Event e : a.events()) {
            types.add(e.type());
            LocalDate start = startOf(e.date());
            if (start != null) {
                LocalDate end = endOf(e.dateTo());
                if (end == null || end.isBefore(start)) {
                    end = endOf(e.date());
                }
                d.add(new LongPoint(Schema.EVENT_DATE, start.toEpochDay()));
                d.add(new SortedNumericDocValuesField(Schema.EVENT_DATE, start.toEpochDay()));
                d.add(new LongRange(Schema.EVENT_SPAN, new long[] {start.toEpochDay()}, new long[] {end.toEpochDay()}));
                // Every year the span meets, as the filter over that year finds the page.
                for (int year = start.getYear(); year <= end.getYear(); year++) {
                    years.add(Integer.toString(year));
                }
            }
        }
        for (String type : types) {
            d.add(new StringField(Schema.EVENT, type, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Schema.EVENT, type));
        }
        for (String year : years) {
            d.add(new SortedSetDocValuesFacetField(Schema.YEAR, year));
        }
    }

    /** First day of a possibly partial ISO date ({@code 2002}, {@code 2002-03}, {@code 2002-03-17}). */
    public static LocalDate startOf(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return switch (isoDate.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(isoDate), 1, 1);
                case 7 -> LocalDate.parse(isoDate + "-01");
                default -> LocalDate.parse(isoDate);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** Last day of a possibly partial ISO date: {@code 2002} gives 2002-12-31, {@code 2002-02} gives 2002-02-28. */
    public static LocalDate endOf(String isoDate) {
        LocalDate start = startOf(isoDate);
        if (start == null) {
            return null;
        }
        return switch (isoDate.length()) {
            case 4 -> start.withDayOfYear(start.lengthOfYear());
            case 7 -> start.withDayOfMonth(start.lengthOfMonth());
            default -> start;
        };
    }

    /** Reads stored annotations back. */
    public static Annotations annotationsFromJson(String json) {
        try {
            return JSON.readValue(json, Annotations.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored annotations are not valid JSON", e);
        }
    }

    /** Reads stored translations back (language tag to URL); unreadable JSON reads as none. */
    public static java.util.Map<String, String> translationsFromJson(String json) {
        if (json == null) {
            return java.util.Map.of();
        }
        try {
            return JSON.readValue(
                    json, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            return java.util.Map.of();
        }
    }

    /** The shared JSON mapper for stored fields. */
    static ObjectMapper json() {
        return JSON;
    }
}
