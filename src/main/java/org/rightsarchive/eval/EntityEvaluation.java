package org.rightsarchive.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.dates.DateFinder;
import org.rightsarchive.annotate.dates.DateMention;
import org.rightsarchive.annotate.people.PersonNames;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.annotate.places.Gazetteer;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;
import org.rightsarchive.lang.Language;

/**
 * Scores people, places, dates and events against gold data: the hand-written gold of the seed page, the CECC
 * Political Prisoner Database records (person, residence province and detention date of each record, where its
 * English summary names them), the bilingual CHRD cases (pinyin and Chinese names of one person) and the gold of the
 * bundled corpus. Every method reads its files and returns figures; nothing is cached between calls.
 */
public final class EntityEvaluation {
    /** Roles of the people a corpus page is about (its gold lists detainees, victims and rights defenders). */
    private static final Set<String> SUBJECT_ROLES = Set.of("detainee", "family");

    private static final Set<String> CUSTODY = Set.of("detention", "arrest");
    private static final Pattern AGAIN = Pattern.compile("(?i)\\b(?:again|re-?detained|re-?arrested|once more)\\b");

    /**
     * Label of the figure whose precision counts a predicted detainee right only when its name is some record's
     * name in the database: a lower bound, since summaries name many people besides the record's own.
     */
    public static final String LOWER_BOUND_DETAINEES = "cecc detainees (lower bound)";

    private final AnnotationPipeline pipeline;
    private final PersonNames names = PersonNames.standard();
    private final Gazetteer gazetteer = Gazetteer.standard();

    public EntityEvaluation(AnnotationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    // ---------------------------------------------------------------- seed page

    /** The seed page as extraction would give it: its paragraphs up to the "Explore Topics" list, dated. */
    public static ExtractedPage seedPage(Path txt) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        int topics = text.indexOf("Explore Topics");
        if (topics > 0) {
            text = text.substring(0, topics);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        LocalDate published = null;
        for (String block : text.split("\\n\\s*\\n")) {
            String p = block.replace('\u2022', ' ').replaceAll("\\s+", " ").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (published == null) {
                List<DateMention> dates = DateFinder.find(p);
                if (dates.size() == 1
                        && dates.get(0).isComplete()
                        && dates.get(0).end() - dates.get(0).start() >= p.length() - 1) {
                    DateMention d = dates.get(0);
                    published = LocalDate.of(d.year(), d.month(), d.day());
                    continue;
                }
            }
            paragraphs.add(new Paragraph(p, Language.ENGLISH));
        }
        return new ExtractedPage(
                txt.toUri().toString(), "seed", Language.ENGLISH, published, paragraphs, List.of(), Map.of());
    }

    /** People, roles, ages, places with provinces and dated detentions of the seed page against its gold file. */
    public List<EntityFigure> seed(Path seedTxt, Path goldTsv) throws IOException {
        Annotations a = pipeline.annotate(seedPage(seedTxt));
        Set<String> goldPeople = new HashSet<>();
        Set<String> goldRoles = new HashSet<>();
        Set<String> goldAges = new HashSet<>();
        Set<String> goldPlaces = new HashSet<>();
        Set<String> goldEvents = new HashSet<>();
        for (String line : Files.readAllLines(goldTsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "person" -> {
                    goldPeople.add(f[1]);
                    goldRoles.add(f[1] + "|" + f[2]);
                    if (f.length > 3 && !f[3].isBlank()) {
                        goldAges.add(f[1] + "|" + f[3]);
                    }
                }
                case "place" -> goldPlaces.add(f[1] + "|" + f[2]);
                case "event" -> goldEvents.add(f[1] + "|" + f[2] + "|" + f[3]);
                default -> throw new IOException("unknown gold row kind in " + goldTsv + ": " + f[0]);
            }
        }
        Set<String> people = new HashSet<>();
        Set<String> roles = new HashSet<>();
        Set<String> ages = new HashSet<>();
        for (Person p : a.people()) {
            people.add(p.id());
            roles.add(p.id() + "|" + p.role());
            if (p.age() != null) {
                ages.add(p.id() + "|" + p.age());
            }
        }
        Set<String> places = new HashSet<>();
        for (Place p : a.places()) {
            if (p.kind().equals("prefecture")) {
                places.add(p.name() + "|" + p.province());
            }
        }
        Set<String> events = new HashSet<>();
        for (Event e : a.events()) {
            if (CUSTODY.contains(e.type()) && e.date() != null) {
                for (String id : e.people()) {
                    events.add(e.type() + "|" + e.date() + "|" + id);
                }
            }
        }
        List<EntityFigure> out = new ArrayList<>();
        out.add(figure("seed people", goldPeople, people));
        out.add(figure("seed roles", goldRoles, roles));
        out.add(figure(
                "seed ages",
                goldAges,
                ages.stream()
                        .filter(x -> goldPeople.contains(x.split("\\|")[0]))
                        .collect(java.util.stream.Collectors.toSet())));
        out.add(figure("seed places+provinces", goldPlaces, places));
        out.add(figure("seed dated detentions", goldEvents, events));
        return out;
    }

    private static EntityFigure figure(String label, Set<String> expected, Set<String> predicted) {
        Scores s = new Scores();
        s.add(label, expected, predicted);
        return EntityFigure.of(label, s.micro());
    }

    // ---------------------------------------------------------------- CECC

    /**
     * CECC records with a narrative summary: is the record's person found as a detainee (recall; precision counts
     * the predicted detainees whose name is some record's name in this database, a lower bound), is the residence province the main
     * province of the summary, is the detention date the date of the person's detention (compared at the precision
     * of the record's date). Each measure counts only records whose summary states the fact: the name, the
     * province's name, the date of detention at the record's precision.
     */
    public List<EntityFigure> cecc(Path csv) throws IOException {
        List<Map<String, String>> records = Csv.readRecords(csv);
        Set<String> databaseIds = new HashSet<>();
        for (Map<String, String> r : records) {
            for (String column : List.of("main.name", "pinyin.name", "alternate.name..lay.or.pen.")) {
                String v = r.getOrDefault(column, "NA");
                if (!v.equals("NA") && !v.isBlank()) {
                    names.idOf(v).ifPresent(databaseIds::add);
                }
            }
        }
        int predicted = 0;
        int predictedKnown = 0;
        int peopleExpected = 0;
        int peopleFound = 0;
        Scores provinces = new Scores();
        Scores dates = new Scores();
        List<Scores> stageDates = STAGES.stream().map(x -> new Scores()).toList();
        for (Map<String, String> r : records) {
            String summary = CeccPeopleGold.summaryText(r);
            if (!CeccPeopleGold.isNarrative(summary)) {
                continue;
            }
            Annotations a = annotateSummary(r.get("CECC_record_number"), summary);
            String name = r.get("main.name");
            String goldId = names.idOf(name).orElse(null);
            Set<String> ids = new LinkedHashSet<>();
            a.people().stream().filter(p -> p.role().equals("detainee")).forEach(p -> ids.add(p.id()));
            predicted += ids.size();
            for (String id : ids) {
                if (databaseIds.contains(id)) {
                    predictedKnown++;
                }
            }
            if (goldId != null && foldedContains(summary, name)) {
                peopleExpected++;
                if (ids.contains(goldId)) {
                    peopleFound++;
                }
            }
            Optional<String> goldProvince = ceccProvince(r.getOrDefault("residence_province", "NA"));
            if (goldProvince.isPresent() && mentionsProvince(summary, goldProvince.get())) {
                provinces.add(
                        "province",
                        Set.of(goldProvince.get()),
                        mainProvince(a, goldId).map(Set::of).orElse(Set.of()));
            }
            String goldDate = ceccDate(r.getOrDefault("date_of_detention", "NA"));
            if (goldDate != null && writtenIn(summary, goldDate)) {
                addDate(dates, goldDate, detentionDate(a, goldId));
            }
            for (int k = 0; k < STAGES.size(); k++) {
                String stageDate = ceccDate(r.getOrDefault(STAGES.get(k).column(), "NA"));
                if (stageDate != null && writtenIn(summary, stageDate)) {
                    addDate(
                            stageDates.get(k),
                            stageDate,
                            eventDate(a, goldId, Set.of(STAGES.get(k).eventType())));
                }
            }
        }
        List<EntityFigure> figures = new ArrayList<>(List.of(
                new EntityFigure(LOWER_BOUND_DETAINEES, predictedKnown, predicted, peopleFound, peopleExpected),
                EntityFigure.of("cecc residence province", provinces.micro()),
                EntityFigure.of("cecc detention date", dates.micro())));
        for (int k = 0; k < STAGES.size(); k++) {
            figures.add(EntityFigure.of(STAGES.get(k).label(), stageDates.get(k).micro()));
        }
        return List.copyOf(figures);
    }

    /** A later stage of a case that a CECC record dates, and the event type that tells of it. */
    private record Stage(String label, String column, String eventType) {}

    private static final List<Stage> STAGES = List.of(
            new Stage("cecc formal arrest date", "formal_arrest_date", "arrest"),
            new Stage("cecc trial date", "trial_date", "trial"),
            new Stage("cecc sentence date", "sentence_date", "sentencing"),
            new Stage("cecc release date", "actual_date_released", "release"));

    /** The predicted date, compared at the precision of the record's date. */
    private static void addDate(Scores scores, String goldDate, String predicted) {
        String compared =
                predicted == null ? null : predicted.substring(0, Math.min(predicted.length(), goldDate.length()));
        scores.add("date", Set.of(goldDate), compared == null ? Set.of() : Set.of(compared));
    }

    /** The date of the person's first dated event of the types, else of the first dated one of them. */
    static String eventDate(Annotations a, String personId, Set<String> types) {
        for (boolean ofPerson : new boolean[] {true, false}) {
            for (Event e : a.events()) {
                if (types.contains(e.type())
                        && e.date() != null
                        && (!ofPerson || e.people().contains(personId))) {
                    return e.date();
                }
            }
        }
        return null;
    }

    private Annotations annotateSummary(String recordNumber, String summary) {
        return pipeline.annotate(new ExtractedPage(
                "cecc:" + recordNumber,
                "",
                Language.ENGLISH,
                null,
                List.of(new Paragraph(summary, Language.ENGLISH)),
                List.of(),
                Map.of()));
    }

    // ---------------------------------------------------------------- CECC people gold

    /** Everyone the extractor found in one gold summary, beside the gold's people. */
    private record PeopleComparison(CeccPeopleGold.GoldRecord gold, List<Person> predicted) {
        Set<String> predictedIds(boolean detaineesOnly) {
            Set<String> ids = new LinkedHashSet<>();
            for (Person p : predicted) {
                if (!detaineesOnly || p.role().equals("detainee")) {
                    ids.add(p.id());
                }
            }
            return ids;
        }

        /** The gold person an id names, if any. */
        Optional<CeccPeopleGold.GoldPerson> goldPerson(String id) {
            return gold.people().stream().filter(g -> g.ids().contains(id)).findFirst();
        }
    }

    private List<PeopleComparison> comparePeople(Path csv, Path goldTsv) throws IOException {
        List<PeopleComparison> out = new ArrayList<>();
        for (CeccPeopleGold.GoldRecord g : CeccPeopleGold.read(goldTsv, Csv.readRecords(csv))) {
            out.add(new PeopleComparison(
                    g, annotateSummary(g.recordNumber(), g.text()).people()));
        }
        return out;
    }

    /**
     * People of CECC summaries against the hand-made gold ({@link CeccPeopleGold}): every person named, matched by
     * person id, counted once per summary; over all gold summaries, over the tuning part and over the test part
     * apart; and the people predicted as detainees against the gold's detainees.
     */
    public List<EntityFigure> ceccPeople(Path csv, Path goldTsv) throws IOException {
        List<PeopleComparison> comparisons = comparePeople(csv, goldTsv);
        return List.of(
                peopleFigure("cecc people exact", comparisons, false),
                peopleFigure("cecc people exact, tune part", filter(comparisons, "tune"), false),
                peopleFigure("cecc people exact, test part", filter(comparisons, "test"), false),
                peopleFigure("cecc detainees exact", comparisons, true));
    }

    private static List<PeopleComparison> filter(List<PeopleComparison> comparisons, String part) {
        return comparisons.stream().filter(c -> c.gold().part().equals(part)).toList();
    }

    /**
     * One figure: a gold person (as a detainee: a gold detainee) is found when one of its ids is predicted (as a
     * detainee); each found person makes one prediction right, so a person split into two ids costs precision. People
     * whose role the gold leaves open count in the people figure only.
     */
    private static EntityFigure peopleFigure(String label, List<PeopleComparison> comparisons, boolean detainees) {
        int predicted = 0;
        int found = 0;
        int expected = 0;
        for (PeopleComparison c : comparisons) {
            Set<String> ids = c.predictedIds(detainees);
            for (String id : ids) {
                Optional<CeccPeopleGold.GoldPerson> g = c.goldPerson(id);
                if (!detainees || g.isEmpty() || g.get().role() != null) {
                    predicted++;
                }
            }
            for (CeccPeopleGold.GoldPerson g : c.gold().people()) {
                if (detainees && !"detainee".equals(g.role())) {
                    continue;
                }
                expected++;
                if (g.ids().stream().anyMatch(ids::contains)) {
                    found++;
                }
            }
        }
        return new EntityFigure(label, found, predicted, found, expected);
    }

    /**
     * The people errors of one part of the gold ({@code tune} or {@code test}), one line each: a gold person missed
     * ({@code miss}), a predicted person the gold does not have ({@code false}), or a found person given another role
     * ({@code role}).
     */
    public List<String> ceccPeopleErrors(Path csv, Path goldTsv, String part) throws IOException {
        List<String> lines = new ArrayList<>();
        for (PeopleComparison c : filter(comparePeople(csv, goldTsv), part)) {
            String number = c.gold().recordNumber();
            Set<String> ids = c.predictedIds(false);
            for (CeccPeopleGold.GoldPerson g : c.gold().people()) {
                CeccPeopleGold.Mention first = g.mentions().get(0);
                String written = c.gold().text().substring(first.start(), first.end());
                Optional<Person> p = c.predicted().stream()
                        .filter(x -> g.ids().contains(x.id()))
                        .findFirst();
                if (p.isEmpty()) {
                    lines.add(number + "\tmiss\t" + g.ids() + "\t" + written + "\t" + g.role());
                } else if (g.role() != null && !g.role().equals(p.get().role())) {
                    lines.add(number + "\trole\t" + p.get().id() + "\t" + g.role() + " as "
                            + p.get().role());
                }
            }
            for (Person p : c.predicted()) {
                if (c.goldPerson(p.id()).isEmpty() && ids.remove(p.id())) {
                    lines.add(number + "\tfalse\t" + p.id() + "\t" + p.names() + "\t" + p.role());
                }
            }
        }
        return lines;
    }

    private static boolean foldedContains(String text, String name) {
        return fold(text).contains(fold(name));
    }

    private static String fold(String s) {
        return org.rightsarchive.annotate.text.LatinFolding.fold(s).toLowerCase(Locale.ROOT);
    }

    /** {@code Tibet [Xizang] Auto. Region} to Tibet, {@code Beijing Shi (prov.)} to Beijing. */
    Optional<String> ceccProvince(String value) {
        String v = value.replaceAll("\\[[^]]*]|\\([^)]*\\)", " ")
                .replaceAll("\\b(?:Province|Shi|Auto|Region|SAR|Uyghur|Zhuang|Hui)\\b\\.?", " ")
                .strip();
        if (v.isEmpty() || v.equals("NA")) {
            return Optional.empty();
        }
        return gazetteer.lookupAll(v).stream()
                .filter(d -> d.level() == Gazetteer.PROVINCE)
                .map(Gazetteer.Division::province)
                .findFirst();
    }

    private boolean mentionsProvince(String summary, String province) {
        String folded = fold(summary);
        if (folded.contains(fold(province))) {
            return true;
        }
        return switch (province) {
            case "Tibet" -> summary.contains("TAR") || folded.contains("xizang");
            case "Xinjiang" -> summary.contains("XUAR");
            case "Inner Mongolia" -> folded.contains("neimenggu") || folded.contains("nei mongol");
            default -> false;
        };
    }

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    /** Whether the summary writes the date at its precision ("March 17, 2002", "17 March 2002", "March 2002"). */
    public static boolean writtenIn(String summary, String isoDate) {
        String year = isoDate.substring(0, 4);
        if (isoDate.length() == 4) {
            return Pattern.compile("\\b" + year + "\\b").matcher(summary).find();
        }
        String month = MONTHS[Integer.parseInt(isoDate.substring(5, 7)) - 1];
        if (isoDate.length() == 7) {
            return Pattern.compile("\\b" + month + ",? (?:of )?" + year + "\\b")
                    .matcher(summary)
                    .find();
        }
        int day = Integer.parseInt(isoDate.substring(8, 10));
        return Pattern.compile("\\b" + month + " " + day + "(?:st|nd|rd|th)?,? " + year + "\\b|\\b" + day + " " + month
                        + ",? " + year + "\\b")
                .matcher(summary)
                .find();
    }

    /** {@code 2002/03/17} to 2002-03-17, {@code 1998/08/dd} to 1998-08, {@code 1989/mm/dd} to 1989. */
    static String ceccDate(String value) {
        String[] f = value.split("/");
        if (f.length != 3 || !f[0].matches("\\d{4}")) {
            return null;
        }
        if (!f[1].matches("\\d{2}")) {
            return f[0];
        }
        return f[2].matches("\\d{2}") ? f[0] + "-" + f[1] + "-" + f[2] : f[0] + "-" + f[1];
    }

    /**
     * The province a summary is about: that of the person's first placed detention or arrest, else of any placed
     * detention or arrest, else the province most of its places lie in.
     */
    static Optional<String> mainProvince(Annotations a, String personId) {
        for (boolean ofPerson : new boolean[] {true, false}) {
            for (Event e : a.events()) {
                if (CUSTODY.contains(e.type())
                        && e.province() != null
                        && (!ofPerson || e.people().contains(personId))) {
                    return Optional.of(e.province());
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Place p : a.places()) {
            counts.merge(p.province(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * The date of the person's latest dated detention or arrest told as a repeat ("detained him again"), else of
     * their first one, else of the first dated one: a record holds the detention it is about, which the summary tells
     * first unless it tells of a new one.
     */
    static String detentionDate(Annotations a, String personId) {
        String again = null;
        for (Event e : a.events()) {
            if (CUSTODY.contains(e.type())
                    && e.date() != null
                    && e.people().contains(personId)
                    && AGAIN.matcher(e.evidence()).find()) {
                again = e.date();
            }
        }
        return again != null ? again : eventDate(a, personId, CUSTODY);
    }

    // ---------------------------------------------------------------- CHRD

    /**
     * The bilingual CHRD cases: does the Chinese name (Simplified, and converted to Traditional) give the same person
     * id as its pinyin, and does the pinyin written in capitals and with hyphens still give it.
     */
    public List<EntityFigure> chrd(Path csv) throws IOException {
        int n = 0;
        int simplified = 0;
        int traditional = 0;
        int variants = 0;
        for (Map<String, String> r : Csv.readRecords(csv)) {
            String eng = r.getOrDefault("name.eng", "").strip();
            String chi = r.getOrDefault("name.chi", "").strip();
            if (eng.isEmpty() || chi.isEmpty() || chi.equals("NA")) {
                continue;
            }
            String expected = names.idOf(eng).orElse("");
            n++;
            if (names.idOf(chi).orElse("").equals(expected)) {
                simplified++;
            }
            if (names.idOf(ChineseScript.toTraditional(chi)).orElse("").equals(expected)) {
                traditional++;
            }
            if (names.idOf(variant(eng)).orElse("").equals(expected)) {
                variants++;
            }
        }
        return List.of(
                new EntityFigure("chrd characters -> id", simplified, n, simplified, n),
                new EntityFigure("chrd traditional -> id", traditional, n, traditional, n),
                new EntityFigure("chrd SURNAME Gi-ven -> id", variants, n, variants, n));
    }

    /** {@code Sun Yonglu} as {@code SUN Yong-lu}: upper-case surname, given name hyphenated after its first syllable. */
    private static String variant(String pinyin) {
        String[] words = pinyin.split("\\s+");
        if (words.length != 2) {
            return pinyin.toUpperCase(Locale.ROOT);
        }
        return words[0].toUpperCase(Locale.ROOT) + " " + hyphenate(words[1]);
    }

    private static String hyphenate(String given) {
        for (int i = given.length() - 2; i >= 2; i--) {
            String head = given.substring(0, i).toLowerCase(Locale.ROOT);
            String tail = given.substring(i).toLowerCase(Locale.ROOT);
            if (PersonNames.standard().isPinyinGivenName(head)
                    && PersonNames.standard().isPinyinGivenName(tail)
                    && head.length() <= 6
                    && tail.length() <= 6
                    && "aeiou".indexOf(tail.charAt(0)) < 0) {
                return given.substring(0, i) + "-" + tail;
            }
        }
        return given;
    }

    // ---------------------------------------------------------------- bundled corpus

    /**
     * The bundled corpus against {@code gold/pages.tsv}: the people a page is about (predicted: detainees and family
     * members, the roles of the people the gold lists) and the provinces where its events take place (predicted:
     * the provinces of its events, else of its places below province level).
     */
    public List<EntityFigure> corpus(Path corpusDir) throws IOException {
        Scores people = new Scores();
        Scores provinces = new Scores();
        PageExtractor extractor = new PageExtractor();
        List<String> lines = Files.readAllLines(corpusDir.resolve("gold/pages.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < f.length; i++) {
                row.put(header.get(i), f[i]);
            }
            Path file = corpusDir.resolve(row.get("path"));
            Capture capture = new Capture(
                    file.toUri().toString(), Instant.EPOCH, 200, null, Files.readAllBytes(file), row.get("path"));
            Annotations a = pipeline.annotate(extractor.extract(capture));
            Set<String> predictedPeople = new HashSet<>();
            for (Person p : a.people()) {
                if (SUBJECT_ROLES.contains(p.role())) {
                    predictedPeople.add(p.id());
                }
            }
            people.add("people", split(row.get("people")), predictedPeople);
            provinces.add("provinces", split(row.get("provinces")), pageProvinces(a));
        }
        return List.of(
                EntityFigure.of("corpus people", people.micro()),
                EntityFigure.of("corpus provinces", provinces.micro()));
    }

    /** Provinces of the page's placed events, or when none is placed, of its places below province level. */
    static Set<String> pageProvinces(Annotations a) {
        Set<String> out = new LinkedHashSet<>();
        for (Event e : a.events()) {
            if (e.province() != null) {
                out.add(e.province());
            }
        }
        if (out.isEmpty()) {
            for (Place p : a.places()) {
                if (!p.kind().equals("province")) {
                    out.add(p.province());
                }
            }
        }
        return out;
    }

    private static Set<String> split(String value) {
        Set<String> out = new LinkedHashSet<>();
        if (value != null) {
            for (String v : value.split(",")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }
}
