package org.rightsarchive.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.people.Occupations;
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
    private static final String OTHER_ROLE = "other";

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
        Map<String, String> occupationsZh = new HashMap<>();
        PersonTimeline timeline = new PersonTimeline();
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
                // "scholar" and 學者 are one occupation: listed once, in the reader's language
                Optional<Occupations.Occupation> occupation = Occupations.of(p.occupation());
                occupation.ifPresent(o -> occupationsZh.put(o.english(), o.chinese()));
                fact(
                        facts,
                        "occupation",
                        occupation.map(Occupations.Occupation::english).orElse(p.occupation()),
                        source);
            }
            Optional<StoredDocument> doc = backend.document(hit.id());
            if (doc.isEmpty()) {
                continue; // removed by a reindex since the search
            }
            doc.get().annotations().places().forEach(p -> timeline.namesPlace(p.name(), p.nameZh()));
            for (Event e : doc.get().annotations().events()) {
                if (!e.people().contains(personId)) {
                    continue;
                }
                timeline.add(e, source);
            }
        }
        // "other" says only that a page gave no role: beside a page that gives one it is noise.
        if (facts.keySet().stream()
                .anyMatch(k -> k.get(0).equals("role") && !k.get(1).equals(OTHER_ROLE))) {
            facts.remove(List.of("role", OTHER_ROLE));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", personId);
        out.put(
                "name",
                facts.keySet().stream()
                        .filter(k -> k.get(0).equals("name"))
                        .map(k -> k.get(1))
                        .findFirst()
                        .orElse(personId));
        out.put("names", distinctNames(names));
        out.put(
                "facts",
                facts.entrySet().stream()
                        .map(f -> factJson(f.getKey(), f.getValue(), occupationsZh))
                        .toList());
        out.put("events", timeline.json());
        out.put("mentions", mentions);
        out.put(
                "topics",
                topics.entrySet().stream()
                        .map(t -> Map.of("id", t.getKey(), "count", t.getValue()))
                        .toList());
        return Optional.of(out);
    }

    /**
     * The names as a reader wants them listed: one of each spelling whatever its case ("YAO Fuxin" is "Yao Fuxin"),
     * without the bare surnames pages refer back with ("Yao", "YAO").
     */
    static List<String> distinctNames(Collection<String> names) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String name : names) {
            byFolded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : byFolded.entrySet()) {
            String folded = e.getKey();
            boolean bareSurname = folded.codePointCount(0, folded.length()) == 1
                    || !folded.contains(" ") && byFolded.keySet().stream().anyMatch(o -> o.startsWith(folded + " "));
            if (!bareSurname) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** A fact as the API gives it; an occupation known in both languages carries its Chinese word too. */
    private static Map<String, Object> factJson(
            List<String> key, List<Source> sources, Map<String, String> occupationsZh) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fact", key.get(0));
        m.put("value", key.get(1));
        if (key.get(0).equals("occupation") && occupationsZh.containsKey(key.get(1))) {
            m.put("valueZh", occupationsZh.get(key.get(1)));
        }
        m.put("sources", sources);
        return m;
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
