package org.rightsarchive.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.places.Gazetteer;
import org.rightsarchive.search.SearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;
import org.rightsarchive.search.StoredDocument;

/**
 * Everything the archive says about one person, gathered from every document that names them: all their names,
 * the facts pages give (age, occupation, role...), every mention, and their events as a timeline, each fact with the
 * documents it comes from.
 */
final class PersonProfile {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    /** Most documents read for one person. */
    static final int MAX_DOCUMENTS = 2000;

    private PersonProfile() {}

    /** A document a fact comes from. */
    record Source(String id, String title, String url, String date, String language) {}

    static Optional<Map<String, Object>> build(SearchBackend backend, String personId) throws IOException {
        SearchRequest request = new SearchRequest(
                "", Map.of("person", List.of(personId)), null, null, null, null, SearchRequest.Sort.DATE, 1, 1);
        List<SearchResult.Hit> hits = new ArrayList<>();
        backend.export(request, h -> {
            if (hits.size() < MAX_DOCUMENTS) {
                hits.add(h);
            }
        });
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        Map<List<String>, List<Source>> facts = new LinkedHashMap<>();
        Map<List<String>, Map<String, Object>> events = new LinkedHashMap<>();
        Map<String, Integer> topics = new LinkedHashMap<>();
        List<Source> mentions = new ArrayList<>();
        for (SearchResult.Hit hit : hits) {
            Source source = new Source(hit.id(), hit.title(), hit.url(), hit.published(), hit.language());
            mentions.add(source);
            hit.topics().forEach(t -> topics.merge(t.id(), 1, Integer::sum));
            for (Person p : hit.people()) {
                if (!p.id().equals(personId)) {
                    continue;
                }
                names.add(p.name());
                if (p.nameZh() != null) {
                    names.add(p.nameZh());
                }
                names.addAll(p.names());
                fact(facts, "name", p.name(), source);
                fact(facts, "nameZh", p.nameZh(), source);
                fact(facts, "age", p.age() == null ? null : p.age().toString(), source);
                fact(facts, "gender", p.gender(), source);
                fact(facts, "role", p.role(), source);
                fact(facts, "occupation", p.occupation(), source);
            }
            Optional<StoredDocument> doc = backend.document(hit.id());
            if (doc.isEmpty()) {
                continue; // removed by a reindex since the search
            }
            for (Event e : doc.get().annotations().events()) {
                if (!e.people().contains(personId)) {
                    continue;
                }
                List<String> key = java.util.Arrays.asList(e.type(), e.date(), e.dateTo(), e.place(), e.province());
                Map<String, Object> event = events.computeIfAbsent(key, k -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", e.type());
                    m.put("date", e.date());
                    m.put("dateTo", e.dateTo());
                    m.put("place", e.place());
                    // The Chinese interface names the place in Chinese where the gazetteer knows it.
                    m.put(
                            "placeZh",
                            e.place() == null
                                    ? null
                                    : GAZETTEER
                                            .lookup(e.place())
                                            .map(Gazetteer.Division::nameZh)
                                            .orElse(null));
                    m.put("province", e.province());
                    m.put("evidence", e.evidence());
                    m.put("sources", new ArrayList<Source>());
                    return m;
                });
                @SuppressWarnings("unchecked")
                List<Source> sources = (List<Source>) event.get("sources");
                sources.add(source);
            }
        }
        List<Map<String, Object>> timeline = new ArrayList<>(events.values());
        timeline.sort(Comparator.comparing(
                (Map<String, Object> m) -> (String) m.get("date"), Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", personId);
        out.put(
                "name",
                facts.keySet().stream()
                        .filter(k -> k.get(0).equals("name"))
                        .map(k -> k.get(1))
                        .findFirst()
                        .orElse(personId));
        out.put("names", List.copyOf(names));
        out.put(
                "facts",
                facts.entrySet().stream()
                        .map(f -> Map.of(
                                "fact", f.getKey().get(0), "value", f.getKey().get(1), "sources", f.getValue()))
                        .toList());
        out.put("events", timeline);
        out.put("mentions", mentions);
        out.put(
                "topics",
                topics.entrySet().stream()
                        .map(t -> Map.of("id", t.getKey(), "count", t.getValue()))
                        .toList());
        return Optional.of(out);
    }

    private static void fact(Map<List<String>, List<Source>> facts, String fact, String value, Source source) {
        if (value != null && !value.isBlank()) {
            List<Source> sources = facts.computeIfAbsent(List.of(fact, value), k -> new ArrayList<>());
            if (sources.stream().noneMatch(s -> Objects.equals(s.id(), source.id()))) {
                sources.add(source);
            }
        }
    }
}
