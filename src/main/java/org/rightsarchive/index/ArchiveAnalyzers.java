package org.rightsarchive.index;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the archive's text fields. Every analyzer folds Traditional to Simplified before tokenizing, at
 * index and query time alike, so 遼寧 finds 辽宁, and 師 finds 师 too.
 */
public final class ArchiveAnalyzers {
    /**
     * Positions left between two values of one field (two names of a page): a phrase never matches across them, so
     * the names Wang Jian and Kong Lingbao do not make the page match "Jian Kong". Solr's text types use the same.
     */
    public static final int POSITION_GAP = 100;

    private ArchiveAnalyzers() {}

    /** A text analyzer whose phrases stay within one value of a multi-valued field. */
    private abstract static class TextAnalyzer extends Analyzer {
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return POSITION_GAP;
        }
    }

    /**
     * English: standard tokens, possessives dropped, lowercased, accents and tone marks folded, stopwords, Porter.
     * Han characters come out one by one, folded to Simplified: the only field where a single character of a
     * Chinese page is a term (the bigrams pair it; smartcn may make it part of a word).
     */
    public static Analyzer english() {
        return new TextAnalyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new TraditionalToSimplifiedCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** Chinese words: Traditional folded to Simplified, then smartcn's HMM word segmentation. */
    public static Analyzer chineseWords() {
        return new TextAnalyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new TraditionalToSimplifiedCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new HMMChineseTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /**
     * Chinese bigrams: Traditional folded to Simplified, then overlapping character pairs. Finds names and places
     * smartcn does not know (it splits 姚福信 into single characters).
     */
    public static Analyzer chineseBigrams() {
        return new TextAnalyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new TraditionalToSimplifiedCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new CJKBigramFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The analyzer for every field of the schema; keyword fields are not analyzed. */
    public static Analyzer perField() {
        Analyzer english = english();
        Analyzer words = chineseWords();
        Analyzer bigrams = chineseBigrams();
        return new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        Schema.TITLE_EN, english,
                        Schema.BODY_EN, english,
                        Schema.TITLE_ZH, words,
                        Schema.BODY_ZH, words,
                        Schema.TITLE_CJK, bigrams,
                        Schema.BODY_CJK, bigrams,
                        Schema.NAMES_EN, english,
                        Schema.NAMES_CJK, bigrams));
    }
}
