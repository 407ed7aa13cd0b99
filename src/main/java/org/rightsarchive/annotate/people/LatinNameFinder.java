package org.rightsarchive.annotate.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.places.Gazetteer;
import org.rightsarchive.annotate.text.LatinFolding;
import org.rightsarchive.annotate.text.LatinWords;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.annotate.text.StartFilteredMatches.StartTest;

/**
 * Finds names in Latin script: pinyin names (a surname, then a given name of one or two syllables: {@code Yao Fuxin},
 * {@code YAO Fu-xin}, {@code Yáo Fúxìn}) and Tibetan or Uyghur names (runs of capitalized words holding a usual name
 * word: {@code Gedhun Choekyi Nyima}, {@code Ilham Tohti}). Words that make a province or prefecture
 * ({@code Hong Kong}) are not names. Thread-safe.
 */
public final class LatinNameFinder {
    /** Capitalized words that are never part of a name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "abbot",
            "ministry",
            "english",
            "express",
            "aid",
            "twitter",
            "post",
            "publishing",
            "house",
            "washington",
            "paper",
            "mongol",
            "press",
            "web",
            "home",
            "children",
            "f",
            "m",
            "facebook",
            "wechat",
            "weibo",
            "youtube",
            "website",
            "bbc",
            "voa",
            "bitter",
            "winter",
            "phayul",
            "review",
            "clear",
            "wisdom",
            "harmony",
            "guardian",
            "exile",
            "service",
            "previously",
            "office",
            "buddhism",
            "defenders",
            "asianews",
            "boxun",
            "minghui",
            "epoch",
            "voice",
            "reuters",
            "xinjiang",
            "tibet",
            "mongolia",
            "inner",
            "kirti",
            "qigong",
            "church",
            "catholic",
            "christian",
            "protestant",
            "holy",
            "see",
            "vatican",
            "foundation",
            "centre",
            "center",
            "institute",
            "information",
            "network",
            "government-in-exile",
            "however",
            "although",
            "because",
            "during",
            "since",
            "several",
            "governor",
            "president",
            "premier",
            "minister",
            "mayor",
            "secretary",
            "director",
            "chairman",
            "prime",
            "general",
            "vice",
            "deputy",
            "official",
            "officials",
            "bishop",
            "father",
            "pastor",
            "sister",
            "brother",
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "of",
            "and",
            "or",
            "for",
            "to",
            "from",
            "by",
            "with",
            "after",
            "before",
            "according",
            "authorities",
            "police",
            "public",
            "security",
            "bureau",
            "court",
            "people's",
            "people",
            "tibetan",
            "tibetans",
            "uyghur",
            "uyghurs",
            "uighur",
            "uighurs",
            "chinese",
            "china",
            "monastery",
            "nunnery",
            "temple",
            "mosque",
            "village",
            "township",
            "county",
            "prefecture",
            "town",
            "city",
            "university",
            "school",
            "prison",
            "lake",
            "river",
            "mountain",
            "road",
            "street",
            "party",
            "communist",
            "government",
            "province",
            "region",
            "autonomous",
            "district",
            "he",
            "she",
            "his",
            "her",
            "they",
            "their",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "while",
            "when",
            "as",
            "but",
            "also",
            "mr",
            "ms",
            "mrs",
            "dr",
            "radio",
            "free",
            "asia",
            "human",
            "rights",
            "watch",
            "international",
            "amnesty",
            "tchrd",
            "rfa",
            "tin",
            "cecc",
            "lama",
            "dalai",
            "panchen",
            "buddhist",
            "muslim",
            "islamic",
            "falun",
            "detention",
            "labor",
            "labour",
            "camp",
            "news",
            "agency",
            "daily",
            "times",
            "congress",
            "world",
            "no",
            "united",
            "nations",
            "state",
            "national",
            "committee",
            "association",
            "movement",
            "alliance",
            "society",
            "union",
            "league",
            "if",
            "then",
            "there",
            "monk",
            "monks",
            "nun",
            "nuns",
            "xinhua",
            "reeducation",
            "re-education",
            "article",
            "criminal",
            "law",
            "procuratorate",
            "intermediate",
            "high",
            "supreme",
            "first",
            "second",
            "third",
            "new",
            "year",
            "day",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday");
    /** Given names that are also common English words when capitalized after a surname-like word. */
    private static final Set<String> NOT_GIVEN = Set.of(
            "an", "men", "die", "long", "hang", "pin", "ban", "can", "fan", "gun", "tie", "bin", "sun", "tan", "den",
            "hen", "pen", "ten", "ran", "run", "bang", "pan", "wan", "he", "she", "a", "me", "shi", "sheng", "xian",
            "qu", "zhen", "cun");

    /** Kin words that introduce a relative by name ("his cousin Dotrug", "son-in-law Tursunjan"). */
    private static final String KIN = "cousins?|uncle|aunt|nephews?|nieces?|grandsons?|granddaughters?"
            + "|grandmother|grandfather|(?:son|daughter|brother|sister|father|mother)-in-law";

    // The context patterns before a name end at it ($) and run on most capitalized words of a page: each is tried
    // only where one of its words can begin (both cases: (?i) folds ASCII only), as find() would give the same match.
    static final Pattern NON_HAN_CONTEXT_BEFORE = Pattern.compile(
            "(?i)(?:monk|nun|tibetan|uyghur|uighur|kazakh|herder|farmer|nomad|practitioner|woman|man|student|teacher"
                    + "|writer|singer|named|imam|lama|geshe|abbot|resident|villager|brother|sister|son|daughter|wife"
                    + "|husband|father|mother|activist|blogger|businessman|scholar|including|and|detained|" + KIN
                    + ")[\\s,:]+$");
    static final StartTest NON_HAN_CONTEXT_BEFORE_STARTS =
            StartFilteredMatches.startingWith("mntukhfpwsilgarvbdcMNTUKHFPWSILGARVBDC");
    /** "Jinpa's protest activity": a name word owning something is a person. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^'s\\s+\\p{Ll}");
    /** A relative introduced by kinship: a one-word name after it may read as pinyin ("his wife Helime"). */
    static final Pattern RELATIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|" + KIN + ")\\s+$");

    static final StartTest RELATIVE_BEFORE_STARTS = StartFilteredMatches.startingWith("whsdbmfcuangWHSDBMFCUANG");
    /** Capitalized plurals of believers and nationals ("Tibetan Buddhists", "Christians"): never one person. */
    private static final Pattern GROUP_NOUN = Pattern.compile("(?i).{3,}(?:ists|ians|ans)");
    /** A word in brackets right after an institution names it, not a person ("TAR Prison (Drapchi)"). */
    static final Pattern INSTITUTION_BEFORE = Pattern.compile(
            "(?i)\\b(?:prison|monastery|nunnery|temple|center|centre|camp|school|township|village|county)\\s\\($");

    static final StartTest INSTITUTION_BEFORE_STARTS = StartFilteredMatches.startingWith("pmntcsvPMNTCSV");
    // Built once: pinyinName runs on every capitalized pair of words of a page.
    /** Surnames that are also common English words: their given name must be long to make a name. */
    private static final Set<String> WEAK_SURNAMES = Set.of("he", "an", "the", "a", "no", "in", "on", "at", "to");
    /** Words after a pinyin pair that make it a place ("Yuanlin Road"). */
    private static final Set<String> PLACE_WORDS =
            Set.of("county", "district", "city", "province", "road", "street", "village", "township");

    /** Surname-and-given-name look-alikes that are no names. */
    private static final Set<String> NOT_PINYIN_NAMES = Set.of("qigong", "fengshui", "taiji", "kungfu", "hongkong");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    private static final Set<String> INSTITUTIONS = Set.of(
            "monastery",
            "nunnery",
            "temple",
            "mosque",
            "village",
            "township",
            "county",
            "prefecture",
            "town",
            "university",
            "school",
            "lake",
            "river",
            "mountain",
            "road",
            "street",
            "company",
            "factory",
            "hospital",
            "church",
            "institute",
            "foundation",
            "association",
            "center",
            "centre",
            "prison",
            "court",
            "news",
            "movement",
            "alliance",
            "society",
            "union",
            "league",
            "reports",
            "report",
            "times",
            "daily",
            "post",
            "magazine");
    static final Pattern PERSON_BEFORE = Pattern.compile(
            "(?i)\\b(?:monks?|nuns?|tibetans?|uyghurs?|uighurs?|mongolians?|kazakhs?|herders?|nomads?|activists?"
                    + "|practitioners?|wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|named|teachers?"
                    + "|students?|writer|singer|imam|villagers?|residents?|detained|layman|laywoman|youths?|" + KIN
                    + ")(?<!(?:township|village|county|monastery|nunnery|town|place|site|camp) named):?\\s+$");
    static final StartTest PERSON_BEFORE_STARTS =
            StartFilteredMatches.startingWith("mntukhapwsdbfivrlycgMNTUKHAPWSDBFIVRLYCG");
    private static final Pattern PERSON_AFTER = Pattern.compile(
            "^(?:,?\\s\\((?:a |an |age |aged |female|male|\\d{1,2}\\))|,\\s(?:age |aged )?\\d{1,2}\\b(?!\\s*[A-Z])|,\\swho\\b"
                    + "|\\swas (?:detained|arrested|sentenced)|\\s\\(\\d{1,2}\\))");
    private static final Pattern LIST_GAP =
            Pattern.compile(",\\s|,?\\s(?:and|or)\\s|:\\s|\\s\\(|\\),\\s|\\)\\s(?:and)\\s");

    private final PersonNames names;
    private final Gazetteer gazetteer;

    public LatinNameFinder(PersonNames names, Gazetteer gazetteer) {
        this.names = names;
        this.gazetteer = gazetteer;
    }

    /** Full names in the text, in order. */
    public List<NameMention> find(String text) {
        String folded = LatinFolding.fold(text);
        List<int[]> words = LatinWords.spans(folded);
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int used = pinyinName(text, folded, words, i, out);
            if (used == 0) {
                used = nonHanName(text, folded, words, i, out);
            }
            i += Math.max(1, used);
        }
        if (!out.isEmpty()) {
            listedNames(text, folded, words, out);
        }
        return out;
    }

    private int pinyinName(String text, String folded, List<int[]> words, int i, List<NameMention> out) {
        if (i + 1 >= words.size() || !capitalized(folded, words.get(i)) || !adjacent(folded, words, i)) {
            return 0;
        }
        String surname = word(folded, words.get(i));
        String given = word(folded, words.get(i + 1));
        if (!capitalized(folded, words.get(i + 1)) || !names.isLatinSurname(surname)) {
            return 0;
        }
        String givenKey = PersonNames.latinKey(given);
        if (NOT_GIVEN.contains(givenKey) && !allUpper(surname) || !names.isPinyinGivenName(given)) {
            return 0;
        }
        boolean weakSurname = WEAK_SURNAMES.contains(surname.toLowerCase(Locale.ROOT));
        if (weakSurname && given.length() < 4 || NOT_NAMES.contains(givenKey)) {
            return 0;
        }
        if (isMajorPlace(surname + given) || NOT_PINYIN_NAMES.contains(PersonNames.latinKey(surname + given))) {
            return 0;
        }
        if (i + 2 < words.size() && adjacent(folded, words, i + 1) && capitalized(folded, words.get(i + 2))) {
            String third = word(folded, words.get(i + 2)).toLowerCase(Locale.ROOT);
            if (PLACE_WORDS.contains(third)) {
                return 0;
            }
        }
        int start = words.get(i)[0];
        int end = words.get(i + 1)[1];
        String surface = text.substring(start, end);
        names.idOf(surface).ifPresent(id -> out.add(new NameMention(start, end, surface, id, false, false)));
        return 2;
    }

    private int nonHanName(String text, String folded, List<int[]> words, int i, List<NameMention> out) {
        int j = i;
        boolean anyNameWord = false;
        while (j < words.size() && j - i < 4 && capitalized(folded, words.get(j)) && !notName(folded, words.get(j))) {
            anyNameWord |= names.isNameWord(word(folded, words.get(j)));
            j++;
            if (j < words.size() && !adjacent(folded, words, j - 1)) {
                break;
            }
        }
        int count = j - i;
        if (count == 0) {
            return 0;
        }
        boolean allPinyin = true;
        for (int k = i; k < j; k++) {
            allPinyin &= pinyinLike(word(folded, words.get(k)));
        }
        int start = words.get(i)[0];
        int end = words.get(j - 1)[1];
        String before = folded.substring(Math.max(0, start - 40), start);
        String after = folded.substring(end, Math.min(folded.length(), end + 16));
        String only = word(folded, words.get(i));
        boolean oneWordIntroduced =
                count == 1 && found(RELATIVE_BEFORE, RELATIVE_BEFORE_STARTS, before) && !names.isLatinSurname(only);
        if (allPinyin && !anyNameWord && !oneWordIntroduced) {
            return 1; // pinyin words without a name word: an address or an organization, or handled as pinyin
        }
        if (found(INSTITUTION_BEFORE, INSTITUTION_BEFORE_STARTS, before)) {
            return count;
        }
        // Context patterns run on most capitalized words of a page: only those the decision still needs are run.
        boolean strongContext = found(PERSON_BEFORE, PERSON_BEFORE_STARTS, before)
                || PERSON_AFTER.matcher(after).find();
        boolean accept = anyNameWord && (count >= 2 || strongContext || weakContext(before, after))
                || strongContext && count <= 3;
        if (j < words.size()
                && adjacent(folded, words, j - 1)
                && INSTITUTIONS.contains(word(folded, words.get(j)).toLowerCase(Locale.ROOT))) {
            accept = false; // "Tashi Choeling Monastery"
        }
        if (!accept) {
            return 1;
        }
        String surface = text.substring(start, end);
        if (isMajorPlace(surface)) {
            return count;
        }
        names.idOf(surface).ifPresent(id -> out.add(new NameMention(start, end, surface, id, false, false)));
        return count;
    }

    /** Weaker cues that a lone name word is a person: "Tibetan monk Sonam", "Sonam's". */
    private static boolean weakContext(String before, String after) {
        return found(NON_HAN_CONTEXT_BEFORE, NON_HAN_CONTEXT_BEFORE_STARTS, before)
                || POSSESSIVE_AFTER.matcher(after).find();
    }

    /** Single capitalized words listed next to names found ("Choephel, Dradul, Dargye, and Nyima Dorje"). */
    private void listedNames(String text, String folded, List<int[]> words, List<NameMention> out) {
        for (int round = 0; round < 3; round++) {
            boolean added = false;
            for (int i = 0; i < words.size(); i++) {
                int[] w = words.get(i);
                if (!capitalized(folded, w) || notName(folded, w) || covered(out, w[0])) {
                    continue;
                }
                int left = i - 1;
                if (left > 0 && CONJUNCTIONS.contains(word(folded, words.get(left)))) {
                    left--;
                }
                boolean leftName = left >= 0
                        && listSeparator(folded, words.get(left)[1], w[0])
                        && endsName(out, words.get(left)[1]);
                boolean rightName = i + 1 < words.size()
                        && listSeparator(folded, w[1], words.get(i + 1)[0])
                        && startsName(out, words.get(i + 1)[0]);
                String candidate = word(folded, w);
                boolean pairRightName = i + 2 < words.size()
                        && listSeparator(folded, words.get(i + 1)[1], words.get(i + 2)[0])
                        && startsName(out, words.get(i + 2)[0]);
                if ((leftName || pairRightName) && listedPinyinName(text, folded, words, i, out)) {
                    added = true;
                    continue;
                }
                boolean nameLike = names.isNameWord(candidate) || !pinyinLike(candidate);
                boolean digitAfter = w[1] + 2 < folded.length() && Character.isDigit(folded.charAt(w[1] + 1));
                boolean namesInstitution = found(
                        INSTITUTION_BEFORE, INSTITUTION_BEFORE_STARTS, folded.substring(Math.max(0, w[0] - 40), w[0]));
                if ((leftName || rightName)
                        && nameLike
                        && !digitAfter
                        && !namesInstitution
                        && !isMajorPlace(candidate)) {
                    int last = i;
                    while (last + 1 < words.size()
                            && last - i < 2
                            && adjacent(folded, words, last)
                            && capitalized(folded, words.get(last + 1))
                            && !notName(folded, words.get(last + 1))
                            && !covered(out, words.get(last + 1)[0])) {
                        last++; // "Khajam Gyal": the listed name may have more words
                    }
                    String surface = text.substring(w[0], words.get(last)[1]);
                    var id = names.idOf(surface);
                    if (id.isPresent()) {
                        out.add(new NameMention(w[0], w[0] + surface.length(), surface, id.get(), false, false));
                        added = true;
                    }
                }
            }
            out.sort(java.util.Comparator.comparingInt(NameMention::start));
            if (!added) {
                break;
            }
        }
    }

    /**
     * A listed pair of pinyin words, the first one syllable, the second a given name of one or two, whose surname is
     * missing from the surname list ({@code Mai Pinglin} among Wang Chujie and Chen Ruifeng).
     */
    private boolean listedPinyinName(String text, String folded, List<int[]> words, int i, List<NameMention> out) {
        if (i + 1 >= words.size()
                || !adjacent(folded, words, i)
                || !capitalized(folded, words.get(i + 1))
                || covered(out, words.get(i + 1)[0])) {
            return false;
        }
        String surname = word(folded, words.get(i));
        String given = word(folded, words.get(i + 1));
        if (!names.isPinyin(surname, 1)
                || !names.isPinyinGivenName(given)
                || NOT_NAMES.contains(surname.toLowerCase(Locale.ROOT))
                || NOT_NAMES.contains(given.toLowerCase(Locale.ROOT))
                || isMajorPlace(surname + given)
                || isMajorPlace(given)) {
            return false;
        }
        if (i + 2 < words.size() && adjacent(folded, words, i + 1) && capitalized(folded, words.get(i + 2))) {
            return false; // a third capitalized word: a place or an organization ("Ruo Hua Village")
        }
        int start = words.get(i)[0];
        int end = words.get(i + 1)[1];
        String surface = text.substring(start, end);
        var id = names.idOf(surface);
        id.ifPresent(x -> out.add(new NameMention(start, end, surface, x, false, false)));
        return id.isPresent();
    }

    private static boolean listSeparator(String folded, int from, int to) {
        String gap = folded.substring(from, to);
        return LIST_GAP.matcher(gap).matches();
    }

    private static boolean covered(List<NameMention> found, int offset) {
        return found.stream().anyMatch(m -> m.start() <= offset && offset < m.end());
    }

    private static boolean endsName(List<NameMention> found, int end) {
        return found.stream().anyMatch(m -> m.end() == end);
    }

    private static boolean startsName(List<NameMention> found, int start) {
        return found.stream().anyMatch(m -> m.start() == start);
    }

    /** Whether a word reads as pinyin (up to four syllables), as Han names and addresses do. */
    private boolean pinyinLike(String word) {
        return names.isPinyin(word, 4);
    }

    private boolean notName(String folded, int[] w) {
        String word = word(folded, w);
        String lower = word.toLowerCase(Locale.ROOT);
        return NOT_NAMES.contains(lower)
                || (allUpper(word) && word.length() > 1)
                || (groupNoun(word) && !names.isNameWord(word))
                || isMajorPlace(word);
    }

    private boolean isMajorPlace(String name) {
        return gazetteer.lookupAll(name).stream().anyMatch(d -> d.level() <= Gazetteer.PREFECTURE);
    }

    private static boolean adjacent(String folded, List<int[]> words, int i) {
        int gapStart = words.get(i)[1];
        int gapEnd = words.get(i + 1)[0];
        return gapEnd - gapStart == 1 && folded.charAt(gapStart) == ' ';
    }

    private static boolean capitalized(String folded, int[] w) {
        return Character.isUpperCase(folded.charAt(w[0]));
    }

    private static boolean allUpper(String word) {
        // a loop, not a stream: asked of every capitalized word, several times a page
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word is a {@link #GROUP_NOUN}. Asked of every capitalized word: the pattern's backtracking runs
     * only for the words that end as it requires ({@code ians} ends in {@code ans}; the case-blind comparison
     * accepts all the pattern does).
     */
    private static boolean groupNoun(String word) {
        int n = word.length();
        boolean suffix = n >= 6 && word.regionMatches(true, n - 3, "ans", 0, 3)
                || n >= 7 && word.regionMatches(true, n - 4, "ists", 0, 4);
        return suffix && GROUP_NOUN.matcher(word).matches();
    }

    private static String word(String folded, int[] w) {
        return folded.substring(w[0], w[1]);
    }

    /** Surname-only mentions ({@code Yao}) of the given full-name ids, outside the full names already found. */
    public List<NameMention> surnames(String text, java.util.Map<String, String> idBySurname, List<NameMention> full) {
        String folded = LatinFolding.fold(text);
        List<int[]> words = LatinWords.spans(folded);
        List<NameMention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (!capitalized(folded, w)) {
                continue;
            }
            String id = idBySurname.get(PersonNames.latinKey(word(folded, w)));
            if (id == null || full.stream().anyMatch(m -> m.start() <= w[0] && w[0] < m.end())) {
                continue;
            }
            if (i + 1 < words.size() && adjacent(folded, words, i) && capitalized(folded, words.get(i + 1))) {
                continue; // another person of that surname, or an organization
            }
            out.add(new NameMention(w[0], w[1], text.substring(w[0], w[1]), id, false, true));
        }
        return out;
    }

    private static boolean found(Pattern pattern, StartTest starts, String window) {
        return StartFilteredMatches.first(pattern, window, starts).isPresent();
    }
}
