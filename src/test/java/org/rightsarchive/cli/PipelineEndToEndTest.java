package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.search.DictionaryQueryExpander;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;

/**
 * The whole pipeline on the bundled corpus, as {@code ./archive index} runs it: real extraction, real recognizers and
 * tagger, real index; then searches in English, Simplified and Traditional Chinese, checked against the corpus's gold
 * labels.
 */
class PipelineEndToEndTest {
    private static final Path CORPUS = Path.of("corpus").toAbsolutePath();

    @TempDir
    static Path tmp;

    static LuceneSearchBackend backend;

    @BeforeAll
    static void indexTheCorpus() throws IOException {
        Path index = tmp.resolve("index");
        var result = IndexCommand.run(CORPUS, index, 2, false);
        assertTrue(
                result.summary().failed().isEmpty(), result.summary().failed().toString());
        backend = LuceneSearchBackend.open(
                new IndexStore(index), DictionaryQueryExpander.standard(), LuceneSearchBackend.DEFAULT_TIMEOUT);
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
    }

    /** Corpus paths whose gold row lists the value in the given column (4 topics, 5 people, 6 provinces). */
    private static Set<String> goldPages(int column, String value) throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("gold/pages.tsv"), StandardCharsets.UTF_8);
        Set<String> out = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (Arrays.asList(c[column - 1].split(",")).contains(value)) {
                out.add(c[0]);
            }
        }
        return out;
    }

    private static List<String> ranked(String query) throws IOException {
        SearchRequest all = SearchRequest.of(query).withPage(1, SearchRequest.MAX_SIZE);
        SearchResult result = backend.search(all);
        List<String> paths = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            paths.add(hit.url().replaceFirst("^corpus:", ""));
        }
        return paths;
    }

    @ParameterizedTest
    @CsvSource({"Yao Fuxin", "姚福信", "姚福信", "YAO Fu-xin"})
    void everySpellingOfYaoFuxinFindsEveryPageAboutHimInEveryLanguage(String query) throws IOException {
        List<String> hits = ranked(query);
        Set<String> missing = new TreeSet<>(goldPages(5, "yao-fuxin"));
        missing.removeAll(hits);
        assertEquals(Set.of(), missing, query + " -> " + hits);
        assertTrue(hits.subList(0, 3).stream().allMatch(p -> goldPages5().contains(p)), query + " -> " + hits);
    }

    private static Set<String> goldPages5() {
        try {
            return goldPages(5, "yao-fuxin");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void traditionalPlaceNameFindsPagesWrittenInSimplified() throws IOException {
        List<String> hits = ranked("遼寧");
        assertTrue(
                hits.contains("pages/zh-hans/2002-03-liaoyang-worker-representatives-detained.html"), hits.toString());
        assertTrue(hits.contains("pages/zh-hans/2003-01-liaoyang-trial.html"), hits.toString());
    }

    @Test
    void provinceInEitherScriptReachesTheSameDocuments() throws IOException {
        Set<String> english = new TreeSet<>(ranked("Liaoning"));
        Set<String> simplified = new TreeSet<>(ranked("辽宁"));
        Set<String> traditional = new TreeSet<>(ranked("遼寧"));
        assertEquals(english, simplified);
        assertEquals(simplified, traditional);
        assertTrue(english.containsAll(goldPages(6, "Liaoning")), english.toString());
    }

    @ParameterizedTest
    @CsvSource({"labor rights", "Labor Rights", "劳工权利", "勞工權利"})
    void topicInEitherLanguageReachesEveryPageTaggedWithIt(String query) throws IOException {
        SearchRequest tagged = SearchRequest.of("")
                .withFilters(java.util.Map.of("topic", List.of("labor-rights")))
                .withPage(1, SearchRequest.MAX_SIZE);
        Set<String> taggedPages = new TreeSet<>();
        backend.search(tagged).hits().forEach(h -> taggedPages.add(h.url().replaceFirst("^corpus:", "")));
        assertTrue(taggedPages.size() >= 10, taggedPages.toString());
        Set<String> missing = new TreeSet<>(taggedPages);
        missing.removeAll(ranked(query));
        assertEquals(Set.of(), missing, query);
    }

    @Test
    void sidebarTopicsDoNotReachTheTagger() throws IOException {
        // Every page's sidebar lists "Book Review" and "Cultural Revolution"; no page is about either.
        for (String topic : List.of("book-review", "cultural-revolution")) {
            SearchRequest request = SearchRequest.of("").withFilters(java.util.Map.of("topic", List.of(topic)));
            assertEquals(0, backend.search(request).total(), topic);
        }
    }

    @Test
    void labelsOfHitsAreTheExtractedTitles() throws IOException {
        SearchResult result = backend.search(SearchRequest.of("\"Yao Fuxin\""));
        String titles = result.hits().stream().map(SearchResult.Hit::title).collect(Collectors.joining(" | "));
        assertTrue(titles.contains("Yao Fuxin"), titles);
        assertTrue(result.hits().stream().noneMatch(h -> h.title().contains("China Rights Alerts")), titles);
    }
}
