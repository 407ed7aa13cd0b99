package org.rightsarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import org.rightsarchive.index.Schema;

/**
 * Reads a filter value as the user wrote it ({@code province=遼寧}, {@code topic=Labor Rights}, {@code
 * person=姚福信}, or the same after a {@code province:} prefix in the query) as the value the index holds
 * ({@code Liaoning}, {@code labor-rights}, {@code yao-fuxin}). A value the index has, in any case, is taken as it
 * is; any other goes through the dictionaries of the {@link QueryExpander}. A province or topic that neither knows
 * names nothing that could ever be found, so it is an error with a message rather than an empty result.
 */
public final class FilterValues {
    private FilterValues() {}

    /**
     * @param dimension the filter dimension
     * @param typed the value as written
     * @param inIndex whether some document has (dimension, value), in any case
     * @param asIndexed the value as the index spells it (its case)
     * @param dictionaries the expander whose dictionaries map other forms
     * @throws QuerySyntaxException for a province or topic that neither the index nor the dictionaries know
     */
    public static String resolve(
            String dimension,
            String typed,
            BiPredicate<String, String> inIndex,
            BinaryOperator<String> asIndexed,
            QueryExpander dictionaries) {
        if (inIndex.test(dimension, typed)) {
            return asIndexed.apply(dimension, typed);
        }
        Optional<String> known = dictionaries.filterValue(dimension, typed);
        if (known.isPresent()) {
            return asIndexed.apply(dimension, known.get());
        }
        if (dictionaries.knowsEvery(dimension)) {
            throw new QuerySyntaxException(unknown(dimension, typed));
        }
        return asIndexed.apply(dimension, typed);
    }

    private static String unknown(String dimension, String typed) {
        String value = typed.length() > 60 ? typed.substring(0, 60) + "..." : typed;
        return switch (dimension) {
            case Schema.PROVINCE ->
                "unknown province '" + value
                        + "': name a province of China, or a city in it, in English, pinyin or Chinese (Liaoning,"
                        + " 辽宁, Liaoyang)";
            case Schema.TOPIC ->
                "unknown topic '" + value
                        + "': give a topic's id or label in English or Chinese (labor-rights, Labor Rights, 劳工权利);"
                        + " /api/topics lists them";
            default -> "unknown " + dimension + " '" + value + "'";
        };
    }

    /**
     * The terms a role filter matches: the roles themselves ({@link Schema#ROLE}), or with a person filter too, each
     * person in each role ({@link Schema#PERSON_ROLE}, {@code xi-jinping/detainee}), so that the person is the one in
     * that role.
     */
    public static List<String> roleTerms(SearchRequest request, BinaryOperator<String> asIndexed) {
        List<String> roles = request.filters().getOrDefault(Schema.ROLE, List.of()).stream()
                .map(r -> r.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<String> people = request.filters().getOrDefault(Schema.PERSON, List.of());
        if (people.isEmpty()) {
            return roles;
        }
        List<String> out = new ArrayList<>();
        for (String person : people) {
            String id = asIndexed.apply(Schema.PERSON, person);
            roles.forEach(r -> out.add(id + "/" + r));
        }
        return out;
    }

    /**
     * The request with its filter values as the index spells them ("beijing" and 北京 are Beijing, 姚福信 is
     * yao-fuxin); a role stays as written, as {@link #roleTerms} reads it.
     */
    public static SearchRequest asIndexed(SearchRequest request, BinaryOperator<String> asIndexed) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        request.filters()
                .forEach((dimension, values) -> filters.put(
                        dimension,
                        dimension.equals(Schema.ROLE)
                                ? values
                                : values.stream()
                                        .map(v -> asIndexed.apply(dimension, v))
                                        .toList()));
        return request.withFilters(filters);
    }
}
