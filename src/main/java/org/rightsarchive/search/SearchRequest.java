package org.rightsarchive.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One search, as every backend understands it.
 *
 * @param query the free-text query (may be empty: then every document matches); supports phrases, AND/OR/NOT and the
 *     field prefixes of {@link #FILTER_DIMENSIONS}
 * @param filters facet filters: dimension (one of {@link #FILTER_DIMENSIONS}) to accepted values; several values of
 *     one dimension are OR'ed, different dimensions AND'ed
 * @param from earliest event date (inclusive), or {@code null}
 * @param to latest event date (inclusive), or {@code null}
 * @param publishedFrom earliest publication date (inclusive), or {@code null}
 * @param publishedTo latest publication date (inclusive), or {@code null}
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page
 */
public record SearchRequest(
        String query,
        Map<String, List<String>> filters,
        LocalDate from,
        LocalDate to,
        LocalDate publishedFrom,
        LocalDate publishedTo,
        Sort sort,
        int page,
        int size) {
    /** Dimensions a request may filter on. {@code role} filters without a facet. */
    public static final Set<String> FILTER_DIMENSIONS =
            Set.of("topic", "province", "city", "person", "role", "event", "lang");

    /** Largest page size a caller may ask for; export streams the whole result set instead. */
    public static final int MAX_SIZE = 100;

    /** Deepest page a caller may ask for (page * size stays bounded). */
    public static final int MAX_PAGE = 1000;

    /** Result order. */
    public enum Sort {
        RELEVANCE,
        /** Newest first, by event date, then publication date. */
        DATE,
        /** Newest first by publication date, then event date: what a feed of new alerts wants. */
        PUBLISHED
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        Objects.requireNonNull(sort, "sort");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dim, values) -> {
                if (!FILTER_DIMENSIONS.contains(dim)) {
                    throw new IllegalArgumentException("unknown filter '" + dim + "'; known: " + FILTER_DIMENSIONS);
                }
                List<String> kept = values == null
                        ? List.of()
                        : values.stream()
                                .filter(v -> v != null && !v.isBlank())
                                .map(String::strip)
                                .toList();
                if (!kept.isEmpty()) {
                    copy.put(dim, kept);
                }
            });
        }
        filters = Map.copyOf(copy);
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE + ": " + page);
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE + ": " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
            throw new IllegalArgumentException(
                    "publishedFrom (" + publishedFrom + ") is after publishedTo (" + publishedTo + ")");
        }
    }

    /** A plain query: first page of ten, by relevance, no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, null, null, Sort.RELEVANCE, 1, 10);
    }

    /** This request with other filters. */
    public SearchRequest withFilters(Map<String, List<String>> newFilters) {
        return new SearchRequest(query, newFilters, from, to, publishedFrom, publishedTo, sort, page, size);
    }

    /** This request with another event-date range ({@code null} for an open end). */
    public SearchRequest withEventDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(query, filters, newFrom, newTo, publishedFrom, publishedTo, sort, page, size);
    }

    /** This request for another page. */
    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(query, filters, from, to, publishedFrom, publishedTo, sort, newPage, newSize);
    }
}
