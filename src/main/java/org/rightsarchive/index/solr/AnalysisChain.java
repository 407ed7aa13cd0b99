package org.rightsarchive.index.solr;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One text analysis chain as Lucene's analysis SPI names it (char filters, a tokenizer, token filters, each with its
 * parameters): the form shared by a Solr field type and Lucene's {@code CustomAnalyzer}, so one description yields
 * the Solr schema and can be checked against {@link org.rightsarchive.index.ArchiveAnalyzers}.
 *
 * @param charFilters char filters, in order
 * @param tokenizer the tokenizer
 * @param filters token filters, in order
 */
public record AnalysisChain(List<Component> charFilters, Component tokenizer, List<Component> filters) {
    public AnalysisChain {
        charFilters = List.copyOf(charFilters);
        Objects.requireNonNull(tokenizer, "tokenizer");
        filters = List.copyOf(filters);
    }

    /**
     * One factory of a chain.
     *
     * @param name the SPI name ({@code standard}, {@code lowercase}, ...), as in Solr's {@code name} attribute
     * @param params factory parameters, e.g. a word list file
     */
    public record Component(String name, Map<String, String> params) {
        public Component {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a component needs an SPI name");
            }
            params = Map.copyOf(params);
        }

        /** A component without parameters. */
        public static Component of(String name) {
            return new Component(name, Map.of());
        }
    }
}
