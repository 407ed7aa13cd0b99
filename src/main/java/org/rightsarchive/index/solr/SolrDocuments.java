package org.rightsarchive.index.solr;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.rightsarchive.index.Schema;

/**
 * Turns the Lucene document the embedded indexer builds ({@link org.rightsarchive.index.DocumentMapper}) into a Solr
 * document with the same field values, so both backends index exactly the same content from one mapping. Facet
 * values are read back from the facet drill-down terms; dates from their point fields.
 */
public final class SolrDocuments {
    private static final FacetsConfig FACETS = Schema.facetsConfig();
    private static final Set<String> FACET_INDEX_FIELDS = facetIndexFields();

    private SolrDocuments() {}

    /**
     * The Solr document of a Lucene document built for the archive schema.
     *
     * @throws IllegalStateException if the document has a field the Solr schema does not define (the schemas
     *     drifted apart: add the field to {@link SolrSchema})
     */
    public static SolrInputDocument from(Document lucene) {
        Map<String, Collection<Object>> values = new LinkedHashMap<>();
        for (IndexableField f : lucene) {
            if (FACET_INDEX_FIELDS.contains(f.name())) {
                addFacetValue(values, f);
                continue;
            }
            SolrField field = SolrSchema.field(f.name())
                    .orElseThrow(() -> new IllegalStateException(
                            "Lucene field '" + f.name() + "' has no Solr definition in SolrSchema"));
            Object value = valueOf(field, f);
            if (value != null) {
                values.computeIfAbsent(field.name(), n -> collectionFor(field)).add(value);
            }
        }
        SolrInputDocument doc = new SolrInputDocument();
        values.forEach((name, vs) -> {
            SolrField field = SolrSchema.field(name).orElseThrow();
            if (!field.multiValued() && vs.size() > 1) {
                throw new IllegalStateException("single-valued field " + name + " has values " + vs);
            }
            doc.setField(
                    name,
                    field.multiValued() ? new ArrayList<>(vs) : vs.iterator().next());
        });
        return doc;
    }

    private static Collection<Object> collectionFor(SolrField field) {
        // Repeated text values count (term frequencies); repeated keyword values are one value.
        return field.type().analysis().isPresent() ? new ArrayList<>() : new LinkedHashSet<>();
    }

    private static Object valueOf(SolrField field, IndexableField f) {
        boolean point = f.fieldType().pointDimensionCount() > 0;
        return switch (field.type()) {
            case DATE -> point ? dayToDate(f.numericValue().longValue()) : null;
            case DATE_RANGE ->
                f instanceof LongRange span
                        ? "[" + LocalDate.ofEpochDay(span.getMin(0)) + " TO " + LocalDate.ofEpochDay(span.getMax(0))
                                + "]"
                        : null;
            case LONG -> f.numericValue() == null ? null : f.numericValue().longValue();
            default -> point ? null : f.stringValue();
        };
    }

    private static void addFacetValue(Map<String, Collection<Object>> values, IndexableField f) {
        if (f.stringValue() == null) {
            return; // the doc-values half of a facet; the drill-down term carries the same value
        }
        String[] path = FacetsConfig.stringToPath(f.stringValue());
        if (path.length == 2 && Schema.FACETS.contains(path[0])) {
            values.computeIfAbsent(path[0], n -> new LinkedHashSet<>()).add(path[1]);
        }
    }

    /** A day as Solr's date fields keep it: midnight UTC. */
    public static Date dayToDate(long epochDay) {
        return Date.from(
                LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Set<String> facetIndexFields() {
        Set<String> names = new LinkedHashSet<>();
        for (String dim : Schema.FACETS) {
            names.add(FACETS.getDimConfig(dim).indexFieldName);
        }
        return Set.copyOf(names);
    }
}
