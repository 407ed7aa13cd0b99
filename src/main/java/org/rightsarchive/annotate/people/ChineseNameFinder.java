package org.rightsarchive.annotate.people;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rightsarchive.annotate.text.RecentResults;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.lang.ChineseScript;

/**
 * Finds names written in Chinese characters. Candidates come from HanLP's person-name recognition (run on
 * Simplified text: it fails on Traditional), from the alias table, from words that introduce a person
 * ({@code 律师}, {@code 妻子}, {@code 工人代表}) and from transcribed names with a middle dot
 * ({@code 热依拉·达吾提}); every candidate must start with a Chinese surname unless it comes from the alias table.
 * A two-character candidate always followed by the same character on the page grows into the three-character name
 * (HanLP reads 许志永和 as 许志 / 永和); a three-character one ending in "and" that always runs on into another name
 * is the two-character name before it (王成和张俊杰: 王成). Thread-safe: one HanLP segmenter per thread.
 */
public final class ChineseNameFinder {
    /** Words after which a name is introduced ({@code 律师许志永}, {@code 妻子刘霞}). */
    private static final List<String> INTRODUCERS = List.of(
            "律师", "代表", "人士", "妻子", "丈夫", "母亲", "父亲", "儿子", "女儿", "记者", "作家", "学者", "教授", "公民", "访民", "学员", "牧师", "弟弟",
            "哥哥", "姐姐", "妹妹");

    /**
     * Words that introduce a founder ({@code 发起人丁子霖}). Matched on their own, as a group's name before them may
     * end with an introducer whose match swallows them: 天安门母亲群体发起人 reads 群体发 after 母亲.
     */
    private static final List<String> FOUNDER_WORDS = List.of("发起人", "创始人", "创办人");

    /**
     * A name after one of some introducing words.
     *
     * @param pattern the words, then the name of two or three characters (group 1)
     * @param starts the first characters of the words: where a match can start
     */
    private record Introduced(Pattern pattern, String starts) {
        static Introduced by(List<String> words) {
            return new Introduced(
                    Pattern.compile("(?:" + String.join("|", words) + ")([\\p{IsHan}]{2,3})"),
                    words.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining()));
        }
    }

    private static final List<Introduced> INTRODUCED =
            List.of(Introduced.by(INTRODUCERS), Introduced.by(FOUNDER_WORDS));

    private static final Pattern DOTTED = Pattern.compile("[\\p{IsHan}]{2,6}[·•・][\\p{IsHan}]{2,6}");
    /** "And": between two names of a list ({@code 王成和张俊杰}). */
    private static final String CONJUNCTIONS = "和与及";
    /** Characters that follow a name rather than end it. */
    private static final String FUNCTION_CHARS = "在和被的是于与及等也都已因向对将把为说称曾又并从到亦则就还即仍遭获现自今此当能指、";

    /**
     * Given names that are phrases: 李姓 ("surnamed Li"), 都是法 (of 都是法轮功学员, "all are Falun Gong
     * practitioners"), 于三天 (of 已于三天前, "three days ago"), 后 alone (周后 of 数周后, "weeks later").
     */
    private static final Pattern NOT_GIVEN = Pattern.compile("^姓|[是的了]|^[一二三四五六七八九十两几数]+[天年月日周次名个位]$|^后$");

    /** Words HanLP reads as names in this archive's texts that are none. */
    private static final Set<String> NOT_NAMES =
            Set.of("居所", "文明", "高院", "司法", "时间", "武警", "公安", "国保", "国安", "应得", "王子");

    private final PersonNames names;
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() ->
            HanLP.newSegment().enableNameRecognize(true).enableOffset(true).enablePlaceRecognize(false));

    /**
     * HanLP's plausible names of recent sentences. Segmenting is most of the finder's work, and alerts repeat whole
     * sentences across pages ("和平表达不是犯罪。"); the segmenter gives one sentence the same terms every time.
     */
    private final RecentResults<String, Tagged> taggedNames = new RecentResults<>(4096, this::tagged);

    /**
     * What HanLP makes of a sentence: the plausible names it tags as a person's ({@code nr}, {@code nrf}), in order,
     * and those two-character names followed by a character it leaves on its own (蒋捷 + 连 of 蒋捷连遇难), which may
     * be the name's last character. A character that starts a word (刘霞 + 能 of 刘霞能够) is not.
     */
    private record Tagged(List<String> names, Set<String> withLoneNext) {}

    public ChineseNameFinder(PersonNames names) {
        this.names = names;
    }

    private Tagged tagged(String simplified) {
        Set<String> tagged = new LinkedHashSet<>();
        Set<String> withLoneNext = new HashSet<>();
        List<Term> terms = segment.get().seg(simplified);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String nature = t.nature == null ? "" : t.nature.toString();
            if (nature.startsWith("nr") && plausible(t.word)) {
                tagged.add(t.word);
                if (t.word.length() == 2 && i + 2 < terms.size() && endsAName(terms.get(i + 1), terms.get(i + 2))) {
                    withLoneNext.add(t.word + terms.get(i + 1).word);
                }
            }
        }
        return new Tagged(List.copyOf(tagged), Set.copyOf(withLoneNext));
    }

    /**
     * Whether a character HanLP leaves on its own may end the name before it: a Han character followed by a word of
     * two or more characters (遇难), a number or a function character (已). A lone character before the end of the
     * sentence (记者李仁摄。) or before another lone one (要求离婚 read as 离 / 婚) is more often a verb.
     */
    private static boolean endsAName(Term lone, Term after) {
        if (lone.word.length() != 1 || !ChineseScript.isHan(lone.word.charAt(0))) {
            return false;
        }
        String next = after.word;
        char first = next.charAt(0);
        return (next.length() >= 2 && ChineseScript.hanCount(next) == next.length())
                || Character.isDigit(first)
                || (next.length() == 1 && FUNCTION_CHARS.indexOf(first) >= 0);
    }

    /** Candidate names (Simplified) in the given texts, grown where the page shows the longer name. */
    public Set<String> candidates(List<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        // Introduced names one character longer than HanLP's (儿子蒋捷连 where HanLP reads 蒋捷): evidence for growing.
        Set<String> introducedLonger = new HashSet<>();
        List<String> simplified = new ArrayList<>();
        List<PersonNames.Alias> aliases = names.aliases();
        for (String text : texts) {
            if (ChineseScript.hanCount(text) == 0) {
                continue;
            }
            String s = ChineseScript.toSimplified(text);
            simplified.add(s);
            Tagged hanlp = taggedNames.get(s);
            List<String> tagged = hanlp.names();
            found.addAll(tagged);
            for (Introduced introduced : INTRODUCED) {
                String starts = introduced.starts();
                StartFilteredMatches.forEach(
                        introduced.pattern(), s, (sentence, i) -> starts.indexOf(sentence.charAt(i)) >= 0, m -> {
                            String name = trimFunctionChars(m.group(1));
                            if (!plausible(name)) {
                                return;
                            }
                            if (tagged.stream().noneMatch(t -> name.startsWith(t) || t.startsWith(name))) {
                                found.add(name);
                            } else if (hanlp.withLoneNext().contains(name)) {
                                introducedLonger.add(name);
                            }
                        });
            }
            if (hasNameDot(s)) {
                Matcher d = DOTTED.matcher(s);
                while (d.find()) {
                    String dotted = trimDotted(d.group().replace('•', '·').replace('・', '·'));
                    if (aliases.stream().flatMap(a -> a.chinese().stream()).noneMatch(dotted::contains)) {
                        found.add(dotted);
                    }
                }
            }
            for (PersonNames.Alias a : aliases) {
                for (String zh : a.chinese()) {
                    if (s.contains(zh)) {
                        found.add(zh);
                    }
                }
            }
        }
        return grow(splitBeforeConjunctions(found, simplified), simplified, introducedLonger);
    }

    /**
     * {@code 王成} for {@code 王成和} where each occurrence runs on into another candidate ({@code 王成和张俊杰}): the
     * last character is "and", and the list names two people.
     */
    private Set<String> splitBeforeConjunctions(Set<String> found, List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : found) {
            String before = name.substring(0, name.length() - 1);
            if (name.length() == 3
                    && CONJUNCTIONS.indexOf(name.charAt(2)) >= 0
                    && plausible(before)
                    && everyOccurrenceRunsIntoAnother(name, found, texts)) {
                out.add(before);
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean everyOccurrenceRunsIntoAnother(String name, Set<String> found, List<String> texts) {
        int occurrences = 0;
        for (String t : texts) {
            for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
                int next = i + name.length();
                if (found.stream().noneMatch(other -> !other.equals(name) && t.startsWith(other, next))) {
                    return false;
                }
                occurrences++;
            }
        }
        return occurrences > 0;
    }

    /** Whether the text has a dot of {@link #DOTTED}: few texts do, and the pattern is slow to fail on Han text. */
    private static boolean hasNameDot(String text) {
        return text.indexOf('·') >= 0 || text.indexOf('•') >= 0 || text.indexOf('・') >= 0;
    }

    private boolean plausible(String name) {
        int len = name.length();
        if (NOT_NAMES.contains(name) || "和与及都".indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        if (len < 2 || len > 4 || ChineseScript.hanCount(name) != len) {
            return false;
        }
        int surname = names.surnameLength(name);
        return surname > 0
                && len - surname >= 1
                && len - surname <= 2
                && !NOT_GIVEN.matcher(name.substring(surname)).find();
    }

    /** {@code 伊力哈木·土赫提被判处} to {@code 伊力哈木·土赫提}: the last part ends before a function character. */
    private static String trimDotted(String name) {
        int dot = name.indexOf('·');
        int start = Math.max(0, dot - 4); // given names written in characters run to four at most
        int end = name.length();
        for (int i = dot + 2; i < name.length(); i++) {
            if (FUNCTION_CHARS.indexOf(name.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        return name.substring(start, Math.min(end, dot + 6));
    }

    private static String trimFunctionChars(String name) {
        String n = name;
        while (n.length() > 2 && FUNCTION_CHARS.indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /**
     * Two-character names grown by the character that follows them wherever the page writes them: on two
     * occurrences at least, or on one where a word that introduces a person also reads the longer name.
     */
    private Set<String> grow(Set<String> found, List<String> texts, Set<String> introducedLonger) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : found) {
            if (name.length() == 2 && names.surnameLength(name) == 1) {
                Map<Character, Integer> next = new HashMap<>();
                int total = 0;
                for (String t : texts) {
                    for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
                        total++;
                        if (i + 2 < t.length() && ChineseScript.isHan(t.charAt(i + 2))) {
                            next.merge(t.charAt(i + 2), 1, Integer::sum);
                        }
                    }
                }
                var best = next.entrySet().stream().max(Map.Entry.comparingByValue());
                if (best.isPresent()
                        && best.get().getValue() == total
                        && (total >= 2
                                || introducedLonger.contains(name + best.get().getKey()))
                        && FUNCTION_CHARS.indexOf(best.get().getKey()) < 0) {
                    out.add(name + best.get().getKey());
                    continue;
                }
            }
            out.add(name);
        }
        return out;
    }

    /** Every occurrence of the candidate names in a text, longest names first, not overlapping. */
    public List<NameMention> mentions(String text, Set<String> candidates) {
        if (candidates.isEmpty() || ChineseScript.hanCount(text) == 0) {
            return List.of();
        }
        String s = ChineseScript.toSimplified(text).replace('•', '·').replace('・', '·');
        List<String> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[s.length()];
        List<NameMention> out = new ArrayList<>();
        for (String name : ordered) {
            for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
                int end = i + name.length();
                boolean free = true;
                for (int k = i; k < end && free; k++) {
                    free = !taken[k];
                }
                if (!free) {
                    continue;
                }
                var id = names.idOf(name);
                if (id.isEmpty()) {
                    continue;
                }
                for (int k = i; k < end; k++) {
                    taken[k] = true;
                }
                out.add(new NameMention(i, end, text.substring(i, end), id.get(), true, false));
            }
        }
        out.sort(Comparator.comparingInt(NameMention::start));
        return out;
    }
}
