package org.rightsarchive.index.solr;

import java.util.List;
import java.util.Map;
import org.rightsarchive.index.solr.AnalysisChain.Component;

/**
 * The analysis chains of {@link org.rightsarchive.index.ArchiveAnalyzers} written as factory SPI names, for the
 * Solr schema. The Traditional to Simplified fold is a mapping char filter whose table the configset generates from
 * {@link org.rightsarchive.lang.ChineseScript}: one code point to one, exactly as the embedded index folds (ICU's
 * transform char filter is contextual and could fold differently), and offsets stay those of the original text.
 */
public final class SolrAnalysis {
    private SolrAnalysis() {}

    /** Configset file of the Traditional to Simplified character table. */
    public static final String FOLD_FILE = "mapping-traditional-simplified.txt";
    /** Configset file of the English stop words (Lucene's English set). */
    public static final String STOPWORDS_EN_FILE = "lang/stopwords_en.txt";
    /** Configset file of the Chinese stop words (smartcn's default set). */
    public static final String STOPWORDS_ZH_FILE = "lang/stopwords_zh.txt";
    /**
     * The stop words a plain word list cannot hold, since its comments start with {@code #}: smartcn's set has
     * {@code #} itself. Written in the snowball format, whose comments start with {@code |} instead.
     */
    public static final String STOPWORDS_ZH_HASH_FILE = "lang/stopwords_zh_snowball.txt";

    private static final Component FOLD = new Component("mapping", Map.of("mapping", FOLD_FILE));

    static final AnalysisChain ENGLISH = new AnalysisChain(
            List.of(FOLD),
            Component.of("standard"),
            List.of(
                    Component.of("englishPossessive"),
                    Component.of("lowercase"),
                    Component.of("asciiFolding"),
                    new Component("stop", Map.of("words", STOPWORDS_EN_FILE)),
                    Component.of("porterStem")));

    static final AnalysisChain CHINESE_WORDS = new AnalysisChain(
            List.of(FOLD),
            Component.of("hmmChinese"),
            List.of(
                    Component.of("lowercase"),
                    new Component("stop", Map.of("words", STOPWORDS_ZH_FILE)),
                    new Component("stop", Map.of("words", STOPWORDS_ZH_HASH_FILE, "format", "snowball")),
                    Component.of("porterStem")));

    static final AnalysisChain CHINESE_BIGRAMS = new AnalysisChain(
            List.of(FOLD),
            Component.of("standard"),
            List.of(
                    Component.of("cjkWidth"),
                    Component.of("lowercase"),
                    Component.of("asciiFolding"),
                    Component.of("cjkBigram")));
}
