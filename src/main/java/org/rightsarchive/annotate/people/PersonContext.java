package org.rightsarchive.annotate.people;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.annotate.text.StartFilteredMatches.StartTest;

/**
 * Reads what the words around one name mention say of the person: an age ({@code Yao, 54,}; {@code 54-year-old};
 * {@code （54岁）}), a gender ({@code (male,}; {@code 女}), an occupation ({@code worker representative Yao Fuxin}) and
 * a role cue ({@code Governor Bo Xilai}, {@code lawyer}, {@code his wife}). Patterns compiled once; thread-safe.
 *
 * <p>The patterns of the words before a name end at the name ({@code $}), so {@code find()} would try them at every
 * position of the window, each try a pass through a long alternation, for every mention of a page: they are tried
 * only where one of their words begins ({@link StartFilteredMatches}), which gives the same first match.
 */
final class PersonContext {
    private static final Pattern AGE_AFTER = Pattern.compile(
            "^\\s*(?:[,(（]\\s*(?:(?:male|female|a man|a woman),?\\s*)?(?:age[d]?\\s+|about\\s+|approximately\\s+"
                    + "|around\\s+)?(\\d{1,2})(?:\\s+years old)?\\s*[,)）]|[（(]?(\\d{1,2})岁|[，,]\\s*(?:现年|今年)?(\\d{1,2})岁)");
    static final Pattern AGE_BEFORE =
            Pattern.compile("(?:(\\d{1,2})-year-old\\s+(?:[a-z]+\\s+){0,3}|(\\d{1,2})岁的\\S{0,6})$");
    /** Where a match of {@link #AGE_BEFORE} can start: its age. */
    static final StartTest AGE_BEFORE_STARTS = StartFilteredMatches.startingWith("0123456789");

    private static final Pattern MALE_AFTER = Pattern.compile("^\\s*[（(]\\s*(?:male|男)|^\\s*[,，]\\s*(?:男|a man)");
    private static final Pattern FEMALE_AFTER = Pattern.compile("^\\s*[（(]\\s*(?:female|女)|^\\s*[,，]\\s*(?:女|a woman)");
    static final Pattern OFFICIAL_BEFORE = Pattern.compile(
            "(?:\\b(?:Governor|President|Premier|Prime Minister|Minister|Chairman|Chairwoman|Mayor|Secretary"
                    + "|General Secretary|Party Secretary|Director|Vice|Judge|Procurator|Prosecutor|Ambassador"
                    + "|[Ss]pokes(?:man|woman|person)|official|officials|leader|Commissioner|Chief|Police Chief)"
                    + "\\s+(?:[A-Z][a-z]+\\s+){0,2}"
                    + "|(?:国家主席|主席|总理|总书记|省长|市长|书记|部长|局长|厅长|法官|审判长|检察官|发言人|大使|官员|人大代表)\\s?)$");
    /** The first characters of the titles of {@link #OFFICIAL_BEFORE}. */
    static final StartTest OFFICIAL_BEFORE_STARTS = StartFilteredMatches.startingWith("GPMCSDVJAsol国主总省市书部局厅法审检发大官人");

    private static final Pattern OFFICIAL_AFTER = Pattern.compile(
            "^(?:,\\s*(?:the\\s+)?(?:Governor|President|Premier|Minister|Mayor|Secretary|Director|Chairman|Judge"
                    + "|[A-Z][a-z]+(?:'s|’s)?\\s+delegate|delegate|deputy|spokes(?:man|woman|person)|official)"
                    + "|'s delegate|’s delegate"
                    + "|\\s?(?:国家主席|主席|总理|总书记|省长|市长|书记|部长|法官|审判长|发言人))");
    static final Pattern LAWYER_BEFORE =
            Pattern.compile("(?:\\b(?:lawyers?|attorneys?|counsel)\\s+(?:[a-z]+\\s+){0,1}|律师)$");
    /** The first characters of the words of {@link #LAWYER_BEFORE}. */
    static final StartTest LAWYER_BEFORE_STARTS = StartFilteredMatches.startingWith("lac律");

    private static final Pattern LAWYER_AFTER =
            Pattern.compile("^(?:,\\s*(?:a|an|the)\\s+(?:[a-z\\-]+\\s+){0,3}(?:lawyer|attorney)\\b|律师)");
    static final Pattern FAMILY_BEFORE = Pattern.compile(
            "(?:\\b(?:wife|husband|mother|father|son|daughter|brother|sister|relatives?|parents?|niece|nephew"
                    + "|grandmother|grandfather)\\s+(?:of\\s+[A-Z][a-z]+\\s+)?|(?:妻子|丈夫|母亲|父亲|儿子|女儿|妹妹|姐姐|哥哥"
                    + "|弟弟|太太|亲属|家属))$");
    /** The first characters of the kin words of {@link #FAMILY_BEFORE}. */
    static final StartTest FAMILY_BEFORE_STARTS = StartFilteredMatches.startingWith("whmfsdbrpng妻丈母父儿女妹姐哥弟太亲家");

    private static final Pattern FAMILY_AFTER = Pattern.compile(
            "^(?:,\\s*(?:the\\s+|his\\s+|her\\s+)?(?:wife|husband|mother|father|son|daughter|brother|sister)\\b)");
    static final Pattern FEMALE_CUE = Pattern.compile(
            "(?:\\b(?:wife|mother|daughter|sister|Ms\\.?|Mrs\\.?|woman|female|nun|grandmother)\\s+(?:of\\s+)?"
                    + "(?:[a-z]+\\s+){0,2}|(?:妻子|母亲|女儿|妹妹|姐姐|太太|女士))$");
    /** The first characters of the words of {@link #FEMALE_CUE}. */
    static final StartTest FEMALE_CUE_STARTS = StartFilteredMatches.startingWith("wmdsMfng妻母女妹姐太");

    static final Pattern MALE_CUE = Pattern.compile(
            "(?:\\b(?:husband|father|son|brother|Mr\\.?|man|male|monk|grandfather)\\s+(?:of\\s+)?(?:[a-z]+\\s+){0,2}"
                    + "|(?:丈夫|父亲|儿子|哥哥|弟弟|先生))$");
    /** The first characters of the words of {@link #MALE_CUE}. */
    static final StartTest MALE_CUE_STARTS = StartFilteredMatches.startingWith("hfsbMmg丈父儿哥弟先");

    static final Pattern OCCUPATION_BEFORE = Pattern.compile(
            "\\b(worker representative|human rights lawyer|rights lawyer|lawyer|attorney|worker|retiree|activist"
                    + "|rights defender|monk|nun|journalist|reporter|teacher|student|farmer|petitioner|writer"
                    + "|scholar|professor|economist|blogger|artist|photographer|pastor|practitioner|herder|nomad"
                    + "|businessman|entrepreneur|dissident|poet|singer|doctor|imam|abbot)s?\\s+(?:[a-z]+\\s+)?$"
                    + "|(工人代表|维权律师|人权律师|律师|工人|维权人士|活动人士|记者|教师|学生|农民|访民|作家|学者|教授|经济学家|僧人"
                    + "|尼姑|牧民|艺术家|博主|牧师|异见人士|诗人)$");
    /** The first characters of the occupations of {@link #OCCUPATION_BEFORE}. */
    static final StartTest OCCUPATION_BEFORE_STARTS =
            StartFilteredMatches.startingWith("whrlamnjtsfpebdi工维人律活记教学农访作经僧尼牧艺博异诗");

    static final Pattern OCCUPATION_AFTER = Pattern.compile(
            "^,\\s*(?:a|an|the)\\s+(?:[a-z\\-]+\\s+){0,3}?(worker representative|lawyer|attorney|worker|retiree"
                    + "|activist|monk|nun|journalist|reporter|teacher|student|farmer|petitioner|writer|scholar"
                    + "|professor|economist|blogger|artist|photographer|pastor|herder|businessman|dissident|poet)\\b");

    private PersonContext() {}

    static Integer age(String s, int start, int end) {
        Matcher a = AGE_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 40)));
        if (a.find()) {
            for (int g = 1; g <= 3; g++) {
                if (a.group(g) != null) {
                    return Integer.parseInt(a.group(g));
                }
            }
        }
        Optional<MatchResult> b =
                StartFilteredMatches.first(AGE_BEFORE, s.substring(Math.max(0, start - 40), start), AGE_BEFORE_STARTS);
        return b.map(r -> Integer.parseInt(r.group(1) != null ? r.group(1) : r.group(2)))
                .orElse(null);
    }

    static String gender(String s, int start, int end) {
        // every branch of the AFTER patterns starts with ^: lookingAt() gives find()'s match without trying each
        // position
        String after = s.substring(end, Math.min(s.length(), end + 12));
        String before = s.substring(Math.max(0, start - 30), start);
        if (FEMALE_AFTER.matcher(after).lookingAt() || found(FEMALE_CUE, FEMALE_CUE_STARTS, before)) {
            return "female";
        }
        if (MALE_AFTER.matcher(after).lookingAt() || found(MALE_CUE, MALE_CUE_STARTS, before)) {
            return "male";
        }
        return null;
    }

    /** {@code official}, {@code lawyer}, {@code family} or {@code null}. */
    static String roleCue(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 40), start);
        String after = s.substring(end, Math.min(s.length(), end + 40));
        if (found(OFFICIAL_BEFORE, OFFICIAL_BEFORE_STARTS, before)
                || OFFICIAL_AFTER.matcher(after).find()) {
            return "official";
        }
        if (found(LAWYER_BEFORE, LAWYER_BEFORE_STARTS, before)
                || LAWYER_AFTER.matcher(after).find()) {
            return "lawyer";
        }
        if (found(FAMILY_BEFORE, FAMILY_BEFORE_STARTS, before)
                || FAMILY_AFTER.matcher(after).find()) {
            return "family";
        }
        return null;
    }

    static String occupation(String s, int start, int end) {
        Optional<MatchResult> b = StartFilteredMatches.first(
                OCCUPATION_BEFORE, s.substring(Math.max(0, start - 40), start), OCCUPATION_BEFORE_STARTS);
        if (b.isPresent()) {
            return b.get().group(1) != null ? b.get().group(1) : b.get().group(2);
        }
        Matcher a = OCCUPATION_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 50)));
        return a.find() ? a.group(1) : null;
    }

    private static boolean found(Pattern pattern, StartTest starts, String window) {
        return StartFilteredMatches.first(pattern, window, starts).isPresent();
    }
}
