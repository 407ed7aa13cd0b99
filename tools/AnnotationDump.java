import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.bench.SyntheticArchive;
import org.rightsarchive.eval.CeccPeopleGold;
import org.rightsarchive.eval.Csv;
import org.rightsarchive.eval.LabelledPage;
import org.rightsarchive.eval.PublisherTagTopics;
import org.rightsarchive.eval.SharedData;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

/**
 * Writes what extraction and annotation make of many pages, one JSON line per page, and prints the file's SHA-256:
 * run it on two builds (e.g. main and a branch that should change nothing) and compare. Pages: the bundled corpus,
 * the ../shared HTML site, Markdown posts and CECC summaries when ../shared is there, and synthetic alert pages.
 * Run with the project's classes (after {@code ./archive build}):
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' tools/AnnotationDump.java OUT.jsonl [SYNTHETIC_PAGES, default 1000]
 * </pre>
 *
 * From a clone elsewhere, point at the shared data with {@code ARCHIVE_SHARED=/work/shared}.
 */
public final class AnnotationDump {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        PageExtractor extractor = new PageExtractor();
        AnnotationPipeline pipeline = StandardAnnotators.create();
        int pages = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Optional<Path> site = SharedData.resolve("data/corpora/xueqin-jianbing-html/published_html");
            Path corpus = Path.of("corpus/pages");
            for (Path dir : site.isPresent() ? List.of(corpus, site.get()) : List.of(corpus)) {
                Path root = dir.toAbsolutePath().normalize();
                CorpusReader reader = new CorpusReader(root);
                for (Path file : reader.htmlFiles()) {
                    write(w, root.relativize(file).toString(), extractor.extract(reader.read(file)), pipeline);
                    pages++;
                }
            }
            Optional<Path> hkcnews = SharedData.resolve("data/corpora/hkcnews-hr-zht/articles");
            Optional<Path> jasic = SharedData.resolve("data/corpora/jasic-bilingual");
            List<LabelledPage> posts = new java.util.ArrayList<>();
            if (hkcnews.isPresent()) {
                posts.addAll(PublisherTagTopics.hkcnews(hkcnews.get(), e -> Annotations.EMPTY));
            }
            if (jasic.isPresent()) {
                posts.addAll(PublisherTagTopics.jasic(jasic.get(), e -> Annotations.EMPTY));
            }
            for (LabelledPage p : posts) {
                write(w, p.id(), p.page(), pipeline);
                pages++;
            }
            Optional<Path> cecc = SharedData.resolve("data/cecc-ppd/cecc-ppd-dev.csv");
            List<Map<String, String>> records = cecc.isPresent() ? Csv.readRecords(cecc.get()) : List.of();
            for (Map<String, String> r : records) {
                String summary = CeccPeopleGold.summaryText(r);
                List<Paragraph> text = List.of(new Paragraph(summary, Language.ENGLISH));
                ExtractedPage p = new ExtractedPage(
                        "cecc:" + r.get("CECC_record_number"), "", Language.ENGLISH, null, text, List.of(), Map.of());
                write(w, p.url(), p, pipeline);
                pages++;
            }
            SyntheticArchive archive = new SyntheticArchive(42);
            for (int i = 0; i < synthetic; i++) {
                write(w, "synthetic:" + i, extractor.extract(archive.capture(i)), pipeline);
                pages++;
            }
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out));
        System.out.println(pages + " pages, sha256 " + HexFormat.of().formatHex(digest) + " " + out);
    }

    private static void write(BufferedWriter w, String key, ExtractedPage page, AnnotationPipeline pipeline)
            throws Exception {
        Annotations a = pipeline.annotate(page);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("key", key);
        line.put("title", page.title());
        line.put("language", page.language().tag());
        line.put("published", String.valueOf(page.published()));
        line.put("paragraphs", page.paragraphs().stream().map(p -> p.language().tag() + "|" + p.text()).toList());
        line.put("links", page.links());
        line.put("translations", new TreeMap<>(page.translations()));
        line.put("annotations", a);
        w.write(JSON.writeValueAsString(line));
        w.newLine();
    }
}
