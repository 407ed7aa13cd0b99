package org.rightsarchive.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.places.Gazetteer;

/**
 * A person's events from every page that names them, one row per thing that happened: the pages that report the same
 * event (its type and dates) are the sources of one row. A page that does not say where it happened joins the row of
 * one that does; two pages that name different places for it keep a row each, so a disagreement stays visible.
 */
final class PersonTimeline {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    /** One row: the event as first reported with a place (else as first reported), and every page that reports it. */
    record Row(Event event, List<PersonProfile.Source> sources) {
        Row {
            Objects.requireNonNull(event, "event");
            sources = new ArrayList<>(sources);
        }
    }

    private final Map<List<String>, List<Row>> byWhatAndWhen = new LinkedHashMap<>();
    private final Map<String, String> chineseNames = new HashMap<>();

    /**
     * Tells the Chinese name a page gives a place ({@code 辽阳市中级人民法院} for Liaoyang Intermediate People's
     * Court), for the Chinese interface; divisions keep the gazetteer's short name.
     */
    void namesPlace(String name, String nameZh) {
        if (name != null && nameZh != null && !nameZh.isBlank()) {
            chineseNames.putIfAbsent(name, nameZh);
        }
    }

    /** The rows as the API gives them. */
    List<Map<String, Object>> json() {
        return rows().stream().map(this::json).toList();
    }

    private Map<String, Object> json(Row row) {
        Event event = row.event();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", event.type());
        m.put("date", event.date());
        m.put("dateTo", event.dateTo());
        m.put("place", event.place());
        m.put("placeZh", event.place() == null ? null : chineseName(event.place()));
        m.put("province", event.province());
        m.put("evidence", event.evidence());
        m.put("sources", List.copyOf(row.sources()));
        return m;
    }

    /** The gazetteer's short name of a division (辽阳, as the facets name it), else a page's name of the place. */
    private String chineseName(String place) {
        return GAZETTEER.lookup(place).map(Gazetteer.Division::nameZh).orElse(chineseNames.get(place));
    }

    /** Adds one event as {@code source} reports it. */
    void add(Event event, PersonProfile.Source source) {
        List<Row> rows = byWhatAndWhen.computeIfAbsent(
                java.util.Arrays.asList(event.type(), event.date(), event.dateTo()), k -> new ArrayList<>());
        Row row = rowFor(rows, event);
        if (row == null) {
            row = new Row(event, List.of());
            rows.add(row);
        } else if (row.event().place() == null && event.place() != null) {
            Row placed = new Row(event, row.sources());
            rows.set(rows.indexOf(row), placed);
            row = placed;
        }
        if (row.sources().stream().noneMatch(s -> Objects.equals(s.id(), source.id()))) {
            row.sources().add(source);
        }
    }

    private static boolean samePlaceOrUnsaid(Event a, Event b) {
        return a.place() == null || b.place() == null || a.place().equals(b.place());
    }

    /** {@code event} at the place {@code placed} names. */
    private static Event placedAs(Event event, Event placed) {
        return new Event(
                event.type(),
                event.date(),
                event.dateTo(),
                placed.place(),
                placed.province(),
                event.people(),
                event.evidence());
    }

    /** The row an event joins: the one with its place, or any when one of the two names no place; else none. */
    private static Row rowFor(List<Row> rows, Event event) {
        for (Row row : rows) {
            if (Objects.equals(row.event().place(), event.place())) {
                return row;
            }
        }
        for (Row row : rows) {
            if (row.event().place() == null || event.place() == null) {
                return row;
            }
        }
        return null;
    }

    /**
     * The rows, oldest first, undated ones last. A row dated only to its month or year ("the sentence imposed on him
     * in December 2009") joins the one row of its type dated within it (December 25, 2009), when there is one.
     */
    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        byWhatAndWhen.values().forEach(out::addAll);
        for (Row partial : List.copyOf(out)) {
            String date = partial.event().date();
            if (date == null || date.length() == 10 || partial.event().dateTo() != null) {
                continue;
            }
            List<Row> within = out.stream()
                    .filter(r -> r != partial
                            && r.event().type().equals(partial.event().type())
                            && r.event().date() != null
                            && r.event().date().length() > date.length()
                            && r.event().date().startsWith(date)
                            && samePlaceOrUnsaid(r.event(), partial.event()))
                    .toList();
            if (within.size() == 1) {
                Row precise = within.get(0);
                Row merged = precise.event().place() == null && partial.event().place() != null
                        ? new Row(placedAs(precise.event(), partial.event()), precise.sources())
                        : precise;
                partial.sources().stream()
                        .filter(s -> merged.sources().stream().noneMatch(p -> p.id().equals(s.id())))
                        .forEach(merged.sources()::add);
                out.set(out.indexOf(precise), merged);
                out.remove(partial);
            }
        }
        out.sort(Comparator.comparing((Row r) -> r.event().date(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
