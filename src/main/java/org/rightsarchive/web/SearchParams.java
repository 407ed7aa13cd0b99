package org.rightsarchive.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rightsarchive.search.SearchRequest;

/**
 * Reads the query parameters shared by {@code /api/search}, {@code /api/export} and {@code /api/feed.atom} into a
 * {@link SearchRequest}. Filters take repeated parameters or comma lists ({@code province=Liaoning,Beijing}); dates
 * take {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (a {@code to} date means the end of that month or year).
 * Anything unknown or malformed is a {@link BadRequest} naming the parameter.
 */
final class SearchParams {
    static final int DEFAULT_SIZE = 10;
    private static final Set<String> SINGLE =
            Set.of("q", "from", "to", "publishedFrom", "publishedTo", "sort", "page", "size");

    private SearchParams() {}

    /**
     * @param params the query parameters
     * @param extra further parameters the route accepts (e.g. {@code format}), read elsewhere
     * @param defaultSort the order when {@code sort} is absent
     * @param defaultSize the page size when {@code size} is absent
     */
    static SearchRequest parse(
            Map<String, List<String>> params, Set<String> extra, SearchRequest.Sort defaultSort, int defaultSize) {
        for (String name : params.keySet()) {
            if (name.isEmpty()) {
                continue; // "?q=yao&" or "?&q=yao": a stray '&' of a hand-edited link, not a parameter
            }
            if (!SINGLE.contains(name) && !SearchRequest.FILTER_DIMENSIONS.contains(name) && !extra.contains(name)) {
                Set<String> known = new TreeSet<>(SINGLE);
                known.addAll(SearchRequest.FILTER_DIMENSIONS);
                known.addAll(extra);
                throw new BadRequest("unknown parameter '" + name + "'; known: " + String.join(", ", known));
            }
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : SearchRequest.FILTER_DIMENSIONS) {
            List<String> values = new ArrayList<>();
            for (String raw : params.getOrDefault(dim, List.of())) {
                Arrays.stream(raw.split(","))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .forEach(values::add);
            }
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        String query = single(params, "q");
        int page = number(params, "page", 1);
        int size = number(params, "size", defaultSize);
        try {
            return new SearchRequest(
                    query,
                    filters,
                    date(params, "from", false),
                    date(params, "to", true),
                    date(params, "publishedFrom", false),
                    date(params, "publishedTo", true),
                    sort(single(params, "sort"), defaultSort),
                    page,
                    size);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** The one value of a parameter, or {@code null}; given twice it is an error. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest("parameter '" + name + "' is given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    private static int number(Map<String, List<String>> params, String name, int fallback) {
        String value = single(params, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be a whole number: '" + value + "'");
        }
    }

    private static SearchRequest.Sort sort(String value, SearchRequest.Sort fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            case "published" -> SearchRequest.Sort.PUBLISHED;
            default -> throw new BadRequest("unknown sort '" + value + "'; use relevance, date or published");
        };
    }

    /** A date parameter; partial dates give the first day of the period, or the last when {@code end}. */
    static LocalDate date(Map<String, List<String>> params, String name, boolean end) {
        String value = single(params, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(v);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new BadRequest("'" + name + "' must be a date YYYY-MM-DD, YYYY-MM or YYYY: '" + value + "'");
    }
}
