package org.rightsarchive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The name, place and topic lists the generator draws from, shipped as resources of this package (see its
 * {@code NOTICE.md} for sources and licenses).
 *
 * @param surnames Chinese surnames, the most common first
 * @param givenNameCharacters characters of given names
 * @param places prefecture-level places with their provinces
 * @param topics topic labels with a sentence per language
 */
public record WordLists(
        List<Syllable> surnames, List<Syllable> givenNameCharacters, List<PlaceEntry> places, List<TopicEntry> topics) {
    private static final WordLists STANDARD = load();

    public WordLists {
        surnames = List.copyOf(surnames);
        givenNameCharacters = List.copyOf(givenNameCharacters);
        places = List.copyOf(places);
        topics = List.copyOf(topics);
        if (surnames.isEmpty() || givenNameCharacters.isEmpty() || places.isEmpty() || topics.isEmpty()) {
            throw new IllegalArgumentException("every word list needs at least one entry");
        }
    }

    /** A surname or given-name character and its toneless pinyin ({@code 姚}, {@code yao}). */
    public record Syllable(String hanzi, String pinyin) {
        public Syllable {
            Objects.requireNonNull(hanzi, "hanzi");
            if (pinyin == null || !pinyin.matches("[a-zü]+( [a-zü]+)*")) {
                throw new IllegalArgumentException("pinyin must be lowercase toneless syllables: " + pinyin);
            }
        }
    }

    /** A prefecture-level place (a municipality names itself as its own prefecture). */
    public record PlaceEntry(
            String provinceEn,
            String provinceZh,
            String provinceFullZh,
            String prefectureEn,
            String prefectureZh,
            String prefectureFullZh) {
        public PlaceEntry {
            Objects.requireNonNull(provinceEn, "provinceEn");
            Objects.requireNonNull(prefectureEn, "prefectureEn");
        }

        /** True for Beijing, Shanghai, Tianjin, Chongqing, Hong Kong and Macau. */
        public boolean isMunicipality() {
            return prefectureZh.equals(provinceZh);
        }
    }

    /**
     * A topic of the taxonomy and the sentence a page about it carries.
     *
     * @param sentenceEn English sentence with {@code {name}}, {@code {place}}, {@code {province}} slots
     * @param sentenceZh the same in Simplified Chinese
     */
    public record TopicEntry(String id, String label, String labelZh, String sentenceEn, String sentenceZh) {
        public TopicEntry {
            if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("topic id must be a lowercase slug: " + id);
            }
            Objects.requireNonNull(label, "label");
        }
    }

    /** The lists shipped with the project (loaded once). */
    public static WordLists standard() {
        return STANDARD;
    }

    private static WordLists load() {
        List<Syllable> surnames = new ArrayList<>();
        for (String[] row : rows("surnames.tsv", 2)) {
            surnames.add(new Syllable(row[0], row[1]));
        }
        List<Syllable> given = new ArrayList<>();
        for (String[] row : rows("given-names.tsv", 2)) {
            given.add(new Syllable(row[0], row[1]));
        }
        List<PlaceEntry> places = new ArrayList<>();
        for (String[] r : rows("places.tsv", 6)) {
            places.add(new PlaceEntry(r[0], r[1], r[2], r[3], r[4], r[5]));
        }
        List<TopicEntry> topics = new ArrayList<>();
        for (String[] r : rows("topics.tsv", 5)) {
            topics.add(new TopicEntry(r[0], r[1], r[2], r[3], r[4]));
        }
        return new WordLists(surnames, given, places, topics);
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + resource + " of " + WordLists.class.getPackageName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(
                            resource + ": expected " + columns + " columns, got " + cells.length + ": " + line);
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
