package org.rightsarchive.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.people.PersonNames;

/**
 * The hand-made people gold of CECC summaries, kept as stand-off annotation: the gold file holds record numbers,
 * character offsets of every name mention in the summary's text and the role of each person, never the text itself,
 * which is read from {@code ../shared} and checked against a short hash of it.
 *
 * <p>The sample is reproducible: the development records with a narrative summary ({@link #isNarrative}), ordered by
 * the SHA-256 of their record number ({@link #sample}); the gold covers a prefix of that order.
 *
 * <p>File format (tab-separated, {@code #} comments): {@code R record part hash} opens a record ({@code part} is
 * {@code tune}, the records the extractor was tuned on, or {@code test}); {@code M record person role kind start
 * end} is one mention of person number {@code person} of that record, {@code kind} {@code name} for a written name
 * (its text gives the person's id) or {@code ref} for a shorter reference to a person named in full elsewhere
 * ("Yao" for Yao Fuxin); {@code role} is one of {@link Person#ROLES} or {@code -} when the summary leaves it unclear.
 */
public final class CeccPeopleGold {
    /** The gold file, relative to the bundled corpus folder. */
    public static final String FILE = "gold/cecc-people.tsv";

    private static final Pattern EMPTY_SUMMARY = Pattern.compile("(?i)^\\s*(?:initial record data|NA\\s*$)");
    private static final int MIN_NARRATIVE = 150;

    private CeccPeopleGold() {}

    /** One name mention: offsets into the summary text. */
    public record Mention(int start, int end, boolean fullName) {
        public Mention {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative mention span " + start + "-" + end);
            }
        }
    }

    /**
     * One person of a summary.
     *
     * @param role one of {@link Person#ROLES}, or {@code null} when the summary does not make it clear
     * @param ids the person ids of its written names (one, unless the summary spells the name two ways)
     * @param mentions every mention, in text order
     */
    public record GoldPerson(int number, String role, Set<String> ids, List<Mention> mentions) {
        public GoldPerson {
            if (role != null && !Person.ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role + " of person " + number);
            }
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("person " + number + " has no written name");
            }
            ids = Set.copyOf(ids);
            mentions = List.copyOf(mentions);
        }
    }

    /** One annotated record: its summary text, the tuning or test part, its people. */
    public record GoldRecord(String recordNumber, String part, String text, List<GoldPerson> people) {
        public GoldRecord {
            Objects.requireNonNull(recordNumber, "recordNumber");
            if (!part.equals("tune") && !part.equals("test")) {
                throw new IllegalArgumentException("part must be tune or test: " + part);
            }
            people = List.copyOf(people);
        }
    }

    /** The text of a record's summary as the evaluation reads it: HTML links removed, whitespace collapsed. */
    public static String summaryText(Map<String, String> record) {
        return Jsoup.parse(record.getOrDefault("short_summary", "")).text();
    }

    /** Whether a summary text tells a story (not empty, not "Initial record data based on TIN ..."). */
    public static boolean isNarrative(String text) {
        return text.length() >= MIN_NARRATIVE && !EMPTY_SUMMARY.matcher(text).find();
    }

    /** The records with a narrative summary, in the gold's sample order: by SHA-256 of the record number. */
    public static List<Map<String, String>> sample(List<Map<String, String>> records) {
        return records.stream()
                .filter(r -> isNarrative(summaryText(r)))
                .sorted(Comparator.comparing(r -> sha256(r.get("CECC_record_number"))))
                .toList();
    }

    /** The first 8 hex digits of the SHA-256 of the text: a changed source summary is detected, not misread. */
    public static String textHash(String text) {
        return sha256(text).substring(0, 8);
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Reads the gold and the summaries it annotates. Fails with the record number when a record is missing from the
     * CSV, its text no longer has the gold's hash, or a span lies outside the text.
     */
    public static List<GoldRecord> read(Path goldTsv, List<Map<String, String>> records) throws IOException {
        Map<String, Map<String, String>> byNumber = new LinkedHashMap<>();
        for (Map<String, String> r : records) {
            byNumber.put(r.get("CECC_record_number"), r);
        }
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, List<String[]>> mentions = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(goldTsv, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("R") && f.length == 4) {
                if (heads.put(f[1], f) != null) {
                    throw new IOException(goldTsv + ":" + lineNumber + ": record " + f[1] + " given twice");
                }
                mentions.put(f[1], new ArrayList<>());
            } else if (f[0].equals("M") && f.length == 7 && mentions.containsKey(f[1])) {
                mentions.get(f[1]).add(f);
            } else {
                throw new IOException(goldTsv + ":" + lineNumber + ": not an R or M line of a known record: " + line);
            }
        }
        PersonNames names = PersonNames.standard();
        List<GoldRecord> out = new ArrayList<>();
        for (String[] head : heads.values()) {
            Map<String, String> record = byNumber.get(head[1]);
            if (record == null) {
                throw new IOException("gold record " + head[1] + " is not in the CECC data");
            }
            String text = summaryText(record);
            if (!textHash(text).equals(head[3])) {
                throw new IOException("the summary of record " + head[1] + " changed since it was annotated (hash "
                        + textHash(text) + ", gold " + head[3] + ")");
            }
            out.add(new GoldRecord(head[1], head[2], text, people(head[1], text, mentions.get(head[1]), names)));
        }
        return out;
    }

    private static List<GoldPerson> people(String number, String text, List<String[]> rows, PersonNames names)
            throws IOException {
        Map<Integer, String> roles = new LinkedHashMap<>();
        Map<Integer, Set<String>> ids = new LinkedHashMap<>();
        Map<Integer, List<Mention>> spans = new LinkedHashMap<>();
        for (String[] f : rows) {
            int person = Integer.parseInt(f[2]);
            int start = Integer.parseInt(f[5]);
            int end = Integer.parseInt(f[6]);
            if (end > text.length()) {
                throw new IOException("record " + number + ": span " + start + "-" + end + " beyond the text");
            }
            boolean fullName = f[4].equals("name");
            if (!fullName && !f[4].equals("ref")) {
                throw new IOException("record " + number + ": mention kind must be name or ref: " + f[4]);
            }
            String role = f[3].equals("-") ? null : f[3];
            if (roles.containsKey(person) && !Objects.equals(roles.get(person), role)) {
                throw new IOException("record " + number + ": person " + person + " has two roles, " + roles.get(person)
                        + " and " + role);
            }
            roles.put(person, role);
            spans.computeIfAbsent(person, k -> new ArrayList<>()).add(new Mention(start, end, fullName));
            Set<String> personIds = ids.computeIfAbsent(person, k -> new LinkedHashSet<>());
            if (fullName) {
                names.idOf(text.substring(start, end)).ifPresent(personIds::add);
            }
        }
        List<GoldPerson> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Mention>> e : spans.entrySet()) {
            List<Mention> m = new ArrayList<>(e.getValue());
            m.sort(Comparator.comparingInt(Mention::start));
            out.add(new GoldPerson(e.getKey(), roles.get(e.getKey()), ids.get(e.getKey()), m));
        }
        return out;
    }
}
