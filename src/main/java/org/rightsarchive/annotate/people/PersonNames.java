package org.rightsarchive.annotate.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.text.LatinFolding;
import org.rightsarchive.annotate.text.RecentResults;
import org.rightsarchive.annotate.text.ResourceLines;
import org.rightsarchive.lang.ChineseScript;

/**
 * Turns any written form of a person's name into the person's id, and knows the name data behind it: Chinese surnames
 * with their surname readings, pinyin syllables, and the alias table of names whose romanization is not pinyin
 * ({@code 伊力哈木·土赫提} is {@code ilham-tohti}).
 *
 * <p>Loaded once; thread-safe.
 */
public final class PersonNames {
    private static final String RESOURCES = "/org/rightsarchive/annotate/people/";

    /** A person of the alias table. */
    public record Alias(String id, String name, List<String> chinese) {}

    private final Map<String, String> surnameReadings; // 姚 -> yao, 欧阳 -> ouyang
    private final Set<String> latinSurnames; // yao, ouyang
    private final Set<String> syllables;
    private final Set<String> nameWords; // tashi, ilham (lowercase)
    private final Map<String, Alias> aliasesByChinese;
    private final Map<String, Alias> aliasesByLatin;
    private final Map<String, Alias> aliasesById;
    private final Map<Character, String> givenNameReadings; // 晟: sheng, where ICU reads cheng
    private final HanReadings readings = new HanReadings();

    private PersonNames() {
        try {
            surnameReadings = new HashMap<>();
            latinSurnames = new HashSet<>();
            for (String line : lines("surnames.tsv")) {
                String[] f = line.split("\t");
                if (f.length < 3 || f[0].equals("surname")) {
                    continue;
                }
                String reading = f[2].replace(" ", "").toLowerCase(Locale.ROOT);
                surnameReadings.put(f[0], reading);
                latinSurnames.add(reading);
            }
            syllables = new HashSet<>();
            for (String line : lines("syllables.txt")) {
                syllables.add(LatinFolding.fold(line.strip()));
                syllables.add(line.strip().replace("ü", "v"));
            }
            nameWords = new HashSet<>();
            for (String line : lines("name-words.txt")) {
                nameWords.add(line.strip().toLowerCase(Locale.ROOT));
            }
            givenNameReadings = new HashMap<>();
            for (String line : lines("given-name-readings.tsv")) {
                String[] f = line.split("\t");
                if (f.length < 2 || f[0].length() != 1) {
                    throw new IllegalStateException("given-name-readings.tsv: not a character and a reading: " + line);
                }
                givenNameReadings.put(f[0].charAt(0), f[1].strip());
            }
            aliasesByChinese = new HashMap<>();
            aliasesByLatin = new HashMap<>();
            aliasesById = new HashMap<>();
            for (String line : lines("aliases.tsv")) {
                String[] f = line.split("\t");
                Alias a = new Alias(f[0], f[1], List.of(f[2].split("\\|")));
                aliasesById.put(a.id(), a);
                aliasesByLatin.put(latinKey(a.name()), a);
                for (String zh : a.chinese()) {
                    aliasesByChinese.put(zh, a);
                    aliasesByChinese.put(zh.replace("·", ""), a);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled name data", e);
        }
    }

    /** The bundled name data, loaded on first use. */
    public static PersonNames standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PersonNames STANDARD = new PersonNames();
    }

    /**
     * The person id of a written name: {@code 姚福信}, {@code 姚福信} (Traditional), {@code Yao Fuxin},
     * {@code YAO Fu-xin}, {@code Yáo Fúxìn} all give {@code yao-fuxin}; {@code 伊力哈木·土赫提} and {@code Ilham Tohti}
     * give {@code ilham-tohti}. Empty for text that is no name (blank, or punctuation only).
     */
    public Optional<String> idOf(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        return ids.get(written);
    }

    /**
     * Ids of recently read names. A page reads each name at every mention (and names recur across an archive), and
     * reading a Chinese name transliterates it, a Latin one folds and splits it.
     */
    private final RecentResults<String, Optional<String>> ids = new RecentResults<>(4096, this::readId);

    private Optional<String> readId(String written) {
        String name = written.strip();
        if (ChineseScript.hanCount(name) > 0) {
            return chineseId(name);
        }
        Alias alias = aliasesByLatin.get(latinKey(name));
        if (alias != null) {
            return Optional.of(alias.id());
        }
        List<String> words = latinWords(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() >= 2 && latinSurnames.contains(words.get(0)) && words.size() <= 4) {
            String given = String.join("", words.subList(1, words.size()));
            if (isPinyinGivenName(given)) {
                return Optional.of(words.get(0) + "-" + given);
            }
        }
        if (words.size() == 3 && latinSurnames.contains(words.get(0) + words.get(1))) {
            return Optional.of(words.get(0) + words.get(1) + "-" + words.get(2));
        }
        return Optional.of(String.join("-", words));
    }

    private Optional<String> chineseId(String name) {
        String simplified = ChineseScript.toSimplified(name).replace('•', '·').replace('・', '·');
        Alias alias = aliasesByChinese.get(simplified);
        if (alias == null) {
            alias = aliasesByChinese.get(simplified.replace("·", ""));
        }
        if (alias != null) {
            return Optional.of(alias.id());
        }
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (ChineseScript.isHan(c) || c == '·') {
                han.append(c);
            }
        }
        if (han.isEmpty()) {
            return Optional.empty();
        }
        if (han.indexOf("·") >= 0) { // a transcribed foreign name: each part on its own
            List<String> parts = new ArrayList<>();
            for (String part : han.toString().split("·")) {
                if (!part.isEmpty()) {
                    parts.add(String.join("", syllablesOf(part)));
                }
            }
            return Optional.of(String.join("-", parts));
        }
        String h = han.toString();
        int surnameLength = h.length() > 2 && surnameReadings.containsKey(h.substring(0, 2)) ? 2 : 1;
        String surname = surnameReadings.get(h.substring(0, surnameLength));
        List<String> syl = syllablesOf(h);
        if (surname == null) {
            surname = String.join("", syl.subList(0, Math.min(surnameLength, syl.size())));
        }
        if (h.length() == surnameLength || syl.size() <= surnameLength) {
            return Optional.of(surname);
        }
        StringBuilder given = new StringBuilder();
        boolean oneEach = syl.size() == h.length();
        for (int i = surnameLength; i < syl.size(); i++) {
            String reading = oneEach ? givenNameReadings.get(h.charAt(i)) : null;
            given.append(reading != null ? reading : syl.get(i));
        }
        return Optional.of(surname + "-" + given);
    }

    /** Syllables already transliterated: names recur across an archive, and ICU transliteration is the slow part. */
    private final Map<String, List<String>> syllableCache = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int SYLLABLE_CACHE_LIMIT = 200_000;

    /** Toneless pinyin syllables of Han text, one per character, name readings for surnames. */
    List<String> syllablesOf(String han) {
        List<String> cached = syllableCache.get(han);
        if (cached != null) {
            return cached;
        }
        if (syllableCache.size() > SYLLABLE_CACHE_LIMIT) {
            syllableCache.clear(); // a crude bound: a hostile archive of random characters cannot grow it forever
        }
        List<String> computed = readings.syllables(han);
        syllableCache.put(han, computed);
        return computed;
    }

    /** The romanized name of an id: {@code yao-fuxin} to {@code Yao Fuxin}. */
    public String displayName(String id) {
        Alias alias = aliasesById.get(id);
        if (alias != null) {
            return alias.name();
        }
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    /** The Chinese name of an id from the alias table, if the table has one. */
    public Optional<String> chineseOf(String id) {
        Alias alias = aliasesById.get(id);
        return alias == null ? Optional.empty() : Optional.of(alias.chinese().get(0));
    }

    /** The alias table. */
    public List<Alias> aliases() {
        return List.copyOf(aliasesById.values());
    }

    /** Whether a Latin word ({@code Yao}, {@code OUYANG}) is the pinyin of a Chinese surname. */
    public boolean isLatinSurname(String word) {
        return latinSurnames.contains(latinKey(word));
    }

    /** Whether Chinese text starts with a surname; returns its length (1 or 2), or 0. */
    public int surnameLength(String simplified) {
        if (simplified.length() >= 3 && surnameReadings.containsKey(simplified.substring(0, 2))) {
            return 2;
        }
        return !simplified.isEmpty() && surnameReadings.containsKey(simplified.substring(0, 1)) ? 1 : 0;
    }

    /** Whether a word splits into one or two pinyin syllables ({@code Fuxin}, {@code Fu-xin}, {@code Qingxiang}). */
    public boolean isPinyinGivenName(String word) {
        String w = latinKey(word);
        return !w.isEmpty() && splits(w, 0, 2);
    }

    /** Whether a word splits into at most {@code maxSyllables} pinyin syllables. */
    public boolean isPinyin(String word, int maxSyllables) {
        String w = latinKey(word);
        return !w.isEmpty() && splits(w, 0, maxSyllables);
    }

    private boolean splits(String w, int from, int budget) {
        if (from == w.length()) {
            return true;
        }
        if (budget == 0) {
            return false;
        }
        for (int len = Math.min(6, w.length() - from); len >= 1; len--) {
            if (syllables.contains(w.substring(from, from + len)) && splits(w, from + len, budget - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Latin word is a usual word of Tibetan or Uyghur names ({@code Tashi}, {@code Ilham}). */
    public boolean isNameWord(String word) {
        return nameWords.contains(LatinFolding.fold(word).toLowerCase(Locale.ROOT));
    }

    /** Folded, lowercase, letters only. */
    static String latinKey(String s) {
        String folded = LatinFolding.fold(s);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Lowercase words of a Latin name; {@code ZhangYijiang} splits at its inner capital, {@code Lv} is {@code lu}. */
    private static List<String> latinWords(String name) {
        List<String> words = new ArrayList<>();
        String spaced = CAMEL.matcher(LatinFolding.fold(name)).replaceAll("$1 $2");
        for (String w : NAME_SEPARATORS.split(spaced.toLowerCase(Locale.ROOT))) {
            String k = NOT_LOWER_LETTER.matcher(w).replaceAll("");
            if (k.startsWith("lv") || k.startsWith("nv")) {
                k = k.charAt(0) + "u" + k.substring(2); // v writes ü, which ids fold to u
            }
            if (!k.isEmpty()) {
                words.add(k);
            }
        }
        return words;
    }

    private static final Pattern CAMEL = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    // Compiled once (String.split and replaceAll compile their pattern on every call): names are read all the time.
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern NOT_LOWER_LETTER = Pattern.compile("[^a-z]");

    static List<String> lines(String resource) throws IOException {
        return ResourceLines.of(PersonNames.class, RESOURCES + resource);
    }
}
