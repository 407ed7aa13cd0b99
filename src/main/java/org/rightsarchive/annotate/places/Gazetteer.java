package org.rightsarchive.annotate.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.text.LatinFolding;
import org.rightsarchive.annotate.text.ResourceLines;
import org.rightsarchive.lang.ChineseScript;

/**
 * China's administrative divisions down to county level, looked up by any written form: Chinese short or full name in
 * Simplified or Traditional characters ({@code 辽阳}, {@code 辽阳市}, {@code 遼陽市}), toneless pinyin in any case or
 * spacing ({@code Liaoyang}, {@code liao yang}), English forms ({@code Inner Mongolia}, {@code Tibet}, {@code Xizang},
 * {@code Lhasa}, {@code Kashgar}).
 *
 * <p>Loaded once from the bundled resources; immutable and thread-safe afterwards. Lookups are hash-map reads.
 */
public final class Gazetteer {
    /** Level of a division. */
    public static final int PROVINCE = 0;

    public static final int PREFECTURE = 1;
    public static final int COUNTY = 2;

    /**
     * One administrative division.
     *
     * @param code the statistical code (2, 4 or 6 digits)
     * @param level {@link #PROVINCE}, {@link #PREFECTURE} or {@link #COUNTY}
     * @param nameZh short Chinese name ({@code 辽阳})
     * @param fullNameZh full Chinese name ({@code 辽阳市})
     * @param name English or pinyin name ({@code Liaoyang}, {@code Inner Mongolia})
     * @param province English name of its province
     * @param provinceZh short Chinese name of its province
     * @param prefecture English name of its prefecture, or {@code null} for a province
     */
    public record Division(
            String code,
            int level,
            String nameZh,
            String fullNameZh,
            String name,
            String province,
            String provinceZh,
            String prefecture) {
        public Division {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(province, "province");
        }

        /** This division as a {@link Place}. */
        public Place toPlace() {
            String kind =
                    switch (level) {
                        case PROVINCE -> "province";
                        case PREFECTURE -> "prefecture";
                        default -> "county";
                    };
            return new Place(name, fullNameZh, province, provinceZh, level == PROVINCE ? null : prefecture, kind);
        }
    }

    private static final String RESOURCES = "/org/rightsarchive/annotate/places/";

    private final Map<String, List<Division>> byChinese;
    private final Map<String, List<Division>> byLatin;
    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> countiesByShortName;
    private final int longestChinese;
    private final KeyLengths chineseLengths;
    private final KeyLengths countyShortLengths;

    private Gazetteer(
            List<Division> divisions,
            Map<String, String> exonyms,
            Map<String, List<String>> provinceForms,
            Map<String, String> provincePinyin) {
        Map<String, List<Division>> zh = new HashMap<>();
        Map<String, List<Division>> latin = new HashMap<>();
        Map<String, Division> codes = new LinkedHashMap<>();
        Map<String, List<Division>> countyShort = new HashMap<>();
        for (Division d : divisions) {
            if (d.level() == COUNTY && d.nameZh().length() >= 2) {
                add(countyShort, d.nameZh(), d);
            }
            codes.put(d.code(), d);
            add(zh, d.fullNameZh(), d);
            if (d.level() < COUNTY && d.nameZh().length() >= 2) {
                add(zh, d.nameZh(), d);
            }
            add(latin, latinKey(d.name()), d);
        }
        Map<String, String> englishKeys = new HashMap<>();
        provinceForms.forEach((code, forms) -> forms.forEach(f -> englishKeys.put(latinKey(f), code)));
        for (Map.Entry<String, List<String>> e : provinceForms.entrySet()) {
            Division province = codes.get(e.getKey());
            for (String form : e.getValue()) {
                add(latin, latinKey(form), province);
            }
            String pinyin = latinKey(provincePinyin.getOrDefault(e.getKey(), ""));
            // 陕西 is "shan xi" in pinyin, but Shanxi is 山西 in English: the English form wins
            if (!pinyin.isEmpty()
                    && englishKeys.getOrDefault(pinyin, e.getKey()).equals(e.getKey())) {
                add(latin, pinyin, province);
            }
        }
        for (Map.Entry<String, String> e : exonyms.entrySet()) {
            for (Division d : zh.getOrDefault(e.getValue(), List.of())) {
                add(latin, latinKey(e.getKey()), d);
            }
        }
        Comparator<Division> order = Comparator.comparingInt(Division::level).thenComparing(Division::code);
        zh.values().forEach(l -> l.sort(order));
        latin.values().forEach(l -> l.sort(order));
        this.byChinese = freeze(zh);
        this.byLatin = freeze(latin);
        this.byCode = Map.copyOf(codes);
        this.countiesByShortName = freeze(countyShort);
        this.longestChinese =
                zh.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.chineseLengths = new KeyLengths(zh.keySet());
        this.countyShortLengths = new KeyLengths(countyShort.keySet());
    }

    private static void add(Map<String, List<Division>> map, String key, Division d) {
        if (key == null || key.isEmpty()) {
            return;
        }
        List<Division> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(d)) {
            list.add(d);
        }
    }

    private static Map<String, List<Division>> freeze(Map<String, List<Division>> map) {
        Map<String, List<Division>> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The bundled gazetteer, loaded on first use. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    /**
     * The key under which Latin-script names are looked up: folded, lowercase, letters only ({@code Xi'an} and
     * {@code XI AN} both become {@code xian}).
     */
    public static String latinKey(String name) {
        String folded = LatinFolding.fold(name);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Every division with this name in any script, most general first (provinces, then prefectures, counties). */
    public List<Division> lookupAll(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String trimmed = name.strip();
        if (ChineseScript.hanCount(trimmed) > 0) {
            return byChinese.getOrDefault(ChineseScript.toSimplified(trimmed), List.of());
        }
        return byLatin.getOrDefault(latinKey(trimmed), List.of());
    }

    /**
     * The division a name most likely means: the most general level that carries the name, and only when the name is
     * not ambiguous at that level ({@code Fuzhou} names two prefectures in two provinces and is empty here).
     */
    public Optional<Division> lookup(String name) {
        List<Division> all = lookupAll(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Division first = all.get(0);
        long sameLevelOtherProvince = all.stream()
                .filter(d -> d.level() == first.level() && !d.province().equals(first.province()))
                .count();
        return sameLevelOtherProvince == 0 ? Optional.of(first) : Optional.empty();
    }

    /** The English province name of a place written in any form, when it is unambiguous. */
    public Optional<String> province(String name) {
        return lookup(name).map(Division::province);
    }

    /** A division by statistical code. */
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every province-level division, in code order. */
    public List<Division> provinces() {
        return byCode.values().stream()
                .filter(d -> d.level() == PROVINCE)
                .sorted(Comparator.comparing(Division::code))
                .toList();
    }

    /** Chinese-name entries for the scanner: the divisions under a Simplified name of 2 or more characters. */
    List<Division> chinese(String simplified) {
        return byChinese.getOrDefault(simplified, List.of());
    }

    /** Latin-name entries for the scanner, by {@link #latinKey(String)}. */
    List<Division> latin(String key) {
        return byLatin.getOrDefault(key, List.of());
    }

    /** Counties under their short Chinese name ({@code 凌源}), for facility names only. */
    List<Division> countiesByShortName(String simplified) {
        return countiesByShortName.getOrDefault(simplified, List.of());
    }

    /** False when no Chinese-name entry ({@link #chinese(String)}) of this length starts with this character. */
    boolean chineseNameMayStart(char first, int length) {
        return chineseLengths.mayStart(first, length);
    }

    /** False when no county short name ({@link #countiesByShortName(String)}) of this length starts so. */
    boolean countyShortNameMayStart(char first, int length) {
        return countyShortLengths.mayStart(first, length);
    }

    int longestChineseName() {
        return longestChinese;
    }

    private static Gazetteer load() {
        try {
            Map<String, List<String>> provinceForms = new LinkedHashMap<>();
            Map<String, String> provinceNames = new HashMap<>();
            for (String[] row : rows("provinces.tsv")) {
                provinceNames.put(row[0], row[1]);
                List<String> forms = new ArrayList<>();
                forms.add(row[1]);
                if (row.length > 2 && !row[2].isBlank()) {
                    forms.addAll(List.of(row[2].split("\\|")));
                }
                provinceForms.put(row[0], forms);
            }
            Map<String, String[]> raw = new LinkedHashMap<>();
            for (String[] row : rows("divisions.tsv")) {
                raw.put(row[0], row);
            }
            Map<String, String> exonyms = new LinkedHashMap<>();
            Map<String, String> englishNames = new HashMap<>(); // Chinese name -> the form English texts use
            for (String[] row : rows("exonyms.tsv")) {
                exonyms.put(row[0], row[1]);
                if (row.length > 2 && row[2].equals("name")) {
                    englishNames.put(row[1], row[0]);
                }
            }
            Map<String, String> names = new HashMap<>();
            Map<String, String> provincePinyin = new HashMap<>();
            for (String[] row : raw.values()) {
                String pinyin = englishName(row);
                String english = englishNames.getOrDefault(row[3], englishNames.get(row[4]));
                if (english != null) {
                    exonyms.putIfAbsent(pinyin, row[4]); // "Wulumuqi" still finds Urumqi
                }
                names.put(row[0], english != null ? english : pinyin);
                if (row[2].equals("0")) {
                    provincePinyin.put(row[0], row[5]);
                }
            }
            List<Division> divisions = new ArrayList<>(raw.size());
            for (String[] row : raw.values()) {
                int level = Integer.parseInt(row[2]);
                String provinceCode = row[0].substring(0, 2);
                String province = provinceNames.get(provinceCode);
                if (province == null) {
                    continue;
                }
                String provinceZh = raw.get(provinceCode)[3];
                String name = level == PROVINCE ? province : names.get(row[0]);
                String prefecture =
                        level == PREFECTURE ? name : level == COUNTY ? names.getOrDefault(row[1], null) : null;
                if (level == PREFECTURE && raw.get(provinceCode)[3].equals(row[3])) {
                    name = province; // the city of a municipality is the municipality
                    prefecture = province;
                }
                if (level == COUNTY && prefecture != null && raw.get(provinceCode)[3].equals(raw.get(row[1])[3])) {
                    prefecture = province;
                }
                divisions.add(new Division(row[0], level, row[3], row[4], name, province, provinceZh, prefecture));
            }
            return new Gazetteer(divisions, exonyms, provinceForms, provincePinyin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled gazetteer", e);
        }
    }

    /** Pinyin written as English texts write it: {@code liao yang} to {@code Liaoyang}, {@code xi an} to Xi'an. */
    static String englishName(String[] row) {
        String[] syllables = row[5].strip().split("\\s+");
        int count = syllables.length;
        String shortName = row[3];
        if (count == shortName.length() && count > 2 && "区县市旗".indexOf(shortName.charAt(count - 1)) >= 0) {
            count--; // names kept whole in the source ("堆龙德庆区") carry the suffix's syllable
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String s = syllables[i].toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && "aoe".indexOf(s.charAt(0)) >= 0) {
                b.append('\'');
            }
            b.append(b.length() == 0 ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
        }
        return b.toString();
    }

    private static List<String[]> rows(String resource) throws IOException {
        return ResourceLines.of(Gazetteer.class, RESOURCES + resource).stream()
                .map(line -> line.split("\t", -1))
                .toList();
    }
}
