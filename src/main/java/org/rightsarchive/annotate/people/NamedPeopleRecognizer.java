package org.rightsarchive.annotate.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.events.EventTriggers;
import org.rightsarchive.annotate.places.Gazetteer;
import org.rightsarchive.annotate.text.Sentences;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;

/**
 * Finds the people of a page and merges every form of one name ({@code Yao Fuxin}, {@code Yao}, {@code 姚福信})
 * into one {@link Person}, with age, gender, occupation and role read from the words around each mention.
 *
 * <p>Roles: an official title or office next to the name ({@code Governor Bo Xilai}, {@code Gong Shangwu, Liaoyang's
 * delegate}) makes an official, and an official is never a detainee; otherwise a person named in a sentence that
 * reports a detention, trial, sentence, disappearance and the like is a detainee (not the self-immolator whose
 * protest the detentions follow); then lawyer and family cues; then names listed in a sentence soon after one that
 * reports the detention of a counted group ("detained at least 10 monks ... TCHRD named Damchoe, Donyoe and Kardu")
 * are detainees; else other. One-word Tibetan and Uyghur short forms join the longer name they repeat. Thread-safe.
 */
public final class NamedPeopleRecognizer implements Recognizers.PeopleRecognizer {
    private final PersonNames names;
    private final LatinNameFinder latin;
    private final ChineseNameFinder chinese;

    public NamedPeopleRecognizer(PersonNames names, Gazetteer gazetteer) {
        this.names = names;
        this.latin = new LatinNameFinder(names, gazetteer);
        this.chinese = new ChineseNameFinder(names);
    }

    /** The recognizer over the bundled name data and gazetteer. */
    public static NamedPeopleRecognizer standard() {
        return new NamedPeopleRecognizer(PersonNames.standard(), Gazetteer.standard());
    }

    /**
     * A mention with the sentence it was found in.
     *
     * @param afterGroupPersecution whether a sentence shortly before, in the same paragraph, reports the detention or
     *     sentencing of a counted group ("detained at least 10 monks"), whose names this sentence may list
     */
    public record Found(NameMention mention, Sentences.Sentence sentence, boolean afterGroupPersecution) {
        /** This mention as a short form (a surname, a given name, a title) of the person {@code id}. */
        Found shortFormOf(String id) {
            NameMention m = mention;
            return new Found(
                    new NameMention(m.start(), m.end(), m.surface(), id, m.chinese(), true),
                    sentence,
                    afterGroupPersecution);
        }
    }

    /**
     * "the self-immolation of Tsering Namgyal", "self-immolator Lobsang Kalsang": the person whose protest the
     * sentence's detentions follow, not one of those detained.
     */
    private static final Pattern SELF_IMMOLATOR_BEFORE =
            Pattern.compile("(?i)self-immolat(?:ion|ions|or|ors)\\s+(?:of\\s+)?(?:[\\w’'-]+\\s+){0,3}$");

    /** How many sentences after a group's detention its members' names may still be listed. */
    private static final int GROUP_REACH = 5;

    @Override
    public List<Person> recognize(ExtractedPage page) {
        return merge(mentions(page));
    }

    /** Every name mention of the page, sentence by sentence, surname-only mentions included. */
    public List<Found> mentions(ExtractedPage page) {
        List<Sentences.Sentence> sentences = new ArrayList<>();
        Set<Sentences.Sentence> afterGroup = new HashSet<>();
        for (Paragraph p : page.paragraphs()) {
            List<Sentences.Sentence> inParagraph = Sentences.split(p.text());
            int lastGroup = -GROUP_REACH - 1;
            for (int k = 0; k < inParagraph.size(); k++) {
                String text = inParagraph.get(k).text();
                if (k - lastGroup <= GROUP_REACH) {
                    afterGroup.add(inParagraph.get(k));
                }
                if (EventTriggers.countsGroup(text) && EventTriggers.reportsPersecution(text)) {
                    lastGroup = k;
                }
            }
            sentences.addAll(inParagraph);
        }
        List<String> chineseTexts = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            if (ChineseScript.hanCount(s.text()) > 0) {
                chineseTexts.add(s.text());
            }
        }
        Set<String> candidates = chineseTexts.isEmpty() ? Set.of() : chinese.candidates(chineseTexts);
        List<Found> found = new ArrayList<>();
        Map<Sentences.Sentence, List<NameMention>> latinBySentence = new LinkedHashMap<>();
        for (Sentences.Sentence s : sentences) {
            List<NameMention> l = latin.find(s.text());
            latinBySentence.put(s, l);
        }
        Map<String, String> idBySurname = surnames(latinBySentence);
        for (Sentences.Sentence s : sentences) {
            List<NameMention> full = latinBySentence.get(s);
            List<NameMention> all = new ArrayList<>(full);
            all.addAll(latin.surnames(s.text(), idBySurname, full));
            all.addAll(chinese.mentions(s.text(), candidates));
            all.sort(java.util.Comparator.comparingInt(NameMention::start));
            for (NameMention m : all) {
                found.add(new Found(m, s, afterGroup.contains(s)));
            }
        }
        return titledSurnames(givenNames(shortForms(found)));
    }

    /** Titles written after a surname: 陈先生 is "Mr. Chen", 习主席 "Chairman Xi", 李医生 "Dr. Li". */
    private static final Set<String> TITLES = Set.of(
            "先生", "女士", "小姐", "太太", "夫人", "老师", "律师", "医生", "教授", "同学", "师傅", "主席", "书记", "记者", "议员", "博士", "神父", "牧师",
            "法官");

    /**
     * A surname and a title (陈先生, 习主席) is no name of its own: it is the one full name of the page with that
     * surname (习主席 beside 习近平), else someone the page does not name, as news reports keep an interviewee anonymous.
     * Read as a name, every anonymous Mr. Chen of the archive was one person, "Chen Xiansheng".
     */
    private static List<Found> titledSurnames(List<Found> found) {
        Map<Character, Set<String>> idsBySurname = new HashMap<>();
        boolean titled = false;
        for (Found f : found) {
            NameMention m = f.mention();
            if (!m.chinese() || m.surnameOnly()) {
                continue;
            }
            String simplified = ChineseScript.toSimplified(m.surface());
            if (isTitled(simplified)) {
                titled = true;
            } else {
                idsBySurname
                        .computeIfAbsent(simplified.charAt(0), k -> new HashSet<>())
                        .add(m.id());
            }
        }
        if (!titled) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            NameMention m = f.mention();
            String simplified = m.chinese() ? ChineseScript.toSimplified(m.surface()) : null;
            if (simplified == null || !isTitled(simplified)) {
                out.add(f);
                continue;
            }
            Set<String> ids = idsBySurname.getOrDefault(simplified.charAt(0), Set.of());
            if (ids.size() == 1) {
                out.add(f.shortFormOf(ids.iterator().next()));
            }
        }
        return out;
    }

    private static boolean isTitled(String simplified) {
        return simplified.length() == 3 && TITLES.contains(simplified.substring(1));
    }

    /**
     * A hundred of the commonest Chinese surnames (most of the 2020 census's first hundred), without 向 and 于: they are
     * prepositions too, and the name tagger joins them to the name after them (向刘霞, "to Liu Xia").
     */
    private static final String COMMON_SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔常汤";

    /**
     * A two-character Chinese mention that is the given name of exactly one three-character name of the page (全璋
     * beside 王全璋, 文足 beside 李文足, as Chinese texts call someone close by the given name) is that person, not
     * one surnamed 全. Only when the full name's surname is a common one and the short form's first character is
     * not: 刘霞 is a full name of its own, whatever 3-character name the tagger made of it.
     */
    private static List<Found> givenNames(List<Found> found) {
        Map<String, Set<String>> idsByGivenName = new HashMap<>();
        for (Found f : found) {
            NameMention m = f.mention();
            String simplified =
                    m.chinese() && m.surface().length() == 3 ? ChineseScript.toSimplified(m.surface()) : null;
            if (simplified != null && COMMON_SURNAMES.indexOf(simplified.charAt(0)) >= 0) {
                idsByGivenName
                        .computeIfAbsent(simplified.substring(1), k -> new HashSet<>())
                        .add(m.id());
            }
        }
        if (idsByGivenName.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            NameMention m = f.mention();
            String simplified =
                    m.chinese() && m.surface().length() == 2 ? ChineseScript.toSimplified(m.surface()) : null;
            Set<String> ids = simplified != null && COMMON_SURNAMES.indexOf(simplified.charAt(0)) < 0
                    ? idsByGivenName.get(simplified)
                    : null;
            if (ids == null || ids.size() != 1 || ids.contains(m.id())) {
                out.add(f);
                continue;
            }
            out.add(f.shortFormOf(ids.iterator().next()));
        }
        return out;
    }

    private static final Pattern LIST_GAP = Pattern.compile(",\\s|,?\\s(?:and|or)\\s|;\\s");

    /**
     * One-word Tibetan and Uyghur mentions that repeat the first or last word of exactly one longer name of the page
     * ("Abdurehim" for Abdurehim Imin, "Ahet" for Alim Ahet) become that person, unless they stand in a list of three
     * or more names, where a lone "Sonam" is a person of its own beside Sonam Yonten.
     */
    private List<Found> shortForms(List<Found> found) {
        Map<String, Set<String>> idsByWord = new HashMap<>();
        for (Found f : found) {
            NameMention m = f.mention();
            String[] parts = m.id().split("-");
            if (m.chinese() || m.surnameOnly() || parts.length < 2 || names.isLatinSurname(parts[0])) {
                continue;
            }
            idsByWord.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(m.id());
            idsByWord
                    .computeIfAbsent(parts[parts.length - 1], k -> new LinkedHashSet<>())
                    .add(m.id());
        }
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            NameMention m = f.mention();
            Set<String> ids = idsByWord.get(m.id());
            if (m.chinese() || m.id().contains("-") || ids == null || ids.size() != 1 || inLongList(found, i)) {
                out.add(f);
                continue;
            }
            out.add(f.shortFormOf(ids.iterator().next()));
        }
        return out;
    }

    /** Whether the mention is one of three or more names of its sentence joined by commas or "and". */
    private static boolean inLongList(List<Found> found, int i) {
        return listSize(found, i) >= 3;
    }

    /** How many names of its sentence, joined by commas or "and", the mention's list holds (1: no list). */
    private static int listSize(List<Found> found, int i) {
        int first = i;
        while (first > 0 && listed(found.get(first - 1), found.get(first))) {
            first--;
        }
        int last = i;
        while (last + 1 < found.size() && listed(found.get(last), found.get(last + 1))) {
            last++;
        }
        return last - first + 1;
    }

    private static boolean listed(Found a, Found b) {
        if (!a.sentence().equals(b.sentence())
                || a.mention().end() > b.mention().start()) {
            return false;
        }
        String gap =
                a.sentence().text().substring(a.mention().end(), b.mention().start());
        return LIST_GAP.matcher(gap).matches();
    }

    /** Surname to id, for surnames carried by exactly one full Latin name of the page. */
    private static Map<String, String> surnames(Map<Sentences.Sentence, List<NameMention>> latinBySentence) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (List<NameMention> mentions : latinBySentence.values()) {
            for (NameMention m : mentions) {
                int dash = m.id().indexOf('-');
                if (dash > 0 && !m.surnameOnly()) {
                    ids.computeIfAbsent(m.id().substring(0, dash), k -> new LinkedHashSet<>())
                            .add(m.id());
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        ids.forEach((surname, set) -> {
            if (set.size() == 1) {
                out.put(surname, set.iterator().next());
            }
        });
        return out;
    }

    private static final class Draft {
        final String id;
        String latinName;
        String nameZh;
        Integer age;
        String gender;
        String occupation;
        boolean official;
        boolean victim;
        boolean lawyer;
        boolean family;
        boolean listedAfterGroup;
        int mentions;
        final Set<String> surfaces = new LinkedHashSet<>();

        Draft(String id) {
            this.id = id;
        }
    }

    private List<Person> merge(List<Found> found) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<Sentences.Sentence, Boolean> persecution = new HashMap<>();
        // a sentence holds many mentions: simplified once, not once a mention
        Map<Sentences.Sentence, String> simplified = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            NameMention m = f.mention();
            Draft d = drafts.computeIfAbsent(m.id(), Draft::new);
            d.mentions++;
            d.surfaces.add(m.surface());
            if (m.chinese()) {
                if (d.nameZh == null && !m.surnameOnly()) {
                    d.nameZh = ChineseScript.toSimplified(m.surface());
                }
            } else if (!m.surnameOnly() && d.latinName == null) {
                d.latinName = m.surface();
            }
            String s = simplified.computeIfAbsent(f.sentence(), k -> ChineseScript.toSimplified(k.text()));
            if (d.age == null) {
                d.age = PersonContext.age(s, m.start(), m.end());
            }
            if (d.gender == null) {
                d.gender = PersonContext.gender(s, m.start(), m.end());
            }
            if (d.occupation == null) {
                d.occupation = PersonContext.occupation(s, m.start(), m.end());
            }
            String cue = PersonContext.roleCue(s, m.start(), m.end());
            d.official |= "official".equals(cue);
            d.lawyer |= "lawyer".equals(cue);
            d.family |= "family".equals(cue);
            if (persecution.computeIfAbsent(f.sentence(), k -> EventTriggers.reportsPersecution(k.text()))
                    && !SELF_IMMOLATOR_BEFORE
                            .matcher(s.substring(Math.max(0, m.start() - 60), m.start()))
                            .find()) {
                d.victim = true;
            }
            d.listedAfterGroup |= f.afterGroupPersecution() && listSize(found, i) >= 2;
        }
        List<Person> people = new ArrayList<>(drafts.size());
        for (Draft d : drafts.values()) {
            String role = d.official
                    ? "official"
                    : d.victim
                            ? "detainee"
                            : d.lawyer ? "lawyer" : d.family ? "family" : d.listedAfterGroup ? "detainee" : "other";
            boolean once = d.latinName == null && d.mentions == 1;
            if (once && role.equals("other") && ChineseWords.isCommonWord(d.nameZh)) {
                continue; // 国保, 安全法, 方式为: a word the name tagger misread, met once with nothing about a person
            }
            if (d.latinName == null && !role.equals("official") && ChineseWords.isSurnameAndNextWord(d.nameZh)) {
                continue; // 都曾, 方称, 印有: a surname character, then the sentence goes on
            }
            String name = d.latinName != null ? normalCase(d.latinName) : names.displayName(d.id);
            String zh = d.nameZh != null ? d.nameZh : names.chineseOf(d.id).orElse(null);
            people.add(new Person(d.id, name, zh, d.age, d.gender, role, d.occupation, List.copyOf(d.surfaces)));
        }
        return people;
    }

    /** {@code YAO Fu-xin} and {@code Yáo Fúxìn} as {@code Yao Fuxin}; other names keep their spelling. */
    private String normalCase(String written) {
        return names.idOf(written).map(names::displayName).orElse(written);
    }
}
