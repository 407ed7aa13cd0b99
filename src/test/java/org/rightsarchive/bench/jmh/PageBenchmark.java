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
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.annotate.people.NamedPeopleRecognizer;
import org.rightsarchive.annotate.pipeline.AnnotationPipeline;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.annotate.topics.CombinedTopicTagger;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveDocument;
import org.rightsarchive.index.DocumentMapper;
import org.rightsarchive.lang.Language;

/**
 * The per-page stages of the indexing pipeline: extraction (jsoup parse, chrome removal, blocks, language),
 * annotation and topic tagging (whatever {@link StandardAnnotators} wires at the time), and mapping to a Lucene
 * document; and, alone, the dearest annotator (people) and the topic tagger.
 *
 * <p>Each call takes the next of {@link #pages} distinct pages, in a cycle. One page measured over and over would
 * measure the annotators' memo of recent sentences ({@code annotate.text.RecentResults}) instead of the annotators:
 * every sentence would be a hit. With a cycle of a thousand pages the memo, which keeps 4,096 entries, only hits on
 * the sentences the archive itself repeats, as in {@code bench index}.
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

    /** Number of distinct pages cycled through. */
    @Param({"1000"})
    public int pages;

    private final PageExtractor extractor = new PageExtractor();
    private final DocumentMapper mapper = new DocumentMapper();
    private final Recognizers.PeopleRecognizer people = NamedPeopleRecognizer.standard();
    private final Recognizers.TopicTagger topics = CombinedTopicTagger.standard();
    private AnnotationPipeline annotator;
    private List<Capture> captures;
    private List<ExtractedPage> extracted;
    private List<Annotations> annotations;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        annotator = StandardAnnotators.create();
        captures = Pages.first(Language.fromTag(language), pages);
        extracted = captures.stream().map(extractor::extract).toList();
        annotations = extracted.stream().map(annotator::annotate).toList();
    }

    private int nextPage() {
        int page = next;
        next = (next + 1) % pages;
        return page;
    }

    @Benchmark
    public ExtractedPage extract() {
        return extractor.extract(captures.get(nextPage()));
    }

    @Benchmark
    public Annotations annotate() {
        return annotator.annotate(extracted.get(nextPage()));
    }

    /** People alone: the dearest annotator (HanLP's segmentation, transliteration of names). */
    @Benchmark
    public List<Person> recognizePeople() {
        return people.recognize(extracted.get(nextPage()));
    }

    /** Topic tagging alone, on the page's own people, places and events. */
    @Benchmark
    public List<TopicTag> tagTopics() {
        int i = nextPage();
        Annotations found = annotations.get(i);
        return topics.tag(extracted.get(i), found.people(), found.places(), found.events());
    }

    @Benchmark
    public Document mapToLucene() throws IOException {
        int i = nextPage();
        Capture capture = captures.get(i);
        ExtractedPage page = extracted.get(i);
        return mapper.toLucene(new ArchiveDocument(
                ArchiveDocument.idFor(page.url()),
                capture.source(),
                capture.fetchedAt(),
                page,
                annotations.get(i),
                List.of()));
    }
}
