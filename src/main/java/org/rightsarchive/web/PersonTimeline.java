package org.rightsarchive.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.places.Gazetteer;

/**
 * A person's events from every page that names them, one row per thing that happened: the pages that report the same
 * event (its type and dates) are the sources of one row. A page that does not say where it happened joins the row of
 * one that does; two pages that name different places for it keep a row each, so a disagreement stays visible.
 */
final class PersonTimeline {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    /**
     * One row: the event as first reported with a place (else as first reported), every page that reports it, and
     * the sentence each page tells it in, by the page's id (so the interface can quote it in the reader's language).
     */
    record Row(Event event, List<PersonProfile.Source> sources, Map<String, String> quotes) {
        Row {
            Objects.requireNonNull(event, "event");
            sources = new ArrayList<>(sources);
            quotes = new LinkedHashMap<>(quotes);
        }

        /** Adds a page that reports the event in {@code quote}, unless it is a source already. */
        void cite(PersonProfile.Source source, String quote) {
            if (sources.stream().noneMatch(s -> Objects.equals(s.id(), source.id()))) {
                sources.add(source);
            }
            if (quote != null && !quote.isBlank()) {
                quotes.putIfAbsent(source.id(), quote);
            }
        }
    }

    /** An undated event as one page reports it. */
    private record Report(Event event, PersonProfile.Source source) {}

    /**
     * Words that tell of another time than the one told already: "detained again", 再次被拘留. An undated event told
     * with them keeps a row of its own. Not "several times": "taken to hospital several times" tells of no other
     * detention.
     */
    private static final Pattern ANOTHER_TIME =
            Pattern.compile("(?i)\\b(?:again|another|second|repeatedly|once more|re-?detained|re-?arrested)\\b"
                    + "|再次|再度|又一次|又被|多次|屡次|屢次|第二次");

    private final Map<List<String>, List<Row>> byWhatAndWhen = new LinkedHashMap<>();
    private final List<Report> undated = new ArrayList<>();
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
        m.put(
                "sources",
                row.sources().stream()
                        .map(source -> sourceJson(source, row.quotes().get(source.id())))
                        .toList());
        return m;
    }

    private static Map<String, Object> sourceJson(PersonProfile.Source source, String quote) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", source.id());
        m.put("title", source.title());
        m.put("url", source.url());
        m.put("date", source.date());
        m.put("language", source.language());
        m.put("quote", quote);
        return m;
    }

    /** The gazetteer's short name of a division (辽阳, as the facets name it), else a page's name of the place. */
    private String chineseName(String place) {
        return GAZETTEER.lookup(place).map(Gazetteer.Division::nameZh).orElse(chineseNames.get(place));
    }

    /** Adds one event as {@code source} reports it. */
    void add(Event event, PersonProfile.Source source) {
        if (event.date() == null) {
            undated.add(new Report(event, source));
            return;
        }
        addRow(event, source);
    }

    private void addRow(Event event, PersonProfile.Source source) {
        List<Row> rows = byWhatAndWhen.computeIfAbsent(
                java.util.Arrays.asList(event.type(), event.date(), event.dateTo()), k -> new ArrayList<>());
        Row row = rowFor(rows, event);
        if (row == null) {
            row = new Row(event, List.of(), Map.of());
            rows.add(row);
        } else if (row.event().place() == null && event.place() != null) {
            Row placed = new Row(event, row.sources(), row.quotes());
            rows.set(rows.indexOf(row), placed);
            row = placed;
        }
        row.cite(source, event.evidence());
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
     * in December 2009") joins the one row of its type dated within it (December 25, 2009), when there is one. An
     * undated event ("the eye injury he suffered at the time of his detention") joins the one dated row of its type,
     * when there is one and the page does not tell of another time ("detained again").
     */
    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        byWhatAndWhen.values().forEach(out::addAll);
        foldLessPrecise(out);
        List<Row> dated = List.copyOf(out);
        PersonTimeline apart = new PersonTimeline();
        for (Report report : undated) {
            Event event = report.event();
            List<Row> ofType = dated.stream()
                    .filter(r -> r.event().type().equals(event.type()) && samePlaceOrUnsaid(r.event(), event))
                    .toList();
            if (ofType.size() == 1 && !ANOTHER_TIME.matcher(event.evidence()).find()) {
                Row row = ofType.get(0);
                if (row.event().place() == null && event.place() != null) {
                    Row placed = new Row(placedAs(row.event(), event), row.sources(), row.quotes());
                    out.set(out.indexOf(row), placed);
                    dated = List.copyOf(out);
                    row = placed;
                }
                row.cite(report.source(), event.evidence());
            } else {
                apart.addRow(event, report.source());
            }
        }
        apart.byWhatAndWhen.values().forEach(out::addAll);
        out.sort(Comparator.comparing((Row r) -> r.event().date(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Folds each row dated only to its month or year into the one row of its type dated within it, if one. */
    private static void foldLessPrecise(List<Row> out) {
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
                        ? new Row(placedAs(precise.event(), partial.event()), precise.sources(), precise.quotes())
                        : precise;
                partial.sources().forEach(s -> merged.cite(s, partial.quotes().get(s.id())));
                out.set(out.indexOf(precise), merged);
                out.remove(partial);
            }
        }
    }
}
