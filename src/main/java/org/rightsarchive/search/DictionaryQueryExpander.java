package org.rightsarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rightsarchive.annotate.people.PersonNames;
import org.rightsarchive.annotate.places.Facilities;
import org.rightsarchive.annotate.places.Gazetteer;
import org.rightsarchive.annotate.places.Landmarks;
import org.rightsarchive.annotate.topics.Taxonomy;
import org.rightsarchive.annotate.topics.Topic;
import org.rightsarchive.lang.ChineseScript;

/**
 * Expands queries through the annotators' dictionaries, so every script and spelling reaches the same documents:
 * a place in one script also searches its names in the others ({@code Liaoning}, 辽宁, 遼寧) and its province facet;
 * a full personal name in any form ({@code Yao Fuxin}, {@code YAO Fu-xin}, 姚福信, 姚福信) also searches the person
 * id the annotators give every mention of that person; a topic label or alias in either language ({@code labor
 * rights}, 劳工权利, 勞工權利, {@code RSDL}) also searches the topic the tagger assigned and the other labels.
 */
public final class DictionaryQueryExpander implements QueryExpander {
    /** Most Chinese names of one person searched for a pinyin name (a page may misspell it). */
    private static final int MAX_CHINESE_NAMES = 4;

    private final Gazetteer gazetteer;
    private final PersonNames names;
    private final Taxonomy taxonomy;
    private final Predicate<String> personInArchive;
    private final Function<String, Set<String>> chineseNamesInArchive;
    private final Landmarks landmarks = Landmarks.standard();

    public DictionaryQueryExpander(Gazetteer gazetteer, PersonNames names, Taxonomy taxonomy) {
        this(gazetteer, names, taxonomy, id -> true, id -> Set.of());
    }

    private DictionaryQueryExpander(
            Gazetteer gazetteer,
            PersonNames names,
            Taxonomy taxonomy,
            Predicate<String> personInArchive,
            Function<String, Set<String>> chineseNamesInArchive) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.taxonomy = taxonomy;
        this.personInArchive = personInArchive;
        this.chineseNamesInArchive = chineseNamesInArchive;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Any two to four characters that start with a surname read as a name (律师 as Lu Shi): a word is searched as
     * a person only if the archive has that person, or every Chinese word would also search its pinyin as a phrase.
     */
    @Override
    public DictionaryQueryExpander withPeopleIn(Predicate<String> personIdInArchive) {
        return new DictionaryQueryExpander(gazetteer, names, taxonomy, personIdInArchive, chineseNamesInArchive);
    }

    @Override
    public DictionaryQueryExpander withPeopleIn(
            Predicate<String> personIdInArchive, Function<String, Set<String>> chineseNamesOfPeople) {
        return new DictionaryQueryExpander(gazetteer, names, taxonomy, personIdInArchive, chineseNamesOfPeople);
    }

    /** The expander over the bundled gazetteer and name data. */
    public static DictionaryQueryExpander standard() {
        return new DictionaryQueryExpander(Gazetteer.standard(), PersonNames.standard(), Taxonomy.standard());
    }

    @Override
    public List<String> alternatives(String text) {
        Set<String> out = new LinkedHashSet<>();
        place(text).ifPresent(d -> {
            out.add(d.name());
            if (d.nameZh() != null) {
                out.add(d.nameZh());
            }
        });
        // A facility typed in Chinese as the recognizer names it in English: the English pages write that name.
        String bare = bare(text);
        if (ChineseScript.hanCount(bare) > 0) {
            Facilities.englishName(gazetteer, bare).ifPresent(out::add);
        }
        landmarks.lookup(bare).ifPresent(l -> {
            out.add(l.name());
            out.addAll(l.chinese());
        });
        person(text).ifPresent(id -> {
            out.add(names.displayName(id));
            names.chineseOf(id).ifPresent(out::add);
            // As the archive's pages write the name: the Chinese pages about the person rank by it, and show it marked.
            chineseNamesInArchive.apply(id).stream().limit(MAX_CHINESE_NAMES).forEach(out::add);
        });
        topic(text).ifPresent(t -> {
            out.add(t.label());
            out.add(t.labelZhHans());
        });
        out.remove(text.strip());
        return List.copyOf(out);
    }

    @Override
    public Map<String, Set<String>> keywords(String text) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        place(text).ifPresent(d -> {
            if (d.level() == Gazetteer.PROVINCE) {
                out.put("province", Set.of(d.province()));
            } else if (d.level() == Gazetteer.PREFECTURE) {
                out.put("city", Set.of(d.name()));
            }
        });
        person(text).ifPresent(id -> out.put("person", Set.of(id)));
        topic(text).ifPresent(t -> out.put("topic", Set.of(t.id())));
        return out;
    }

    @Override
    public Optional<String> filterValue(String dimension, String typed) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return switch (dimension) {
            // A city or county stands for its province: province=Liaoyang means the province Liaoyang is in.
            case "province" -> gazetteer.lookup(withoutLevelWord(t)).map(Gazetteer.Division::province);
            case "city" ->
                gazetteer
                        .lookup(withoutLevelWord(t))
                        .filter(d -> d.level() == Gazetteer.PREFECTURE)
                        .map(Gazetteer.Division::name);
            case "topic" -> taxonomy.lookup(t).map(Topic::id);
            case "person" -> names.idOf(t).filter(id -> id.contains("-"));
            default -> Optional.empty();
        };
    }

    @Override
    public boolean knowsEvery(String dimension) {
        return dimension.equals("province") || dimension.equals("topic");
    }

    /** "Liaoning Province" and "Liaoyang City" as the gazetteer names them; 辽宁省 it knows as written. */
    private static String withoutLevelWord(String name) {
        String stripped = name.replaceFirst("(?i)\\s+(province|city|prefecture|county|autonomous region)$", "");
        return stripped.isEmpty() ? name : stripped;
    }

    /** The topic a whole label or alias names; a single short word (e.g. "law") names none. */
    private Optional<Topic> topic(String text) {
        String t = text.strip();
        if (t.length() < 2 || (ChineseScript.hanCount(t) == 0 && t.length() < 4)) {
            return Optional.empty();
        }
        return taxonomy.lookup(t);
    }

    private Optional<Gazetteer.Division> place(String text) {
        String t = bare(text);
        // One Latin word or two characters at least: a single syllable or character names too many things.
        if (t.length() < 2 || (ChineseScript.hanCount(t) == 0 && t.length() < 4)) {
            return Optional.empty();
        }
        return gazetteer.lookup(t);
    }

    /** The text without the quotes, brackets and punctuation around it (“姚福信”, 「姚福信」, 姚福信！). */
    private static String bare(String text) {
        String t = text.strip();
        int from = 0;
        int to = t.length();
        while (from < to && isPunctuation(t.charAt(from))) {
            from++;
        }
        while (to > from && isPunctuation(t.charAt(to - 1))) {
            to--;
        }
        return t.substring(from, to).strip();
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.DASH_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The person id of a full name (surname and given name), never of a place name or a lone word. */
    private Optional<String> person(String text) {
        String t = bare(text);
        int han = ChineseScript.hanCount(t);
        if (han > 0) {
            if (han < 2
                    || han > 4
                    || han != t.length()
                    || !gazetteer.lookupAll(t).isEmpty()) {
                return Optional.empty();
            }
        } else {
            List<String> words = new ArrayList<>(List.of(t.split("[\\s\\-]+")));
            words.removeIf(String::isEmpty);
            if (words.size() < 2 || !names.isLatinSurname(words.get(0))) {
                if (names.idOf(t)
                        .filter(id -> names.aliases().stream().anyMatch(a -> a.id().equals(id)))
                        .isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        Optional<String> id = names.idOf(t).filter(i -> i.contains("-")).filter(personInArchive);
        if (han > 0 && id.isPresent()) {
            // Characters that read as the person's pinyin are that person only if the archive writes them so.
            Set<String> written = chineseNamesInArchive.apply(id.get());
            if (!written.isEmpty() && !written.contains(ChineseScript.toSimplified(t))) {
                return Optional.empty();
            }
        }
        return id;
    }
}
