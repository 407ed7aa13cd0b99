package org.rightsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Reindexer;

/**
 * The bundled corpus indexed for search tests, once per test JVM. Until the recognizers land, annotations come from
 * the corpus's gold labels ({@code corpus/gold/pages.tsv}): topics, people (romanized names only, so Chinese queries
 * must match the text itself) and provinces; one event per page, its type read from the file name and dated to the
 * month of publication.
 */
public final class GoldCorpus {
    /** The project's corpus directory. */
    public static final Path CORPUS = Path.of("corpus").toAbsolutePath();

    private static final Pattern MONTH = Pattern.compile("/(\\d{4}-\\d{2})-");
    private static final Map<String, String> EVENT_WORDS = Map.of(
            "detained", "detention",
            "sentence", "sentencing",
            "released", "release",
            "disappeared", "disappearance",
            "protests", "protest",
            "trial", "trial",
            "house-arrest", "house-arrest",
            "dies-in-custody", "death-in-custody",
            "arrests", "arrest");

    private static Path root;

    private GoldCorpus() {}

    /** One gold row. */
    public record Row(
            String path,
            String language,
            String published,
            List<String> topics,
            List<String> people,
            List<String> provinces) {}

    /** The gold rows, by page path. */
    public static Map<String, Row> rows() {
        try {
            Map<String, Row> rows = new HashMap<>();
            List<String> lines = Files.readAllLines(CORPUS.resolve("gold/pages.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                rows.put(c[0], new Row(c[0], c[1], c[2], list(c[3]), list(c[4]), list(c[5])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String cell) {
        return cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    /** An annotation pipeline answering with the gold labels of each page. */
    public static AnnotationPipeline goldAnnotators() {
        Map<String, Row> rows = rows();
        return new AnnotationPipeline(
                page -> row(rows, page).people().stream()
                        .map(GoldCorpus::person)
                        .toList(),
                page -> row(rows, page).provinces().stream()
                        .map(p -> new Place(p, null, p, null, null, "province"))
                        .toList(),
                (page, people, places) -> events(page, people, places),
                (page, people, places, events) -> row(rows, page).topics().stream()
                        .map(t -> new TopicTag(t, t, null, 1.0, List.of()))
                        .toList());
    }

    private static Row row(Map<String, Row> rows, ExtractedPage page) {
        Row row = rows.get(page.url().replaceFirst("^corpus:", ""));
        return row == null ? new Row(page.url(), "und", "", List.of(), List.of(), List.of()) : row;
    }

    private static Person person(String id) {
        String name = Arrays.stream(id.split("-"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
        return new Person(id, name, null, null, null, "detainee", null, List.of(name));
    }

    private static List<Event> events(ExtractedPage page, List<Person> people, List<Place> places) {
        Matcher month = MONTH.matcher(page.url());
        if (!month.find()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        for (var word : EVENT_WORDS.entrySet()) {
            if (page.url().contains(word.getKey())) {
                out.add(new Event(
                        word.getValue(),
                        month.group(1),
                        null,
                        null,
                        places.isEmpty() ? null : places.get(0).province(),
                        people.stream().map(Person::id).toList(),
                        ""));
                break;
            }
        }
        return out;
    }

    /** Builds a fresh index of the corpus into {@code dir} (a new generation each call). */
    public static IndexStore build(Path dir) throws IOException {
        IndexStore store = new IndexStore(dir);
        Reindexer reindexer = new Reindexer(store, new ArchiveIndexer(new PageExtractor(), goldAnnotators(), 2));
        Reindexer.Result result = reindexer.full(new CorpusReader(CORPUS).readAll(), ArchiveIndexer.Progress.NONE);
        if (!result.summary().failed().isEmpty()) {
            throw new IllegalStateException(
                    "corpus did not index: " + result.summary().failed());
        }
        return store;
    }

    /** The shared index of the corpus, built on first use and deleted when the JVM exits. */
    public static synchronized IndexStore shared() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("gold-corpus-index");
            build(root);
            Path toDelete = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(toDelete), "delete-test-index"));
        }
        return new IndexStore(root);
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
