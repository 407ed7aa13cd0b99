package org.rightsarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.lang.Language;

/**
 * A reproducible synthetic archive of alert pages in English, Simplified and Traditional Chinese, with the site chrome
 * of the bundled corpus (navigation, "Explore Topics" sidebar, related alerts, footer).
 *
 * <p>Page {@code i} is a pure function of the seed and {@code i}: the same seed gives the same bytes, any page can be
 * regenerated alone, and an archive of any size is streamed without being held in memory. People recur across pages
 * (a skewed draw from a population of {@link #POPULATION} persons), as they do in a real archive, so a name query
 * finds several alerts.
 */
public final class SyntheticArchive {
    /** Number of distinct people the subjects of alerts are drawn from. */
    public static final int POPULATION = 50_000;

    private static final LocalDate FIRST_EVENT = LocalDate.of(1989, 1, 1);
    private static final int EVENT_DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_EVENT.toEpochDay());
    private static final List<String> EVENT_TYPES = List.of(
            "detention",
            "arrest",
            "trial",
            "sentencing",
            "release",
            "disappearance",
            "protest",
            "hunger-strike",
            "house-arrest");
    private static final List<AlertCase.Charge> CHARGES = List.of(
            new AlertCase.Charge("picking quarrels and provoking trouble", "寻衅滋事"),
            new AlertCase.Charge("inciting subversion of state power", "煽动颠覆国家政权"),
            new AlertCase.Charge("subversion of state power", "颠覆国家政权"),
            new AlertCase.Charge("gathering a crowd to disturb public order", "聚众扰乱社会秩序"),
            new AlertCase.Charge("illegal business activity", "非法经营"),
            new AlertCase.Charge("obstructing official business", "妨害公务"),
            new AlertCase.Charge("inciting separatism", "煽动分裂国家"),
            new AlertCase.Charge("illegally providing state secrets abroad", "为境外非法提供国家秘密"));

    private final long seed;
    private final WordLists words;
    private final AlertPageRenderer renderer;
    private final double[] surnameWeights;

    /** An archive drawn from the standard word lists. */
    public SyntheticArchive(long seed) {
        this(seed, WordLists.standard());
    }

    public SyntheticArchive(long seed, WordLists words) {
        this.seed = seed;
        this.words = words;
        this.renderer = new AlertPageRenderer(words, this::draw);
        this.surnameWeights = cumulativeZipf(words.surnames().size());
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The word lists drawn from. */
    public WordLists words() {
        return words;
    }

    /** The facts of page {@code index}. */
    public AlertCase draw(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("page index must be >= 0: " + index);
        }
        SplittableRandom r = random(0x5EED_0001L, index);
        double l = r.nextDouble();
        Language language =
                l < 0.55 ? Language.ENGLISH : l < 0.85 ? Language.CHINESE_SIMPLIFIED : Language.CHINESE_TRADITIONAL;
        String type = EVENT_TYPES.get(r.nextInt(EVENT_TYPES.size()));
        // Squaring skews the draw: a few people have many alerts, most have one or two.
        double u = r.nextDouble();
        Persona subject = person((long) (u * u * POPULATION));
        Persona relative = person(POPULATION + r.nextLong(POPULATION * 4L));
        Persona lawyer = person(POPULATION * 5L + r.nextInt(2_000));
        Persona official = person(POPULATION * 6L + r.nextInt(500));
        WordLists.PlaceEntry place = words.places().get(placeOf(subject, r));
        LocalDate event = FIRST_EVENT.plusDays(r.nextInt(EVENT_DAYS));
        LocalDate published = event.plusDays(1 + r.nextInt(20));
        Set<WordLists.TopicEntry> topics = new LinkedHashSet<>();
        int wanted = 2 + r.nextInt(3);
        while (topics.size() < wanted) {
            double t = r.nextDouble();
            topics.add(words.topics().get((int) (t * t * words.topics().size())));
        }
        AlertCase.Charge charge = CHARGES.get(r.nextInt(CHARGES.size()));
        int years = 1 + r.nextInt(14);
        String url = urlOf(language, published, index);
        return new AlertCase(
                index,
                language,
                url,
                type,
                subject,
                relative,
                lawyer,
                official,
                place,
                charge,
                event,
                published,
                years,
                new ArrayList<>(topics));
    }

    /** Person {@code k} of the population: the same person on every page that names them. */
    public Persona person(long k) {
        SplittableRandom r = random(0x9E50_0002L, k);
        WordLists.Syllable surname = words.surnames().get(weighted(surnameWeights, r.nextDouble()));
        List<WordLists.Syllable> chars = words.givenNameCharacters();
        WordLists.Syllable first = chars.get(r.nextInt(chars.size()));
        StringBuilder hanzi = new StringBuilder(surname.hanzi()).append(first.hanzi());
        StringBuilder given = new StringBuilder(first.pinyin());
        if (r.nextInt(10) < 7) {
            WordLists.Syllable second = chars.get(r.nextInt(chars.size()));
            hanzi.append(second.hanzi());
            // Pinyin marks a syllable boundary before a vowel with an apostrophe: Xi'an, Ping'an.
            given.append("aeo".indexOf(second.pinyin().charAt(0)) >= 0 ? "'" : "")
                    .append(second.pinyin());
        }
        return new Persona(
                capitalize(surname.pinyin().replace(" ", "")),
                capitalize(given.toString()),
                hanzi.toString(),
                r.nextBoolean(),
                18 + r.nextInt(63));
    }

    /** The capture of page {@code index}, as a crawler would have stored it. */
    public Capture capture(long index) {
        AlertCase alert = draw(index);
        byte[] body = renderer.render(alert).getBytes(StandardCharsets.UTF_8);
        return new Capture(
                alert.url(),
                alert.published().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                200,
                "text/html; charset=utf-8",
                body,
                "synthetic:" + seed + "/" + index);
    }

    /** Pages {@code from} to {@code from + count - 1}, generated one at a time as the stream is consumed. */
    public Stream<Capture> captures(long from, long count) {
        return LongStream.range(from, from + count).mapToObj(this::capture);
    }

    /**
     * Writes pages {@code 0..count-1} under {@code dir} as {@code <lang>/<thousands>/<index>.html} (at most a
     * thousand files per folder), the layout {@link org.rightsarchive.acquire.CorpusReader} reads.
     *
     * @return bytes written
     */
    public long writeTo(Path dir, long count) throws IOException {
        long bytes = 0;
        for (long i = 0; i < count; i++) {
            Capture c = capture(i);
            Path file = dir.resolve(relativePath(draw(i).language(), i));
            Files.createDirectories(file.getParent());
            Files.write(file, c.body());
            bytes += c.body().length;
        }
        return bytes;
    }

    static String relativePath(Language language, long index) {
        return "%s/%06d/%09d.html".formatted(language.tag().toLowerCase(Locale.ROOT), index / 1000, index);
    }

    private int placeOf(Persona subject, SplittableRandom r) {
        // Most alerts about a person are set where they live; some where they were taken.
        int home = Math.floorMod(
                subject.hanzi().hashCode() * 31 + subject.age(), words.places().size());
        return r.nextInt(4) == 0 ? r.nextInt(words.places().size()) : home;
    }

    private static String urlOf(Language language, LocalDate published, long index) {
        String host = language == Language.ENGLISH ? "alerts.example.org" : "zh.alerts.example.org";
        return "https://%s/%s/%d/%02d/alert-%d.html"
                .formatted(
                        host,
                        language.tag().toLowerCase(Locale.ROOT),
                        published.getYear(),
                        published.getMonthValue(),
                        index);
    }

    private SplittableRandom random(long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ stream) + index));
    }

    /** The finalizer of SplitMix64: spreads nearby seeds and indexes over unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] cumulativeZipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, 0.9);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int weighted(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
