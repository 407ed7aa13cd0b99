package org.rightsarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.search.SearchResult;

/**
 * Writes exported hits, one at a time, as CSV (RFC 4180: every field quoted, quotes doubled; cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe) or as JSON Lines (one API hit object a line).
 */
abstract sealed class ExportWriter permits ExportWriter.CsvExport, ExportWriter.JsonLinesExport {
    /** The export formats, by the name the {@code format} parameter takes. */
    enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
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
                case "jsonl", "ndjson" -> JSONL;
                default -> throw new BadRequest("unknown format '" + value + "'; use csv or jsonl");
            };
        }
    }

    protected final Writer out;

    ExportWriter(Writer out) {
        this.out = out;
    }

    static ExportWriter of(Format format, Writer out, ObjectMapper json, TopicDirectory topics) {
        return format == Format.CSV ? new CsvExport(out) : new JsonLinesExport(out, json, topics);
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

    static final class CsvExport extends ExportWriter {
        static final List<String> COLUMNS =
                List.of("id", "title", "url", "date", "language", "topics", "people", "names", "provinces", "snippet");

        CsvExport(Writer out) {
            super(out);
        }

        @Override
        void begin() throws IOException {
            // The byte-order mark is how Excel knows the file is UTF-8; without it, Chinese cells are mojibake.
            out.write('\uFEFF');
            row(COLUMNS);
        }

        @Override
        void write(SearchResult.Hit h) throws IOException {
            row(List.of(
                    h.id(),
                    h.title(),
                    h.url(),
                    h.published() == null ? "" : h.published(),
                    h.language(),
                    h.topics().stream().map(t -> t.id()).collect(Collectors.joining(";")),
                    h.people().stream().map(p -> p.id()).collect(Collectors.joining(";")),
                    h.people().stream().map(CsvExport::displayName).collect(Collectors.joining(";")),
                    h.places().stream().map(Place::province).distinct().collect(Collectors.joining(";")),
                    plainSnippet(h.snippet())));
        }

        /** A person as the page names them, both scripts when it has both: "Yao Fuxin 姚福信". */
        private static String displayName(Person p) {
            if (p.nameZh() == null || p.nameZh().equals(p.name())) {
                return p.name();
            }
            return p.name() + " " + p.nameZh();
        }

        private void row(List<String> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(cells.get(i)));
            }
            out.write("\r\n");
        }

        static String quote(String cell) {
            String value = cell == null ? "" : cell;
            if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            return '"' + value.replace("\"", "\"\"") + '"';
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
            out.write(json.writeValueAsString(ApiJson.hit(h, topics)));
            out.write('\n');
        }
    }
}
