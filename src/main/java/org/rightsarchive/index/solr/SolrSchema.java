package org.rightsarchive.index.solr;

import static org.rightsarchive.index.solr.SolrFieldType.DATE;
import static org.rightsarchive.index.solr.SolrFieldType.DATE_RANGE;
import static org.rightsarchive.index.solr.SolrFieldType.FACET;
import static org.rightsarchive.index.solr.SolrFieldType.LONG;
import static org.rightsarchive.index.solr.SolrFieldType.STORED;
import static org.rightsarchive.index.solr.SolrFieldType.STRING;
import static org.rightsarchive.index.solr.SolrFieldType.TEXT_CJK;
import static org.rightsarchive.index.solr.SolrFieldType.TEXT_EN;
import static org.rightsarchive.index.solr.SolrFieldType.TEXT_ZH;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightsarchive.index.Schema;

/**
 * Every field of {@link Schema} as Solr keeps it: the single definition the configset is generated from.
 *
 * <p>Differences from the embedded index, and why: the analyzed body fields are stored too, because Solr's
 * highlighter re-analyzes stored text (stored fields are compressed in blocks, which should absorb much of the
 * repetition; not measured yet); {@code year} is a facet field rather than Lucene facet ordinals; dates are point fields of days at
 * midnight UTC instead of epoch-day longs.
 */
public final class SolrSchema {
    private SolrSchema() {}

    /** Solr's own version field, required by SolrCloud's update log. */
    public static final String VERSION_FIELD = "_version_";

    /** The fields, in schema order. */
    public static final List<SolrField> FIELDS = List.of(
            field(Schema.ID, STRING, true, true, false),
            field(Schema.URL, STRING, true, true, false),
            field(Schema.ALL_URLS, STRING, true, true, true),
            field(Schema.SOURCE, STORED, false, true, false),
            field(Schema.CONTENT_HASH, STRING, true, true, false),
            field(Schema.FOLDED, STORED, false, true, true),
            field(Schema.TITLE, STORED, false, true, false),
            field(Schema.BODY, STORED, false, true, false),
            field(Schema.TITLE_EN, TEXT_EN, true, false, false),
            field(Schema.BODY_EN, TEXT_EN, true, true, false),
            field(Schema.TITLE_ZH, TEXT_ZH, true, false, false),
            field(Schema.BODY_ZH, TEXT_ZH, true, true, false),
            field(Schema.TITLE_CJK, TEXT_CJK, true, false, false),
            field(Schema.BODY_CJK, TEXT_CJK, true, true, false),
            field(Schema.NAMES_EN, TEXT_EN, true, false, true),
            field(Schema.NAMES_CJK, TEXT_CJK, true, false, true),
            field(Schema.LANGUAGE, FACET, true, true, false),
            field(Schema.PUBLISHED, DATE, true, true, false),
            field(Schema.FETCHED, LONG, false, true, false),
            field(Schema.EVENT_DATE, DATE, true, false, true),
            field(Schema.EVENT_SPAN, DATE_RANGE, true, false, true),
            field(Schema.PERSON, FACET, true, false, true),
            field(Schema.ROLE, STRING, true, false, true),
            field(Schema.PERSON_ROLE, STRING, true, false, true),
            field(Schema.PERSON_NAME_ZH, FACET, true, false, true),
            field(Schema.PROVINCE, FACET, true, false, true),
            field(Schema.CITY, FACET, true, false, true),
            field(Schema.TOPIC, FACET, true, false, true),
            field(Schema.EVENT, FACET, true, false, true),
            field(Schema.YEAR, FACET, true, false, true),
            field(Schema.ANNOTATIONS, STORED, false, true, false),
            field(Schema.TRANSLATIONS, STORED, false, true, false));

    private static final Map<String, SolrField> BY_NAME = index(FIELDS);

    private static SolrField field(String name, SolrFieldType type, boolean indexed, boolean stored, boolean multi) {
        return new SolrField(name, type, indexed, stored, multi);
    }

    private static Map<String, SolrField> index(List<SolrField> fields) {
        Map<String, SolrField> byName = new LinkedHashMap<>();
        for (SolrField f : fields) {
            if (byName.put(f.name(), f) != null) {
                throw new IllegalStateException("field defined twice: " + f.name());
            }
        }
        return Map.copyOf(byName);
    }

    /** The Solr definition of a schema field, if it has one. */
    public static Optional<SolrField> field(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
