package org.rightsarchive.annotate.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * reports a detention, trial, sentence, disappearance and the like is a detainee; then lawyer and family cues; else
 * other. Thread-safe.
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

    /** A mention with the sentence it was found in. */
    public record Found(NameMention mention, Sentences.Sentence sentence) {}

    @Override
    public List<Person> recognize(ExtractedPage page) {
        return merge(mentions(page));
    }

    /** Every name mention of the page, sentence by sentence, surname-only mentions included. */
    public List<Found> mentions(ExtractedPage page) {
        List<Sentences.Sentence> sentences = new ArrayList<>();
        for (Paragraph p : page.paragraphs()) {
            sentences.addAll(Sentences.split(p.text()));
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
                found.add(new Found(m, s));
            }
        }
        return found;
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
        int mentions;
        final Set<String> surfaces = new LinkedHashSet<>();

        Draft(String id) {
            this.id = id;
        }
    }

    private List<Person> merge(List<Found> found) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<Sentences.Sentence, Boolean> persecution = new HashMap<>();
        for (Found f : found) {
            NameMention m = f.mention();
            Draft d = drafts.computeIfAbsent(m.id(), Draft::new);
            d.mentions++;
            d.surfaces.add(m.surface());
            if (m.chinese()) {
                if (d.nameZh == null) {
                    d.nameZh = ChineseScript.toSimplified(m.surface());
                }
            } else if (!m.surnameOnly() && d.latinName == null) {
                d.latinName = m.surface();
            }
            String s = ChineseScript.toSimplified(f.sentence().text());
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
            if (persecution.computeIfAbsent(f.sentence(), k -> EventTriggers.reportsPersecution(k.text()))) {
                d.victim = true;
            }
        }
        List<Person> people = new ArrayList<>(drafts.size());
        for (Draft d : drafts.values()) {
            String role = d.official
                    ? "official"
                    : d.victim ? "detainee" : d.lawyer ? "lawyer" : d.family ? "family" : "other";
            if (role.equals("other") && d.latinName == null && d.mentions == 1 && ChineseWords.isCommonWord(d.nameZh)) {
                continue; // 国保, 安全法, 方式为: a word the name tagger misread, met once with nothing about a person
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
