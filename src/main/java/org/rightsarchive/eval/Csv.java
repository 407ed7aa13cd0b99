package org.rightsarchive.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes) for the evaluation data. */
public final class Csv {
    private Csv() {}

    /** Reads a CSV file with a header line into one map per record, keyed by column name, in file order. */
    public static List<Map<String, String>> readRecords(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = parse(in);
            if (rows.isEmpty()) {
                return List.of();
            }
            List<String> header = rows.get(0);
            List<Map<String, String>> records = new ArrayList<>(rows.size() - 1);
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    record.put(header.get(i), i < row.size() ? row.get(i) : "");
                }
                records.add(record);
            }
            return records;
        }
    }

    /** Parses all rows. */
    public static List<List<String>> parse(Reader reader) throws IOException {
        Reader in = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read(); // a byte-order mark, as Excel writes and our exports too, is not part of the first cell
        }
        for (; c != -1; c = in.read()) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (any || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
