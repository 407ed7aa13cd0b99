package org.rightsarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Other ways of writing what the user typed: another script, language or spelling of a name, place or topic. The
 * searcher ORs the alternatives with the user's own words, so {@code Liaoning} can also find pages that only write
 * 辽宁. Dictionaries (the gazetteer, the person-name normalizer, the topic taxonomy) plug in here.
 *
 * <p>Implementations are thread-safe and cheap: they run for every term and phrase of every query.
 */
@FunctionalInterface
public interface QueryExpander {
    /** Expands nothing. */
    QueryExpander NONE = text -> List.of();

    /**
     * Free-text alternatives for a term or phrase, each searched as a phrase in every text field.
     *
     * @param text a term or phrase as the user typed it (not analyzed)
     */
    List<String> alternatives(String text);

    /**
     * Exact keyword values the text stands for, by dimension (e.g. {@code person -> [yao-fuxin]} for 姚福信, {@code
     * topic -> [labor-rights]} for 劳工权利); searched like the {@code person:} field prefixes.
     */
    default Map<String, Set<String>> keywords(String text) {
        return Map.of();
    }

    /**
     * The indexed value a filter value names when it is not written as indexed: a province or city in any script or
     * spelling ({@code 遼寧} for {@code Liaoning}), a topic by its label ({@code Labor Rights}, 劳工权利), a person by
     * name ({@code Yao Fuxin}, 姚福信). Empty when the dictionaries know no such value, or have none for the
     * dimension.
     *
     * @param dimension a filter dimension ({@code province}, {@code city}, {@code topic}, {@code person}, ...)
     * @param typed the value as the user wrote it
     */
    default Optional<String> filterValue(String dimension, String typed) {
        return Optional.empty();
    }

    /**
     * Whether {@link #filterValue} knows every value the dimension can have (the provinces of a gazetteer, the topics
     * of a taxonomy), so that a value it does not know names nothing at all.
     */
    default boolean knowsEvery(String dimension) {
        return false;
    }

    /**
     * This expander for one archive: a text is expanded as a person's name only if {@code personIdInArchive} accepts
     * the person's id. The default expands nothing as a person, so it has nothing to restrict.
     */
    default QueryExpander withPeopleIn(Predicate<String> personIdInArchive) {
        return this;
    }

    /**
     * {@link #withPeopleIn(Predicate)}, knowing also the Chinese names the archive's pages give each person: a name
     * typed in pinyin then also searches them, and a name typed in characters stands for a person only if it is one
     * of them (刘小波 is not 刘晓波, though both read Liu Xiaobo). A person the archive names only in pinyin has none.
     */
    default QueryExpander withPeopleIn(
            Predicate<String> personIdInArchive, Function<String, Set<String>> chineseNamesInArchive) {
        return withPeopleIn(personIdInArchive);
    }

    /** Both expanders, alternatives of the first first. */
    default QueryExpander and(QueryExpander other) {
        QueryExpander first = this;
        return new QueryExpander() {
            @Override
            public QueryExpander withPeopleIn(Predicate<String> personIdInArchive) {
                return first.withPeopleIn(personIdInArchive).and(other.withPeopleIn(personIdInArchive));
            }

            @Override
            public List<String> alternatives(String text) {
                List<String> all = new ArrayList<>(first.alternatives(text));
                all.addAll(other.alternatives(text));
                return List.copyOf(new LinkedHashSet<>(all));
            }

            @Override
            public QueryExpander withPeopleIn(
                    Predicate<String> personIdInArchive, Function<String, Set<String>> chineseNamesInArchive) {
                return first.withPeopleIn(personIdInArchive, chineseNamesInArchive)
                        .and(other.withPeopleIn(personIdInArchive, chineseNamesInArchive));
            }

            @Override
            public boolean knowsEvery(String dimension) {
                return first.knowsEvery(dimension) || other.knowsEvery(dimension);
            }

            @Override
            public Optional<String> filterValue(String dimension, String typed) {
                return first.filterValue(dimension, typed).or(() -> other.filterValue(dimension, typed));
            }

            @Override
            public Map<String, Set<String>> keywords(String text) {
                Map<String, Set<String>> all = new LinkedHashMap<>();
                first.keywords(text).forEach((k, v) -> all.computeIfAbsent(k, x -> new LinkedHashSet<>())
                        .addAll(v));
                other.keywords(text).forEach((k, v) -> all.computeIfAbsent(k, x -> new LinkedHashSet<>())
                        .addAll(v));
                return all;
            }
        };
    }
}
