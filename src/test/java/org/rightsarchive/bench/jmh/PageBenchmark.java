package org.rightsarchive.bench.jmh;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveDocument;
import org.rightsarchive.index.DocumentMapper;
import org.rightsarchive.lang.Language;

/**
 * The per-page stages of the indexing pipeline: extraction (jsoup parse, chrome removal, blocks, language),
 * annotation and topic tagging (whatever {@link StandardAnnotators} wires at the time), and mapping to a Lucene
 * document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class PageBenchmark {
    /** Page language. */
    @Param({"en", "zh-Hans", "zh-Hant"})
    public String language;

    private final PageExtractor extractor = new PageExtractor();
    private final DocumentMapper mapper = new DocumentMapper();
    private AnnotationPipeline annotator;
    private Capture capture;
    private ExtractedPage page;
    private Annotations annotations;

    @Setup(Level.Trial)
    public void setUp() {
        annotator = StandardAnnotators.create();
        capture = Pages.first(Language.fromTag(language));
        page = extractor.extract(capture);
        annotations = annotator.annotate(page);
    }

    @Benchmark
    public ExtractedPage extract() {
        return extractor.extract(capture);
    }

    @Benchmark
    public Annotations annotate() {
        return annotator.annotate(page);
    }

    @Benchmark
    public Document mapToLucene() throws IOException {
        return mapper.toLucene(new ArchiveDocument(
                ArchiveDocument.idFor(page.url()),
                capture.source(),
                capture.fetchedAt(),
                page,
                annotations,
                List.of()));
    }
}
