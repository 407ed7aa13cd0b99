package org.rightsarchive.index.solr;

import java.util.Optional;
import org.rightsarchive.index.ArchiveAnalyzers;

/**
 * The field types of the generated Solr schema. Text types carry the analysis chain of the matching analyzer of
 * {@link ArchiveAnalyzers}; the configset test checks, token by token, that both analyze alike.
 */
public enum SolrFieldType {
    /** An exact string (ids, URLs, roles). */
    STRING("string", "solr.StrField", false, null),
    /** An exact string with doc values, for JSON facets and drill-sideways counts. */
    FACET("facet", "solr.StrField", true, null),
    /** A string only stored, never searched (body as shown, JSON of annotations). */
    STORED("stored", "solr.StrField", false, null),
    /** A day, as a point field with doc values (ranges and sorting). */
    DATE("pdate", "solr.DatePointField", true, null),
    /**
     * Spans of days, {@code [1995-05-01 TO 1995-05-31]}: searched by whether they meet a range, like the embedded
     * index's {@link org.apache.lucene.document.LongRange} fields. No doc values: Solr keeps none for this type.
     */
    DATE_RANGE("daterange", "solr.DateRangeField", false, null),
    /** A long, as a point field. */
    LONG("plong", "solr.LongPointField", false, null),
    /** English text, like {@link ArchiveAnalyzers#english()}. */
    TEXT_EN("text_en", "solr.TextField", false, SolrAnalysis.ENGLISH),
    /** Chinese words, like {@link ArchiveAnalyzers#chineseWords()}. */
    TEXT_ZH("text_zh", "solr.TextField", false, SolrAnalysis.CHINESE_WORDS),
    /** Chinese bigrams, like {@link ArchiveAnalyzers#chineseBigrams()}. */
    TEXT_CJK("text_cjk", "solr.TextField", false, SolrAnalysis.CHINESE_BIGRAMS);

    private final String solrName;
    private final String solrClass;
    private final boolean docValues;
    private final AnalysisChain analysis;

    SolrFieldType(String solrName, String solrClass, boolean docValues, AnalysisChain analysis) {
        this.solrName = solrName;
        this.solrClass = solrClass;
        this.docValues = docValues;
        this.analysis = analysis;
    }

    /** The type's name in the schema. */
    public String solrName() {
        return solrName;
    }

    /** The Solr class implementing it. */
    public String solrClass() {
        return solrClass;
    }

    /** Whether fields of this type keep doc values. */
    public boolean docValues() {
        return docValues;
    }

    /** The analysis chain of a text type. */
    public Optional<AnalysisChain> analysis() {
        return Optional.ofNullable(analysis);
    }
}
