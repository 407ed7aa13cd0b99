package org.rightsarchive.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveAnalyzers;
import org.rightsarchive.lang.Language;

/** Analysis of one page's main text by each of the archive's text analyzers. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class AnalysisBenchmark {
    /** Analyzer and page language. */
    @Param({"words:zh-Hans", "bigrams:zh-Hans", "words:zh-Hant", "bigrams:zh-Hant", "english:en"})
    public String analyzerAndLanguage;

    private Analyzer analyzer;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = analyzerAndLanguage.split(":");
        analyzer = switch (parts[0]) {
            case "words" -> ArchiveAnalyzers.chineseWords();
            case "bigrams" -> ArchiveAnalyzers.chineseBigrams();
            case "english" -> ArchiveAnalyzers.english();
            default -> throw new IllegalArgumentException("unknown analyzer " + parts[0]);
        };
        text = new PageExtractor()
                .extract(Pages.first(Language.fromTag(parts[1])))
                .text();
        if (text.isBlank()) {
            throw new IllegalStateException("fixture page has no main text");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        analyzer.close();
    }

    /** Returns the token count, so the work cannot be optimized away. */
    @Benchmark
    public int analyzeMainText() throws IOException {
        int tokens = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                tokens++;
            }
            ts.end();
        }
        return tokens;
    }
}
