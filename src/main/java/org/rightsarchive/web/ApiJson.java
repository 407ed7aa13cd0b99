package org.rightsarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.annotate.people.PersonNames;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;

/** The JSON shapes of the API (also printed by {@code archive search --json}), built as ordered maps. */
public final class ApiJson {
    private ApiJson() {}

    /** The body of {@code GET /api/search}. */
    public static Map<String, Object> searchResult(
            SearchRequest request, SearchResult result, long generation, long tookMs, TopicDirectory topics) {
        return searchResult(request, result, generation, tookMs, topics, id -> null);
    }

    /**
     * The search answer, its person facet labelled with each person's name and the Chinese name {@code
     * chineseNameOf} gives (or {@code null}), so the Chinese interface can show every person in characters.
     */
    public static Map<String, Object> searchResult(
            SearchRequest request,
            SearchResult result,
            long generation,
            long tookMs,
            TopicDirectory topics,
            java.util.function.Function<String, String> chineseNameOf) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.total());
        out.put("page", request.page());
        out.put("size", request.size());
        out.put("hits", result.hits().stream().map(h -> hit(h, topics)).toList());
        out.put("facets", facets(result.facets(), topics, chineseNameOf));
        out.put("estimated", result.estimated());
        out.put("generation", generation);
        out.put("tookMs", tookMs);
        out.put("partial", result.partial());
        return out;
    }

    static Map<String, Object> hit(SearchResult.Hit h, TopicDirectory topics) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", h.id());
        out.put("title", h.title());
        out.put("url", h.url());
        out.put("date", h.published());
        out.put("language", h.language());
        out.put("snippet", h.snippet());
        out.put("score", h.score());
        out.put("topics", h.topics().stream().map(t -> topic(t, topics)).toList());
        out.put("people", h.people().stream().map(ApiJson::person).toList());
        out.put("places", h.places().stream().map(ApiJson::place).toList());
        out.put("documentUrl", "/api/documents/" + h.id());
        out.put("archiveUrl", "/archive/" + h.id());
        return out;
    }

    static Map<String, Object> topic(TopicTag t, TopicDirectory topics) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        var known = topics.find(t.id());
        out.put("label", known.map(TopicDirectory.Topic::label).orElse(t.label()));
        out.put("labelZh", known.map(TopicDirectory.Topic::labelZh).orElse(t.labelZh()));
        out.put("score", t.score());
        return out;
    }

    static Map<String, Object> person(Person p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("name", p.name());
        out.put("nameZh", p.nameZh());
        out.put("role", p.role());
        out.put("personUrl", "/api/people/" + p.id());
        return out;
    }

    static Map<String, Object> place(Place p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("nameZh", p.nameZh());
        out.put("province", p.province());
        out.put("provinceZh", p.provinceZh());
        out.put("prefecture", p.prefecture());
        out.put("kind", p.kind());
        return out;
    }

    static Map<String, Object> facets(
            Map<String, List<SearchResult.FacetCount>> facets,
            TopicDirectory topics,
            java.util.function.Function<String, String> chineseNameOf) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String dim : List.of("topic", "province", "city", "person", "event", "lang", "year")) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (SearchResult.FacetCount c : facets.getOrDefault(dim, List.of())) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("value", c.value());
                v.put("count", c.count());
                if (dim.equals("topic")) {
                    var known = topics.find(c.value());
                    v.put("label", known.map(TopicDirectory.Topic::label).orElse(c.value()));
                    v.put("labelZh", known.map(TopicDirectory.Topic::labelZh).orElse(null));
                } else if (dim.equals("person")) {
                    v.put("label", PersonNames.standard().displayName(c.value()));
                    v.put("labelZh", chineseNameOf.apply(c.value()));
                }
                values.add(v);
            }
            out.put(dim, values);
        }
        return out;
    }

    static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }
}
