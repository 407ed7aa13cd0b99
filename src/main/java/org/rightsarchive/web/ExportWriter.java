package org.rightsarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.index.DocumentMapper;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;

/**
 * Writes exported hits, one at a time, as CSV (RFC 4180: every field quoted, quotes doubled; cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe), as JSON Lines (one API hit object a line, with
 * its events), or as a CSV of events: one row for each event of a hit that the request's event filters select.
 */
abstract sealed class ExportWriter
        permits ExportWriter.CsvExport, ExportWriter.EventCsvExport, ExportWriter.JsonLinesExport {
    /** The export formats, by the name the {@code format} parameter takes. */
    enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
        EVENTS("text/csv; charset=utf-8", "events.csv"),
        JSONL("application/x-ndjson; charset=utf-8", "jsonl");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static Format parse(String value) {
            if (value == null || value.isBlank()) {
                return CSV;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "events", "events.csv" -> EVENTS;
                case "jsonl", "ndjson" -> JSONL;
                default -> throw new BadRequest("unknown format '" + value + "'; use csv, events or jsonl");
            };
        }
    }

    protected final Writer out;

    ExportWriter(Writer out) {
        this.out = out;
    }

    static ExportWriter of(Format format, Writer out, ObjectMapper json, TopicDirectory topics, SearchRequest request) {
        return switch (format) {
            case CSV -> new CsvExport(out);
            case EVENTS -> new EventCsvExport(out, request);
            case JSONL -> new JsonLinesExport(out, json, topics);
        };
    }

    abstract void begin() throws IOException;

    abstract void write(SearchResult.Hit hit) throws IOException;

    /** {@link #write} for use in a {@code Consumer}. */
    final void writeUnchecked(SearchResult.Hit hit) {
        try {
            write(hit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snippet as plain text: marks removed, entities decoded (CSV is data, not HTML). */
    static String plainSnippet(String snippetHtml) {
        String text = snippetHtml.replace("<mark>", "").replace("</mark>", "");
        return Parser.unescapeEntities(text, false);
    }

    /** A person as the page names them, both scripts when it has both: "Yao Fuxin 姚福信". */
    static String displayName(Person p) {
        if (p.nameZh() == null || p.nameZh().equals(p.name())) {
            return p.name();
        }
        return p.name() + " " + p.nameZh();
    }

    /** Starts a CSV file: the byte-order mark, then the header row. */
    final void header(List<String> columns) throws IOException {
        // The byte-order mark is how Excel knows the file is UTF-8; without it, Chinese cells are mojibake.
        out.write('\uFEFF');
        row(columns);
    }

    /**
     * The page's cells, then {@code cells} (null is an empty cell): both CSV exports start a row with the page it
     * comes from.
     */
    static List<String> withPage(SearchResult.Hit h, String... cells) {
        List<String> row = new ArrayList<>(Arrays.asList(h.id(), h.title(), h.url(), h.published(), h.language()));
        row.addAll(Arrays.asList(cells));
        return row;
    }

    /** Writes one CSV row. */
    final void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One CSV cell, quoted; one a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String quote(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static final class CsvExport extends ExportWriter {
        static final List<String> COLUMNS =
                List.of("id", "title", "url", "date", "language", "topics", "people", "names", "provinces", "snippet");

        CsvExport(Writer out) {
            super(out);
        }

        @Override
        void begin() throws IOException {
            header(COLUMNS);
        }

        @Override
        void write(SearchResult.Hit h) throws IOException {
            row(withPage(
                    h,
                    h.topics().stream().map(t -> t.id()).collect(Collectors.joining(";")),
                    h.people().stream().map(p -> p.id()).collect(Collectors.joining(";")),
                    h.people().stream().map(ExportWriter::displayName).collect(Collectors.joining(";")),
                    h.places().stream().map(Place::province).distinct().collect(Collectors.joining(";")),
                    plainSnippet(h.snippet())));
        }
    }

    /**
     * One row for each event of a hit that the request's event filters select: its type among the {@code event}
     * filter's, its span meeting the {@code from}-{@code to} range, its province among the {@code province}
     * filter's, one of its people among the {@code person} filter's. A journalist's "detentions in Beijing in 2019"
     * lists those detentions, not every event of the pages that tell of one.
     */
    static final class EventCsvExport extends ExportWriter {
        static final List<String> COLUMNS = List.of(
                "document_id",
                "title",
                "url",
                "published",
                "language",
                "type",
                "date",
                "date_to",
                "place",
                "province",
                "people",
                "names",
                "evidence");

        private final SearchRequest request;

        EventCsvExport(Writer out, SearchRequest request) {
            super(out);
            this.request = request;
        }

        @Override
        void begin() throws IOException {
            header(COLUMNS);
        }

        @Override
        void write(SearchResult.Hit h) throws IOException {
            Map<String, Person> people = new HashMap<>();
            h.people().forEach(p -> people.putIfAbsent(p.id(), p));
            for (Event e : h.events()) {
                if (!selected(e)) {
                    continue;
                }
                row(withPage(
                        h,
                        e.type(),
                        e.date(),
                        e.dateTo(),
                        e.place(),
                        e.province(),
                        String.join(";", e.people()),
                        e.people().stream()
                                .map(id -> people.containsKey(id) ? displayName(people.get(id)) : id)
                                .collect(Collectors.joining(";")),
                        e.evidence()));
            }
        }

        boolean selected(Event e) {
            List<String> types = request.filters().getOrDefault("event", List.of());
            List<String> provinces = request.filters().getOrDefault("province", List.of());
            List<String> persons = request.filters().getOrDefault("person", List.of());
            return (types.isEmpty() || types.contains(e.type()))
                    && (provinces.isEmpty() || e.province() != null && provinces.contains(e.province()))
                    && (persons.isEmpty() || e.people().stream().anyMatch(persons::contains))
                    && meetsRange(e);
        }

        /** Whether the event may have happened in the request's range, as the search's date filter reads it. */
        private boolean meetsRange(Event e) {
            if (request.from() == null && request.to() == null) {
                return true;
            }
            LocalDate start = DocumentMapper.startOf(e.date());
            LocalDate end = DocumentMapper.endOf(e.dateTo() != null ? e.dateTo() : e.date());
            if (start == null || end == null) {
                return false; // undated: not known to fall in it
            }
            return (request.from() == null || !end.isBefore(request.from()))
                    && (request.to() == null || !start.isAfter(request.to()));
        }
    }

    static final class JsonLinesExport extends ExportWriter {
        private final ObjectMapper json;
        private final TopicDirectory topics;

        JsonLinesExport(Writer out, ObjectMapper json, TopicDirectory topics) {
            super(out);
            this.json = json;
            this.topics = topics;
        }

        @Override
        void begin() {}

        @Override
        void write(SearchResult.Hit h) throws IOException {
            // Jackson escapes line breaks inside strings, so one hit is always one line.
            Map<String, Object> hit = ApiJson.hit(h, topics);
            hit.put("events", h.events());
            out.write(json.writeValueAsString(hit));
            out.write('\n');
        }
    }
}
