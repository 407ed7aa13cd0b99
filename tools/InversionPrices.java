import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.bench.SyntheticArchive;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveDocument;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.DocumentMapper;
import org.rightsarchive.index.Schema;
import org.rightsarchive.lang.ChineseScript;

/**
 * What each analysis of the schema costs to invert: the Lucene documents of the synthetic archive's first pages,
 * built once, indexed on one thread with some text fields left out, against bare Lucene (StandardAnalyzer over the
 * raw HTML) on the same pages, in alternating rounds. Prints the median thread CPU time a page of each; BENCHMARKS.md
 * ("The price of each analysis") turns them into ceilings. Run with the project's classes (after {@code ./archive
 * build}):
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp 'target/classes:target/lib/*' tools/InversionPrices.java [PAGES, default 3000] [ROUNDS, default 5]
 * </pre>
 */
public final class InversionPrices {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Set<String> WORDS = Set.of(Schema.TITLE_ZH, Schema.BODY_ZH);
    private static final Set<String> BIGRAMS = Set.of(Schema.TITLE_CJK, Schema.BODY_CJK);

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PageExtractor extractor = new PageExtractor();
        AnnotationPipeline annotator = StandardAnnotators.create();
        DocumentMapper mapper = new DocumentMapper();
        SyntheticArchive archive = new SyntheticArchive(42);
        // Warm the extractor, annotators and mapper on other pages of the archive, as bench index does.
        for (int i = 0; i < 1500; i++) {
            Capture capture = archive.capture(500_000 + i);
            document(capture, extractor.extract(capture), annotator, mapper);
        }
        List<Capture> captures = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Boolean> han = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            Capture capture = archive.capture(i);
            captures.add(capture);
            ExtractedPage page = extractor.extract(capture);
            documents.add(document(capture, page, annotator, mapper));
            han.add(ChineseScript.hanCount(page.text()) > 0);
        }
        // Each variant says whether a field of a page is kept, given whether the page has a Han character.
        Map<String, BiPredicate<IndexableField, Boolean>> variants = new LinkedHashMap<>();
        variants.put("the schema", (f, h) -> true);
        variants.put("no bigrams on pages without Han", (f, h) -> h || !BIGRAMS.contains(f.name()));
        variants.put("no bigram fields", (f, h) -> !BIGRAMS.contains(f.name()));
        variants.put("no smartcn word fields", (f, h) -> !WORDS.contains(f.name()));
        variants.put("English fields alone", (f, h) -> !WORDS.contains(f.name()) && !BIGRAMS.contains(f.name()));
        Map<String, double[]> micros = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, BiPredicate<IndexableField, Boolean>> variant : variants.entrySet()) {
                List<Document> kept = new ArrayList<>(pages);
                for (int i = 0; i < pages; i++) {
                    Document d = new Document();
                    for (IndexableField field : documents.get(i)) {
                        if (variant.getValue().test(field, han.get(i))) {
                            d.add(field);
                        }
                    }
                    kept.add(d);
                }
                try (Directory dir = new ByteBuffersDirectory();
                        IndexWriter writer = ArchiveIndexer.openWriter(dir, IndexWriterConfig.OpenMode.CREATE)) {
                    long start = CPU.getCurrentThreadCpuTime();
                    for (Document d : kept) {
                        writer.addDocument(d);
                    }
                    record(micros, variant.getKey(), rounds, round, CPU.getCurrentThreadCpuTime() - start, pages);
                }
            }
            IndexWriterConfig bare = new IndexWriterConfig(new StandardAnalyzer());
            bare.setRAMBufferSizeMB(64);
            try (Directory dir = new ByteBuffersDirectory();
                    IndexWriter writer = new IndexWriter(dir, bare)) {
                long start = CPU.getCurrentThreadCpuTime();
                for (Capture capture : captures) {
                    Document d = new Document();
                    d.add(new TextField("body", new String(capture.body(), StandardCharsets.UTF_8), Field.Store.NO));
                    writer.addDocument(d);
                }
                record(micros, "bare Lucene, raw HTML", rounds, round, CPU.getCurrentThreadCpuTime() - start, pages);
            }
        }
        for (Map.Entry<String, double[]> e : micros.entrySet()) {
            double[] sorted = e.getValue().clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%-34s median %5.0f us a page  rounds %s%n",
                    e.getKey(),
                    sorted[sorted.length / 2],
                    Arrays.toString(
                            Arrays.stream(e.getValue()).mapToLong(Math::round).toArray()));
        }
    }

    private static Document document(
            Capture capture, ExtractedPage page, AnnotationPipeline annotator, DocumentMapper mapper)
            throws Exception {
        return mapper.toLucene(new ArchiveDocument(
                ArchiveDocument.idFor(page.url()),
                capture.source(),
                capture.fetchedAt(),
                page,
                annotator.annotate(page),
                List.of()));
    }

    private static void record(Map<String, double[]> micros, String name, int rounds, int round, long nanos, int pages) {
        micros.computeIfAbsent(name, k -> new double[rounds])[round] = nanos / 1e3 / pages;
    }
}
