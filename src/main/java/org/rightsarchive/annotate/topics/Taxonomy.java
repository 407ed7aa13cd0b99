package org.rightsarchive.annotate.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rightsarchive.lang.ChineseScript;

/**
 * The archive's topics, loaded from {@code taxonomy.json} and validated (unique ids, ids that are the slugs of their
 * labels, related topics that exist, names that do not point at two topics). Immutable and thread-safe.
 *
 * <p>Lookups fold case, Traditional characters and punctuation, so "Labor Rights", "labor rights", 劳工权利 and
 * 勞工權利 all reach {@code labor-rights}.
 */
public final class Taxonomy {
    /** Resource of the standard taxonomy, beside this class. */
    public static final String RESOURCE = "taxonomy.json";

    /** System property naming a taxonomy file to use instead of the bundled one (for trying out a change). */
    public static final String FILE_PROPERTY = "archive.taxonomy";

    private static volatile Taxonomy standard;

    private final List<Topic> topics;
    private final Map<String, Topic> byId;
    private final Map<String, Topic> byName;

    private Taxonomy(List<Topic> topics) {
        Map<String, Topic> ids = new LinkedHashMap<>();
        for (Topic t : topics) {
            if (ids.put(t.id(), t) != null) {
                throw new IllegalArgumentException("duplicate topic id " + t.id());
            }
        }
        Map<String, Topic> names = new HashMap<>();
        for (Topic t : topics) {
            for (String related : t.related()) {
                if (!ids.containsKey(related)) {
                    throw new IllegalArgumentException("topic " + t.id() + " relates to unknown topic " + related);
                }
            }
            for (String name : t.names()) {
                String key = key(name);
                Topic other = names.putIfAbsent(key, t);
                if (other != null && other != t) {
                    throw new IllegalArgumentException(
                            "name '" + name + "' belongs to both " + other.id() + " and " + t.id());
                }
            }
        }
        for (Topic t : topics) {
            names.putIfAbsent(t.id(), t);
        }
        this.topics = List.copyOf(topics);
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Map.copyOf(names);
    }

    /**
     * The standard taxonomy: the bundled {@code taxonomy.json}, or the file named by the system property
     * {@value #FILE_PROPERTY}. Read once per process, so a new process (such as {@code archive reindex}) always sees
     * the current file.
     */
    public static Taxonomy standard() {
        Taxonomy t = standard;
        if (t == null) {
            synchronized (Taxonomy.class) {
                t = standard;
                if (t == null) {
                    standard = t = loadStandard();
                }
            }
        }
        return t;
    }

    private static Taxonomy loadStandard() {
        String file = System.getProperty(FILE_PROPERTY);
        try {
            if (file != null && !file.isBlank()) {
                return load(Path.of(file));
            }
            try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("taxonomy resource " + RESOURCE + " missing from the class path");
                }
                return parse(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the taxonomy", e);
        }
    }

    /** Loads and validates a taxonomy file. */
    public static Taxonomy load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and validates taxonomy JSON ({@code {"topics": [...]}}). */
    public static Taxonomy parse(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode list = root == null ? null : root.get("topics");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("taxonomy JSON needs a 'topics' array");
        }
        List<Topic> topics = new ArrayList<>();
        for (JsonNode n : list) {
            Map<String, Double> cues = new LinkedHashMap<>();
            n.path("cues")
                    .properties()
                    .forEach(e -> cues.put(e.getKey(), e.getValue().asDouble(Double.NaN)));
            topics.add(new Topic(
                    text(n, "id"),
                    text(n, "label"),
                    text(n, "labelZhHans"),
                    text(n, "labelZhHant"),
                    strings(n.path("aliases")),
                    cues,
                    strings(n.path("related")),
                    n.path("labelsAreCues").asBoolean(true)));
        }
        return of(topics);
    }

    /** A taxonomy of the given topics, validated. */
    public static Taxonomy of(List<Topic> topics) {
        return new Taxonomy(topics);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("topic " + n.path("id").asText("?") + " has no '" + field + "'");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The topic id of a label: lowercase, each run of other characters than a-z and 0-9 one '-', trimmed. */
    public static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** The lookup key of a name: Simplified, lower case, punctuation and spaces folded to single spaces. */
    static String key(String name) {
        String folded = ChineseScript.toSimplified(name.strip()).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", " ").strip();
    }

    /** Every topic, in the order of the seed list. */
    public List<Topic> all() {
        return topics;
    }

    /** Number of topics. */
    public int size() {
        return topics.size();
    }

    /** The topic with this id. */
    public Optional<Topic> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every topic id. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * The topic a label, alias or id names, in English or Chinese of either script ("Labor Rights", 劳工权利, 勞工權利,
     * {@code labor-rights}).
     */
    public Optional<Topic> lookup(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Topic t = byId.get(name.strip());
        return t != null ? Optional.of(t) : Optional.ofNullable(byName.get(key(name)));
    }

    /** The topics related to this one (both the ones it lists and the ones listing it), sorted by id. */
    public List<Topic> related(String id) {
        Set<String> ids = new TreeSet<>();
        Topic t = byId.get(id);
        if (t != null) {
            ids.addAll(t.related());
        }
        for (Topic other : topics) {
            if (other.related().contains(id)) {
                ids.add(other.id());
            }
        }
        return ids.stream().map(byId::get).toList();
    }
}
