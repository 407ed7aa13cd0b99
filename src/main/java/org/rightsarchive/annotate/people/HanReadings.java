package org.rightsarchive.annotate.people;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Toneless pinyin syllables of Han text, exactly as ICU's {@code Han-Latin/Names; Latin-ASCII} reads it, without
 * running ICU on every new name.
 *
 * <p>Running the transliterator costs 0.1-0.3 ms a name, and an archive keeps meeting names it has not seen. Yet
 * almost every rule of Han-Latin reads one character on its own. The exceptions are of two kinds, both found in the
 * rules themselves when this class loads:
 *
 * <ul>
 *   <li>a name's first character may have a surname reading ({@code 重} is <i>chong</i> first, <i>zhong</i> after
 *       another character): so each character has two cached readings, first and later;
 *   <li>a few rules look at a neighbouring character ({@code 长孙}, {@code 重庆}): text with any character of such a
 *       rule goes through ICU whole, as before.
 * </ul>
 *
 * <p>Everything else is composed from cached single-character readings, which ICU computes once per character. The
 * tests compare the two ways over real prisoners' names and random ones.
 *
 * <p>Thread-safe: idle transliterators are pooled, since ICU's are not thread-safe and compiling one takes about a
 * tenth of a second.
 */
final class HanReadings {
    private static final String RULES = "Han-Latin/Names; Latin-ASCII";
    private static final Pattern NOT_LOWER_LETTERS = Pattern.compile("[^a-z]+");
    /** Characters to read before another one to put it after a character; the first no contextual rule names. */
    private static final String NEUTRAL_CANDIDATES = "一丁七万";

    private final Queue<Transliterator> idle = new ConcurrentLinkedQueue<>();
    private final Set<Integer> contextual;
    // No size limit needed: only the 27,584 unified ideographs of the basic plane are ever keys.
    private final Map<Character, List<String>> firstReadings = new ConcurrentHashMap<>();
    private final Map<Character, List<String>> laterReadings = new ConcurrentHashMap<>();
    private final char neutral;
    private final String neutralReading;

    HanReadings() {
        Transliterator t = Transliterator.getInstance(RULES);
        contextual = Set.copyOf(charactersOfContextualRules(t));
        idle.offer(t);
        char chosen = 0;
        List<String> reading = List.of();
        for (char c : NEUTRAL_CANDIDATES.toCharArray()) {
            reading = icu(String.valueOf(c));
            if (!contextual.contains((int) c) && reading.size() == 1) {
                chosen = c;
                break;
            }
        }
        if (chosen == 0) {
            throw new IllegalStateException(
                    "ICU's " + RULES + " has contextual rules for all of " + NEUTRAL_CANDIDATES);
        }
        neutral = chosen;
        neutralReading = reading.get(0);
    }

    /** The syllables of Han text, one per character that has a reading. */
    List<String> syllables(String han) {
        if (!composable(han)) {
            return icu(han);
        }
        List<String> out = new ArrayList<>(han.length());
        for (int i = 0; i < han.length(); i++) {
            List<String> reading = reading(han.charAt(i), i == 0);
            if (reading == null) {
                return icu(han);
            }
            out.addAll(reading);
        }
        return List.copyOf(out);
    }

    /** The characters ICU's rules read with a look at their neighbours; those of surname rules are not among them. */
    Set<Integer> contextualCharacters() {
        return contextual;
    }

    private boolean composable(String han) {
        for (int i = 0; i < han.length(); i++) {
            char c = han.charAt(i);
            if (!unified(c) || contextual.contains((int) c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unified ideographs of the basic plane: compatibility ideographs are normalized by ICU into other characters
     * (possibly contextual ones) and iteration marks repeat their neighbour, so those go through ICU whole.
     */
    private static boolean unified(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    /** A character's reading, first in a name or after another character; null if it cannot be told apart. */
    private List<String> reading(char c, boolean first) {
        Map<Character, List<String>> cache = first ? firstReadings : laterReadings;
        List<String> cached = cache.get(c);
        if (cached != null) {
            return cached;
        }
        List<String> computed = first ? icu(String.valueOf(c)) : afterNeutral(c);
        if (computed != null) {
            cache.put(c, computed);
        }
        return computed;
    }

    private List<String> afterNeutral(char c) {
        List<String> both = icu(String.valueOf(neutral) + c);
        if (both.isEmpty() || !both.get(0).equals(neutralReading)) {
            return null; // the pair reads as a word: not seen in ICU's rules, but then ICU must read the name whole
        }
        return List.copyOf(both.subList(1, both.size()));
    }

    private List<String> icu(String han) {
        Transliterator t = idle.poll();
        if (t == null) {
            t = Transliterator.getInstance(RULES);
        }
        String latin;
        try {
            latin = t.transliterate(han).toLowerCase(Locale.ROOT);
        } finally {
            idle.offer(t);
        }
        List<String> out = new ArrayList<>();
        for (String s : NOT_LOWER_LETTERS.split(latin)) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The characters that some rule reads differently next to a Han character: {@code 长} of
     * {@code {长}' '?孙 > zhǎng}, and every character of a rule for a word. Rules whose only context is the mark ICU
     * puts before a name's first character ({@code ﷑{重} > chóng}) are covered by the first-character readings.
     */
    private static Set<Integer> charactersOfContextualRules(Transliterator t) {
        Set<Integer> out = new HashSet<>();
        collect(t, out);
        return out;
    }

    private static void collect(Transliterator t, Set<Integer> out) {
        Transliterator[] parts = t.getElements();
        if (parts.length > 1 || parts[0] != t) {
            for (Transliterator part : parts) {
                collect(part, out);
            }
            return;
        }
        for (String rule : t.toRules(false).split("\n")) {
            int arrow = rule.indexOf('>');
            if (arrow < 0 || rule.startsWith("::")) {
                continue;
            }
            String pattern = rule.substring(0, arrow);
            int open = pattern.indexOf('{');
            int close = pattern.indexOf('}');
            boolean hanContext = open >= 0
                    && close > open
                    && (pattern.substring(0, open) + pattern.substring(close + 1))
                            .codePoints()
                            .anyMatch(HanReadings::isHan);
            // A context alone changes nothing: only the character it lets a rule read differently needs ICU.
            if (hanContext) {
                pattern.substring(open + 1, close)
                        .codePoints()
                        .filter(HanReadings::isHan)
                        .forEach(out::add);
            } else if (literalHanOutsideSets(pattern) > 1) {
                pattern.codePoints().filter(HanReadings::isHan).forEach(out::add);
            }
        }
    }

    /** Han characters a pattern names outside its {@code [...]} sets: two or more make it a rule for a word. */
    private static int literalHanOutsideSets(String pattern) {
        int depth = 0;
        int count = 0;
        for (int i = 0; i < pattern.length(); ) {
            int c = pattern.codePointAt(i);
            if (c == '\\') {
                i += Character.charCount(c);
                if (i < pattern.length()) {
                    i += Character.charCount(pattern.codePointAt(i));
                }
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (depth == 0 && isHan(c)) {
                count++;
            }
            i += Character.charCount(c);
        }
        return count;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
