package org.rightsarchive.annotate.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rightsarchive.annotate.text.ResourceLines;
import org.rightsarchive.lang.ChineseScript;

/**
 * Landmarks and facilities in both languages whose names the gazetteer cannot make ({@code 天安门} and Tiananmen,
 * {@code 秦城监狱} and Qincheng Prison), from the bundled {@code landmarks.tsv}. Thread-safe, immutable.
 */
public final class Landmarks {
    /**
     * A landmark's names.
     *
     * @param name English name
     * @param chinese Chinese names, Simplified
     */
    public record Landmark(String name, List<String> chinese) {
        public Landmark {
            Objects.requireNonNull(name, "name");
            chinese = List.copyOf(chinese);
            if (chinese.isEmpty()) {
                throw new IllegalArgumentException("landmark " + name + " has no Chinese name");
            }
        }
    }

    private final Map<String, Landmark> byName = new HashMap<>();

    private Landmarks(List<Landmark> landmarks) {
        for (Landmark l : landmarks) {
            byName.put(l.name().toLowerCase(Locale.ROOT), l);
            l.chinese().forEach(zh -> byName.put(zh, l));
        }
    }

    /** The bundled landmarks, loaded on first use. */
    public static Landmarks standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Landmarks STANDARD = load();
    }

    private static Landmarks load() {
        String resource = "landmarks.tsv";
        List<Landmark> out = new ArrayList<>();
        try {
            for (String line : ResourceLines.of(Landmarks.class, resource)) {
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(resource + ": not an English and a Chinese name: " + line);
                }
                out.add(new Landmark(f[0].strip(), List.of(f[1].strip().split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Landmarks(out);
    }

    /** The landmark named exactly so, in English (any case) or in Chinese (either script). */
    public Optional<Landmark> lookup(String name) {
        String n = name.strip();
        if (ChineseScript.hanCount(n) > 0) {
            return Optional.ofNullable(byName.get(ChineseScript.toSimplified(n)));
        }
        return Optional.ofNullable(byName.get(n.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }
}
