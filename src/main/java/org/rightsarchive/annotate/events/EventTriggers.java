package org.rightsarchive.annotate.events;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.text.RecentResults;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.lang.ChineseScript;

/**
 * The words that report an event, per type, in English and Chinese, compiled once. Thread-safe.
 *
 * <p>Order matters where triggers overlap: "house arrest" is house arrest, not an arrest; "died in custody" is a
 * death in custody; "residential surveillance at a designated location" (指定居所监视居住) is a detention, while plain
 * residential surveillance is house arrest. Calls for a release ("calling for the release of") are not releases.
 */
public final class EventTriggers {
    /** A trigger found in a sentence. */
    public record Trigger(String type, int start, int end) {}

    static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    /** What "released" has for object when nobody is set free: "police released a statement". */
    private static final String NOT_RELEASED =
            "(?:(?:a|an|the|its|their) )?(?:statement|report|video|photos?|documents?"
                    + "|notice|list|footage|images?|letter|information|details|news)\\b";

    /** The months' names, folded, as an alternation. */
    private static final String MONTHS =
            "(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b";

    static {
        PATTERNS.put(
                "death-in-custody",
                Pattern.compile("\\b(?:died|death|dies|die|passed away)\\b[^.;]{0,40}?\\b(?:in|while in|under|after)"
                        + " (?:police |state )?(?:custody|detention|prison|jail)\\b|\\bdeath in custody\\b"
                        + "|(?:狱中|羁押期间|关押期间|在押期间|看守所|监狱|羁押中|服刑期间)[^。，]{0,8}?(?:死亡|去世|病逝|身亡|离世|过世)"
                        + "|(?:死于|病逝于|死在)(?:狱中|羁押|看守所|监狱)"));
        PATTERNS.put(
                "house-arrest",
                Pattern.compile("\\bhouse arrest\\b|\\bunder (?:tight )?(?:police )?(?:guard|surveillance) at"
                        + " (?:her|his|their) home\\b|\\bresidential surveillance\\b(?! at a designated)"
                        + "|软禁|(?<!指定居所)监视居住"));
        PATTERNS.put("hunger-strike", Pattern.compile("\\bhunger[- ]strik(?:e|es|ing)\\b|\\bwent on hunger\\b|绝食"));
        PATTERNS.put(
                "disappearance",
                Pattern.compile("\\b(?:disappeared|disappearance|went missing|whereabouts (?:remain|remains|are|is)"
                        + " (?:still )?unknown|missing since)\\b|失踪|下落不明|被失踪"));
        PATTERNS.put(
                "sentencing",
                Pattern.compile("\\bsentenc(?:ed|es|ing)\\b|\\b(?:life|\\d+-year) (?:imprisonment|sentence|prison"
                        + " term)\\b|\\bgave (?:him|her|them) (?:a )?\\w+[- ]year\\b|\\bconvicted\\b"
                        + "|\\bfound (?:\\w+ ){0,8}guilty\\b|判处|被判|判刑|宣判|获刑|改判|罪名成立|罪[」”\"』]?成立"));
        PATTERNS.put(
                "trial",
                Pattern.compile(
                        // "released pending trial", "held until trial" tell of no trial yet
                        // and "not among the defendants in this trial" names a trial told already
                        "(?<!\\b(?:pending|awaiting|until|ahead of) (?:(?:a|the|his|her|their) )?)"
                                + "\\b(?:tried(?! to)|stood trial|went on trial|on trial|trial (?:of|began|opened|was held)"
                                + "|(?<!\\b(?:this|that|same) )(?:trials?|hearing)|retried|heard (?:his|her|their|the|this|(?:[\\w-]+ )?[\\w-]+['’]s) (?:\\w+ )?case)\\b|受审|开庭|审理|庭审|(?<!等待|等候)审判"));
        PATTERNS.put(
                "release",
                // Not "be released": that he be released, must be released, to be released are calls, not releases.
                Pattern.compile("\\b(?:was|were|been|is|are|being|had|has|have|later|finally|authorities)"
                        + " (?:\\w+ ){0,2}(?:released|freed)\\b|\\breleased (?:from|on|after|him|her|them)\\b"
                        // "Police released Monlam Kyi on June 6", but not "police released a statement"
                        + "|\\b(?:police|officers|officials|guards) (?:\\w+ ){0,2}(?:released|freed)\\b(?! "
                        + NOT_RELEASED + ")"
                        + "|\\breleased\\b(?=[^.;]{0,50}?\\bon (?:bail|medical parole)\\b)"
                        + "|\\b(?:freed|released)\\b(?= after)|\\bwalked (?:free )?out of\\b[^;]{0,40}?"
                        + "\\b(?:prison|jail|detention center|labor camp|custody)\\b|\\bwalked free\\b"
                        + "|\\bleft (?:the )?(?:prison|jail)\\b"
                        // "held at the Linyi PSB Detention Center until his release on June 24, 2017"
                        // (the word first, then what stands before it: a look behind tried at every letter is slow)
                        + "|release(?<=\\b(?:until|after|upon|following|reported|confirmed|announced) (?:his|her|their"
                        + "|(?:[\\w-]{1,20} )?[\\w-]{1,20}['’]s) (?:early |eventual |\\d{4} |[a-z]{3,9} \\d{1,2}, \\d{4},? )?release)"
                        + "(?= (?:on|in|from|upon)\\b)"
                        // "and released in April 2004", "releasing him on January 3, 2006"
                        + "|\\breleased in (?=\\d|early |late |mid|the (?:spring|summer|autumn|fall|winter)|" + MONTHS
                        + ")"
                        + "|\\breleasing (?!" + NOT_RELEASED
                        + ")(?:him|her|them|[\\w-]+(?: [\\w-]+)?)(?= (?:on|in|after|from)\\b)"
                        // "detained until approximately May 2, 2005", "held until the end of August 2008"
                        + "|\\buntil(?<=\\b(?:held|detained|kept|jailed|imprisoned)\\b[^.;,]{0,60}?until)(?= (?:approximately"
                        + " |about |around |the end of |early |late |mid-?)?(?:\\d|" + MONTHS + "))"
                        // not when the next stage follows: "until December 11, 2010, when officials transferred Li"
                        + "(?![^.;]{0,60}?\\b(?:transferr|moved|sent|took|taken|tried|trial|sentenc|arrest|continued))"
                        + "|获释|释放了|被释放|刑满|出狱|取保候审|被放回"));
        PATTERNS.put(
                "arrest",
                Pattern.compile("(?<!house )\\b(?:arrested|arrests?|formal arrest|formally arrested"
                        + "|approved (?:the|his|her) arrest)\\b|逮捕|被捕|批捕"));
        PATTERNS.put(
                "detention",
                Pattern.compile(
                        "\\b(?:detain(?:ed|s|ing)?|detention|into custody|in custody|captured|apprehended|rounded up|abducted|seized|held (?:incommunicado|in|at) (?!a press)"
                                + "|residential surveillance at a designated location|black jail|reeducation through labor"
                                + "|re-education through labor|sent to (?:a )?(?:labor camp|reeducation)"
                                // "was taken from his home", "Police took the writer Liu Xiaobo from his Beijing home":
                                // matched at "from", as a start at every "t" would cost every sentence with a keyword
                                + "|from(?<=\\b(?:took|taken)\\b[^.;]{0,80}from) (?:his|her|their) (?:[\\w-]+ )?home)\\b"
                                + "|拘留|拘押|羁押|刑拘|关押|带走|抓走|抓捕|被抓|(?<=[日月年])被拘(?=[，。；、,;]|$)|指定居所监视居住|劳教|黑监狱|收押|扣押"));
        PATTERNS.put(
                "protest",
                // not a gesture in court: "he refused to speak in protest against the proceedings"
                Pattern.compile(
                        "\\b(?:protest(?:ed|ing|s|ers)?(?!(?<=\\bin protest) (?:against|at|of) (?:the |his |her "
                                + "|their )?(?:proceedings|trial|court|verdict|judge|ruling|sentence|hearing))"
                                + "|demonstrat(?:ion|ions|ed|ing|ors)|marched"
                                + "|rall(?:y|ies|ied)|sit-in|strike)\\b|抗议|示威|游行|集会|静坐|罢工"));
    }

    /**
     * The first characters of each type's words in a folded sentence (lower case): its pattern is tried only where
     * one of them stands ({@link StartFilteredMatches}), since {@code find()} would run the whole alternation at
     * every position of every sentence that holds a keyword.
     */
    static final Map<String, StartFilteredMatches.StartTest> STARTS = startTests(
            "death-in-custody", "dp狱羁关在看监服死病",
            "house-arrest", "hur软监",
            "hunger-strike", "hw绝",
            "disappearance", "dwm失下被",
            "sentencing", "slgcf0123456789判被宣获改罪",
            "trial", "tswohr受开审庭",
            "release", "wbiahlfrpogu获释被刑出取",
            "arrest", "af逮被批",
            "detention", "dicarshbf拘羁刑关带抓被指劳黑收扣",
            "protest", "pdmrs抗示游集静罢");

    private static Map<String, StartFilteredMatches.StartTest> startTests(String... typeAndStarts) {
        Map<String, StartFilteredMatches.StartTest> out = new LinkedHashMap<>();
        for (int k = 0; k < typeAndStarts.length; k += 2) {
            out.put(typeAndStarts[k], StartFilteredMatches.startingWith(typeAndStarts[k + 1]));
        }
        return Map.copyOf(out);
    }

    /** Words one of which a sentence must hold for a type's pattern to be worth running. */
    private static final Map<String, List<String>> KEYWORDS = Map.of(
            "death-in-custody", List.of("die", "death", "passed away", "死", "去世", "病逝", "身亡", "离世", "过世"),
            "house-arrest", List.of("house arrest", "surveillance", "软禁", "监视居住"),
            "hunger-strike", List.of("hunger", "绝食"),
            "disappearance", List.of("disappear", "missing", "whereabouts", "失踪", "下落不明"),
            "sentencing",
                    List.of("sentenc", "imprisonment", "prison term", "year", "convicted", "guilty", "判", "获刑", "成立"),
            "trial", List.of("tried", "trial", "hearing", "heard", "审", "开庭"),
            "release",
                    List.of(
                            "releas",
                            "until",
                            "freed",
                            "walked",
                            "left prison",
                            "left the prison",
                            "left jail",
                            "left the jail",
                            "获释",
                            "释放",
                            "刑满",
                            "出狱",
                            "取保",
                            "放回"),
            "arrest", List.of("arrest", "逮捕", "被捕", "批捕"),
            "detention",
                    List.of(
                            "detain",
                            "detention",
                            "custody",
                            "captured",
                            "apprehended",
                            "rounded up",
                            "abducted",
                            "seized",
                            "held ",
                            "black jail",
                            "surveillance",
                            "through labor",
                            "sent to",
                            "home",
                            "拘",
                            "羁押",
                            "关押",
                            "带走",
                            "抓",
                            "监视居住",
                            "劳教",
                            "黑监狱",
                            "收押",
                            "扣押"),
            "protest",
                    List.of(
                            "protest",
                            "demonstrat",
                            "marched",
                            "rall",
                            "sit-in",
                            "strike",
                            "抗议",
                            "示威",
                            "游行",
                            "集会",
                            "静坐",
                            "罢工"));

    /** Words of {@link #COUNTED_GROUP}: a count, then (a few words on) the group's people. */
    private static final List<String> COUNT_WORDS = List.of(
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "dozens",
            "scores",
            "several",
            "many",
            "hundreds");

    private static final List<String> GROUP_NOUNS = List.of(
            "monks",
            "nuns",
            "practitioners",
            "tibetans",
            "uyghurs",
            "mongols",
            "villagers",
            "petitioners",
            "people",
            "persons",
            "individuals",
            "men",
            "women",
            "students",
            "herders",
            "residents",
            "members",
            "leaders",
            "activists",
            "relatives",
            "protesters",
            "protestors",
            "workers",
            "christians",
            "believers",
            "artists",
            "teachers",
            "farmers",
            "youths",
            "drivers",
            "employees");

    /** The trigger types, in the order of {@link #PATTERNS}: type {@code i} is bit {@code i} of a keyword mask. */
    private static final List<String> TYPES = List.copyOf(PATTERNS.keySet());

    private static final int GROUP_NOUN_BIT = 1 << 30;
    private static final int COUNT_WORD_BIT = 1 << 29;

    private static final AhoCorasickDoubleArrayTrie<Integer> KEYWORD_AUTOMATON = new AhoCorasickDoubleArrayTrie<>();

    static {
        TreeMap<String, Integer> bits = new TreeMap<>();
        for (int type = 0; type < TYPES.size(); type++) {
            for (String k : KEYWORDS.get(TYPES.get(type))) {
                bits.merge(k, 1 << type, (a, b) -> a | b);
            }
        }
        GROUP_NOUNS.forEach(k -> bits.merge(k, GROUP_NOUN_BIT, (a, b) -> a | b));
        COUNT_WORDS.forEach(k -> bits.merge(k, COUNT_WORD_BIT, (a, b) -> a | b));
        KEYWORD_AUTOMATON.build(bits);
    }

    private static final String RELEASE_ASKED = "(?:application|request|petition)s? (?:for (?:his |her |their )?"
            + "(?:release|bail|medical parole)|to be (?:released|freed))";
    private static final String REFUSED = "(?:denied|rejected|refused|turned down)\\b";

    private static final Pattern NOT_RELEASE =
            Pattern.compile("\\b(?:call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|seek(?:s|ing)?"
                    + "|appeal(?:s|ed|ing)? for|push(?:ed|ing)? for) (?:the |his |her |their )?(?:immediate )?"
                    + "(?:and unconditional )?release\\b|\\b(?:never|not) (?:\\w+ )?(?:been )?(?:freed|released)\\b"
                    + "|\\bwhether (?:\\w+ ){0,3}(?:released|freed)\\b|要求释放|呼吁释放|敦促释放|未获释放|没有获释"
                    // a release asked for and refused: 取保候审和保外就医的申请均被拒绝, "requests for bail were denied"
                    + "|(?:取保候审|保外就医|释放)[^，。；]{0,8}申请[^，。；]{0,4}(?:被拒|被驳回|遭拒|未获批准|不予批准)"
                    + "|\\b" + RELEASE_ASKED + "[^.;]{0,30}\\b" + REFUSED + "|\\b" + REFUSED + "[^.;]{0,40}\\b"
                    + RELEASE_ASKED);

    private EventTriggers() {}

    /**
     * Simplified characters and lower case, one character for one, so offsets hold: the patterns are written in lower
     * case because case-insensitive matching of long alternations is several times slower.
     */
    private static String fold(String sentence) {
        char[] out = new char[sentence.length()];
        for (int i = 0; i < out.length; i++) {
            char c = sentence.charAt(i);
            out[i] = c < 0x80 ? Character.toLowerCase(c) : ChineseScript.toSimplified(c);
        }
        return new String(out);
    }

    /**
     * What the triggers make of one sentence: its keyword groups ({@link #keywordsIn}), its triggers, and those
     * together with the facility names that only tell where another event took place.
     */
    private record Reading(int keywords, List<Trigger> triggers, List<Trigger> withFacilities) {}

    /**
     * Readings of recent sentences. The people recognizer asks of a page's sentences what the event recognizer asks
     * again right after, and alerts repeat sentences ("Peaceful speech is not a crime"): a few thousand slots hold
     * several pages' sentences on every indexing thread.
     */
    private static final RecentResults<String, Reading> READINGS = new RecentResults<>(4096, EventTriggers::read);

    /** Every trigger in a sentence, in order of position; overlapping ones keep the one listed first above. */
    public static List<Trigger> find(String sentence) {
        return READINGS.get(sentence).triggers();
    }

    private static Reading read(String sentence) {
        String folded = fold(sentence);
        int present = keywordsIn(folded);
        List<Trigger> all = new ArrayList<>();
        for (int type = 0; type < TYPES.size(); type++) {
            if ((present & (1 << type)) == 0) {
                continue; // no keyword of this type: its pattern cannot match
            }
            String name = TYPES.get(type);
            StartFilteredMatches.forEach(PATTERNS.get(name), folded, STARTS.get(name), m -> {
                Trigger t = new Trigger(name, m.start(), m.end());
                if (all.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end())) {
                    all.add(t);
                }
            });
        }
        all.sort(Comparator.comparingInt(Trigger::start));
        return new Reading(present, withoutFacilityNouns(folded, all), List.copyOf(all));
    }

    private static final Pattern FACILITY_NOUN = Pattern.compile(" cent(?:er|re)s?\\b");

    /** Before a facility's name: "taking them to the Ganzi county detention center" reports the detention. */
    private static final Pattern TAKEN_TO = Pattern.compile(
            "\\b(?:took|taken|taking|take|brought|bringing|sent|sending)\\b[^.;,]{0,60}?\\bto\\b[^.;,]{0,50}$");

    /**
     * The triggers less the "detention" of a facility's name when the sentence has another trigger. "Took them to the
     * Fangcheng detention center on January 5" reports a detention by its facility alone, but in "held Wang at the
     * Huai'an Detention Center, and arrested him on September 17" or "released Luo from the Fuzhou Detention Center on
     * July 7" the facility is where the other event took place, and its date is that event's.
     */
    private static List<Trigger> withoutFacilityNouns(String folded, List<Trigger> all) {
        List<Trigger> kept = new ArrayList<>(all.size());
        for (Trigger t : all) {
            if (!isFacilityNoun(folded, t)) {
                kept.add(t);
            }
        }
        return kept.isEmpty() ? List.copyOf(all) : List.copyOf(kept);
    }

    private static boolean isFacilityNoun(String folded, Trigger t) {
        return t.type().equals("detention")
                && folded.startsWith("detention", t.start())
                && FACILITY_NOUN
                        .matcher(folded)
                        .region(t.end(), folded.length())
                        .lookingAt()
                && !TAKEN_TO.matcher(folded)
                        .region(Math.max(0, t.start() - 120), t.start())
                        .find();
    }

    /**
     * The keyword groups present in a folded sentence, one bit each: bit {@code i} for the {@link #KEYWORDS} of
     * {@code TYPES.get(i)}, then {@link #GROUP_NOUN_BIT} and {@link #COUNT_WORD_BIT}. One pass of an automaton over
     * the sentence instead of a substring search per keyword (about 120 of them).
     */
    private static int keywordsIn(String folded) {
        int[] present = {0};
        KEYWORD_AUTOMATON.parseText(folded, (begin, end, bits) -> present[0] |= bits);
        return present[0];
    }

    /** Whether the sentence only calls for a release rather than reporting one. */
    static boolean onlyCallsForRelease(String sentence) {
        return (READINGS.get(sentence).keywords() & (1 << TYPES.indexOf("release"))) != 0
                && NOT_RELEASE.matcher(fold(sentence)).find();
    }

    static final Pattern COUNTED_GROUP = Pattern.compile("(?i)\\b(?:\\d+|" + String.join("|", COUNT_WORDS)
            + ")\\s+(?:[\\w-]+\\s+){0,3}?(?:" + String.join("|", GROUP_NOUNS) + ")\\b");

    /**
     * Where a match of {@link #COUNTED_GROUP} can start: a digit or the first letter of a count word, in either case
     * ({@code (?i)} folds ASCII only). The pattern is tried at these positions alone.
     */
    static final StartFilteredMatches.StartTest COUNT_STARTS =
            StartFilteredMatches.startingWith("0123456789tfsendmhTFSENDMH");

    /**
     * Whether the sentence counts a group of people ("detained at least 10 monks", "20 additional Tibetans"): its
     * names, if any, come later, and its pronouns mean the group.
     */
    public static boolean countsGroup(String sentence) {
        // The pattern is slow, and its case-insensitive matching is ASCII-only: it can only match where the
        // ASCII-lowercased sentence holds a group noun and a count, which most sentences do not.
        int present = READINGS.get(sentence).keywords();
        return (present & GROUP_NOUN_BIT) != 0
                && ((present & COUNT_WORD_BIT) != 0 || hasDigit(sentence))
                && StartFilteredMatches.first(COUNTED_GROUP, sentence, COUNT_STARTS)
                        .isPresent();
    }

    private static boolean hasDigit(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) >= '0' && sentence.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence reports something done to people: any event but a protest or a release, a detention
     * facility's name included ("transferred Ren and Qian to the Wuxi PSB Detention Center").
     */
    public static boolean reportsPersecution(String sentence) {
        return READINGS.get(sentence).withFacilities().stream()
                .anyMatch(t -> !t.type().equals("protest") && !t.type().equals("release"));
    }
}
