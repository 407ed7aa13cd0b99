package org.rightsarchive.index.solr;

import java.util.Objects;

/**
 * How one field of the {@link org.rightsarchive.index.Schema} is kept in Solr.
 *
 * @param name the field name, the same as in the Lucene index
 * @param type the Solr field type (one of {@link SolrFieldType})
 * @param indexed searchable
 * @param stored returned with results
 * @param multiValued may hold several values
 */
public record SolrField(String name, SolrFieldType type, boolean indexed, boolean stored, boolean multiValued) {
    public SolrField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!indexed && !stored && !type.docValues()) {
            throw new IllegalArgumentException("field " + name + " would be neither indexed, stored nor doc values");
        }
    }
}
