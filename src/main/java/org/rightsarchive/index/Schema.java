package org.rightsarchive.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names of the archive index and the facet configuration. One place, so the indexer, the searcher and any
 * other backend agree.
 *
 * <p>Text is indexed three ways: English analysis, smartcn Chinese words and Chinese bigrams (both with Traditional
 * folded to Simplified). Annotations are indexed as exact keyword fields (for filters and field prefixes like
 * {@code person:yao-fuxin}), as sorted-set facets (for counts) and, for dates, as points (for ranges).
 */
public final class Schema {
    private Schema() {}

    /** Stable document id (hash of the canonical URL). Stored, exact. */
    public static final String ID = "id";
    /** Canonical URL. Stored, exact. */
    public static final String URL = "url";
    /** Every URL this document was seen at (duplicates). Exact. */
    public static final String ALL_URLS = "all_urls";
    /** Where the capture lives in the archive. Stored. */
    public static final String SOURCE = "source";
    /** SHA-256 of the capture's bytes: an incremental reindex skips documents whose hash is unchanged. Stored. */
    public static final String CONTENT_HASH = "content_hash";
    /**
     * One value per duplicate folded into this document: its id, a space, and its content hash, so an incremental
     * reindex knows the duplicate is indexed (here) and unchanged. Stored.
     */
    public static final String FOLDED = "folded";
    /** Title as shown. Stored. */
    public static final String TITLE = "title";
    /** Main text as extracted. Stored, for snippets and the document view. */
    public static final String BODY = "body";

    public static final String TITLE_EN = "title_en";
    public static final String BODY_EN = "body_en";
    public static final String TITLE_ZH = "title_zh";
    public static final String BODY_ZH = "body_zh";
    public static final String TITLE_CJK = "title_cjk";
    public static final String BODY_CJK = "body_cjk";
    /** Names of the people and places of the page in romanized form, English analysis. */
    public static final String NAMES_EN = "names_en";
    /** Names of the people and places of the page in characters, bigrams. */
    public static final String NAMES_CJK = "names_cjk";

    /** Language tag of the page. Exact, facet. */
    public static final String LANGUAGE = "lang";
    /** Publication date: point (epoch day), doc value for sorting, stored ISO string. */
    public static final String PUBLISHED = "published";
    /** When the capture was made, epoch milliseconds. Stored. */
    public static final String FETCHED = "fetched";
    /** The first day of each event's date, epoch days: points, and doc values to sort by. */
    public static final String EVENT_DATE = "event_date";
    /**
     * The days each event may have happened on, epoch days: from the first day of its date to the last day of its
     * end date, or of its date at the precision it is known (an event of May 1995 spans the 1st to the 31st). A range
     * field; the event-date filter finds the events whose span meets the range asked for.
     */
    public static final String EVENT_SPAN = "event_span";
    /** Person ids. Exact, facet. */
    public static final String PERSON = "person";
    /** Roles of people on the page, e.g. detainee. Exact. */
    public static final String ROLE = "role";
    /**
     * Each person with their role on the page, {@code xi-jinping/official}: a filter on a person and a role means that
     * person in that role, not the person and someone else detained. Exact.
     */
    public static final String PERSON_ROLE = "person_role";
    /**
     * Each person with a Chinese name on the page, with that name in Simplified characters, {@code yao-fuxin\t姚福信}.
     * Exact; how a name typed in pinyin finds the pages that write it in characters, and how 刘小波 is told apart from
     * 刘晓波 although both read Liu Xiaobo.
     */
    public static final String PERSON_NAME_ZH = "person_zh";

    /** Separates a person id from their Chinese name in {@link #PERSON_NAME_ZH}. */
    public static final char NAME_SEPARATOR = '\t';
    /** Provinces (English). Exact, facet. */
    public static final String PROVINCE = "province";
    /** Prefecture-level cities (English). Exact, facet. */
    public static final String CITY = "city";
    /** Topic ids. Exact, facet. */
    public static final String TOPIC = "topic";
    /** Event types. Exact, facet. */
    public static final String EVENT = "event";
    /**
     * Years of the page's dated events. Facet: the count of a year is what the event-date filter over that year
     * finds, so a page that dates no event has no year (its publication date is {@link #PUBLISHED}).
     */
    public static final String YEAR = "year";
    /** JSON of the annotations, for display. Stored. */
    public static final String ANNOTATIONS = "annotations";
    /** JSON of translations (language tag to URL). Stored. */
    public static final String TRANSLATIONS = "translations";

    /** Text fields a free-text query searches, with their boosts. */
    public static final List<String> TEXT_FIELDS =
            List.of(TITLE_EN, BODY_EN, TITLE_ZH, BODY_ZH, TITLE_CJK, BODY_CJK, NAMES_EN, NAMES_CJK);

    /** Facet dimensions, in display order. */
    public static final List<String> FACETS = List.of(TOPIC, PROVINCE, CITY, PERSON, EVENT, LANGUAGE, YEAR);

    /** The facet configuration shared by indexer and searcher. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : FACETS) {
            config.setMultiValued(dim, !dim.equals(LANGUAGE));
        }
        return config;
    }
}
