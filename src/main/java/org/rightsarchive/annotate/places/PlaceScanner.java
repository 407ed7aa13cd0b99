package org.rightsarchive.annotate.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.text.LatinFolding;
import org.rightsarchive.annotate.text.LatinWords;
import org.rightsarchive.lang.ChineseScript;

/**
 * Finds the gazetteer's places in English and Chinese text with hash-map lookups over word windows (English) and
 * character windows (Chinese), longest match first, then looks right after each place for a facility noun.
 *
 * <p>To stay clear of false friends, counties match in English only with a suffix ({@code Linshu County},
 * {@code Xuhui District}) or as part of a facility, and in Chinese only by full name ({@code 临沭县}) or before a
 * facility ({@code 凌源第二监狱}); a single capitalized word right after another capitalized word is taken for part of
 * a person's or an organization's name ({@code Wang Ji'an}), not a place. Thread-safe.
 */
public final class PlaceScanner {
    private static final Set<String> COUNTY_SUFFIXES =
            Set.of("county", "district", "city", "xian", "qu", "shi", "banner", "municipality", "prefecture");
    private static final Set<String> GLUED_SUFFIXES = Set.of("shi", "sheng", "xian", "qu");
    private static final Set<String> PLACE_LEADS = Set.of(
            "the",
            "in",
            "at",
            "from",
            "to",
            "of",
            "and",
            "near",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "rural",
            "urban",
            "downtown",
            "greater",
            "outside",
            "inside",
            "across",
            "both",
            "on",
            "by");
    /** Words after a place that make it the name of a publication or group ("Tibet Watch", "Xinjiang Daily"). */
    private static final Set<String> ORGANIZATION_TAILS = Set.of(
            "watch",
            "post",
            "express",
            "times",
            "daily",
            "review",
            "network",
            "news",
            "information",
            "online",
            "weekly",
            "evening",
            "tribune",
            "herald",
            "monitor",
            "bulletin",
            "journal",
            "magazine",
            "radio",
            "television",
            "tv");
    /** Pinyin of places that English texts mostly use as ordinary words or given names. */
    private static final Set<String> LATIN_STOP = Set.of("ali", "anda", "bole", "taian", "hanzhong");

    private static final Pattern FACILITY_EN =
            Pattern.compile("(?:[ ,]{0,2}(?:(?:No\\.|Number)\\s?\\d+|\\d+|[A-Z][a-z]+(?:'s)?|PSB|RTL|PAP)){0,6}\\s?"
                    + "(Detention Cent(?:er|re)|Detention House|Detention Facility|Prison|Jail|Court|Police Station"
                    + "|Labou?r Camp|Re-?education[- ][Tt]hrough[- ][Ll]abou?r (?:Camp|Cent(?:er|re))"
                    + "|Psychiatric Hospital|Legal Education Cent(?:er|re)|Procuratorate|Reeducation Camp)\\b");
    private static final Pattern FACILITY_ZH =
            Pattern.compile("[\\p{IsHan}\\d第一二三四五六七八九十]{0,10}?(" + Facilities.kindsAlternation() + ")");
    private static final Set<Character> ZH_BREAKS = Set.of('的', '和', '与', '及', '在', '被', '从', '到', '将', '为');

    private final Gazetteer gazetteer;

    public PlaceScanner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The scanner over the bundled gazetteer. */
    public static PlaceScanner standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PlaceScanner STANDARD = new PlaceScanner(Gazetteer.standard());
    }

    /** Every place and facility in the text, in order, not overlapping. */
    public List<PlaceMention> scan(String text) {
        List<PlaceMention> out = new ArrayList<>();
        if (ChineseScript.hanCount(text) > 0) {
            scanChinese(ChineseScript.toSimplified(text), text, out);
        }
        scanLatin(LatinFolding.fold(text), text, out);
        out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /** The divisions of the longest full Chinese name starting at {@code at}, and its length. */
    private record NameAt(int length, List<Gazetteer.Division> divisions) {
        static final NameAt NONE = new NameAt(0, List.of());
    }

    private NameAt longestNameAt(String simplified, int at) {
        char first = simplified.charAt(at);
        for (int len = Math.min(gazetteer.longestChineseName(), simplified.length() - at); len >= 2; len--) {
            if (!gazetteer.chineseNameMayStart(first, len)) {
                continue;
            }
            List<Gazetteer.Division> d = gazetteer.chinese(simplified.substring(at, at + len));
            if (!d.isEmpty()) {
                return new NameAt(len, d);
            }
        }
        return NameAt.NONE;
    }

    private void scanChinese(String simplified, String original, List<PlaceMention> out) {
        int n = simplified.length();
        int i = 0;
        while (i < n) {
            if (!ChineseScript.isHan(simplified.charAt(i))) {
                i++;
                continue;
            }
            char first = simplified.charAt(i);
            NameAt name = longestNameAt(simplified, i);
            int matched = name.length();
            List<Gazetteer.Division> found = name.divisions();
            int end = i + matched;
            String facility = null;
            if (matched > 0) {
                Matcher m = FACILITY_ZH.matcher(simplified).region(end, Math.min(n, end + 16));
                if (m.lookingAt() && noBreak(simplified, end, m.start(1))) {
                    if (divisionWithinStartsAt(simplified, end, found)) {
                        // 辽宁省辽阳市中级人民法院 is the court of the city: the province is named on its own and
                        // the city is read next, with the facility.
                        out.add(new PlaceMention(i, end, original.substring(i, end), found, null));
                        i = end;
                        continue;
                    }
                    facility = original.substring(i, m.end());
                    end = m.end();
                }
            } else {
                // a county's short name counts only in front of a facility ("凌源第二监狱")
                for (int len = Math.min(6, n - i); len >= 2 && found.isEmpty(); len--) {
                    if (!gazetteer.countyShortNameMayStart(first, len)) {
                        continue;
                    }
                    List<Gazetteer.Division> d = countiesByShortName(simplified.substring(i, i + len));
                    if (!d.isEmpty()) {
                        Matcher f = FACILITY_ZH.matcher(simplified).region(i + len, Math.min(n, i + len + 16));
                        if (f.lookingAt() && noBreak(simplified, i + len, f.start(1))) {
                            found = d;
                            matched = len;
                            facility = original.substring(i, f.end());
                            end = f.end();
                        }
                    }
                }
            }
            if (matched > 0) {
                out.add(new PlaceMention(i, end, original.substring(i, i + matched), found, facility));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Whether a division inside one of {@code outer} (a city of the province, a county of the city) starts at {@code at}. */
    private boolean divisionWithinStartsAt(String simplified, int at, List<Gazetteer.Division> outer) {
        if (at >= simplified.length()) {
            return false;
        }
        for (Gazetteer.Division inner : longestNameAt(simplified, at).divisions()) {
            for (Gazetteer.Division o : outer) {
                if (inner.level() > o.level()
                        && inner.province().equals(o.province())
                        && (o.level() == Gazetteer.PROVINCE || o.name().equals(inner.prefecture()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean noBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ZH_BREAKS.contains(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private List<Gazetteer.Division> countiesByShortName(String shortName) {
        return gazetteer.countiesByShortName(shortName);
    }

    private void scanLatin(String folded, String original, List<PlaceMention> out) {
        List<int[]> words = LatinWords.spans(folded);
        int i = 0;
        while (i < words.size()) {
            int accepted = accept(folded, original, words, i, out);
            i += Math.max(1, accepted);
        }
    }

    /** Tries a place starting at word i; returns the number of words used, 0 when none. */
    private int accept(String folded, String original, List<int[]> words, int i, List<PlaceMention> out) {
        if (!Character.isUpperCase(folded.charAt(words.get(i)[0]))) {
            return 0;
        }
        for (int width = Math.min(4, words.size() - i); width >= 1; width--) {
            if (!joinedBySpaces(folded, words, i, width)) {
                continue;
            }
            int start = words.get(i)[0];
            int end = words.get(i + width - 1)[1];
            String key = Gazetteer.latinKey(folded.substring(start, end));
            List<Gazetteer.Division> candidates = gazetteer.latin(key);
            boolean glued = false;
            if (candidates.isEmpty() && width == 1) {
                for (String suffix : GLUED_SUFFIXES) {
                    if (key.length() > suffix.length() + 3 && key.endsWith(suffix)) {
                        candidates = gazetteer.latin(key.substring(0, key.length() - suffix.length()));
                        if (!candidates.isEmpty()) {
                            glued = true;
                            break;
                        }
                    }
                }
            }
            if (candidates.isEmpty() || LATIN_STOP.contains(key) && width == 1) {
                continue;
            }
            int used = width;
            int placeEnd = end;
            boolean suffixed = glued;
            if (i + used < words.size() && joinedBySpaces(folded, words, i + used - 1, 2)) {
                int[] next = words.get(i + used);
                String nextWord = folded.substring(next[0], next[1]).toLowerCase(java.util.Locale.ROOT);
                if (COUNTY_SUFFIXES.contains(nextWord) || nextWord.equals("province")) {
                    suffixed = true;
                    placeEnd = next[1];
                    used++;
                }
            }
            if (!suffixed && i + used < words.size() && joinedBySpaces(folded, words, i + used - 1, 2)) {
                int[] next = words.get(i + used);
                String nextWord = folded.substring(next[0], next[1]).toLowerCase(java.util.Locale.ROOT);
                if (ORGANIZATION_TAILS.contains(nextWord)) {
                    return used + 1; // "Tibet Watch" reported it: a source, not a place
                }
            }
            Matcher f = FACILITY_EN.matcher(folded).region(placeEnd, Math.min(folded.length(), placeEnd + 90));
            String facility = null;
            int mentionEnd = placeEnd;
            if (f.lookingAt()) {
                facility = original.substring(start, f.end());
                mentionEnd = f.end();
            }
            List<Gazetteer.Division> kept = candidates;
            if (!suffixed && facility == null && candidates.get(0).level() == Gazetteer.COUNTY) {
                kept = List.of(); // a county needs its suffix; counties of the same name stay as candidates below
            }
            if (kept.isEmpty()) {
                continue;
            }
            if (width == 1 && !suffixed && facility == null && followsCapitalizedWord(folded, words, i, out)) {
                return 0;
            }
            if (width == 1
                    && !suffixed
                    && key.length() <= 3
                    && !folded.substring(start, end).equals("TAR")) {
                continue;
            }
            out.add(new PlaceMention(start, mentionEnd, original.substring(start, end), kept, facility));
            int consumed = used;
            while (i + consumed < words.size() && words.get(i + consumed)[0] < mentionEnd) {
                consumed++;
            }
            return consumed;
        }
        return 0;
    }

    private static boolean joinedBySpaces(String text, List<int[]> words, int i, int width) {
        for (int k = i; k < i + width - 1; k++) {
            int gapStart = words.get(k)[1];
            int gapEnd = words.get(k + 1)[0];
            if (gapEnd - gapStart != 1 || text.charAt(gapStart) != ' ') {
                return false;
            }
            if (!Character.isUpperCase(text.charAt(gapEnd))) {
                return false;
            }
        }
        return true;
    }

    private static boolean followsCapitalizedWord(String text, List<int[]> words, int i, List<PlaceMention> found) {
        if (i == 0) {
            return false;
        }
        int[] prev = words.get(i - 1);
        int gapStart = prev[1];
        int gapEnd = words.get(i)[0];
        if (gapEnd - gapStart != 1 || text.charAt(gapStart) != ' ' || !Character.isUpperCase(text.charAt(prev[0]))) {
            return false;
        }
        String prevWord = text.substring(prev[0], prev[1]).toLowerCase(java.util.Locale.ROOT);
        if (PLACE_LEADS.contains(prevWord)) {
            return false;
        }
        return found.isEmpty() || found.get(found.size() - 1).end() < prev[0];
    }
}
