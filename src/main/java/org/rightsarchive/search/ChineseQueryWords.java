package org.rightsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.rightsarchive.index.ArchiveAnalyzers;

/**
 * The words of a query term written in Chinese without spaces, for searching them apart: {@code 姚福信辽阳} is
 * {@code 姚福信} and {@code 辽阳}. smartcn segments the term; what it cannot segment, a name it does not know, comes
 * out as single characters, so a run of them stays one word, and a lone character (a surname before a given name
 * that is also a word, as 王 in 王建国) joins the word after it (or before it, at the end). Particles between
 * words (的, 与) are left out.
 */
final class ChineseQueryWords {
    private static final Analyzer WORDS = ArchiveAnalyzers.chineseWords();
    // Particles and conjunctions smartcn leaves as single characters: they join words, they are not part of a name.
    private static final String PARTICLES = "的了与和及";

    private ChineseQueryWords() {}

    /** The words of {@code term}, as substrings of it; one word (or none) when there is nothing to split. */
    static List<String> split(String term) {
        if (!ArchiveQueryParser.chineseScript(term) || term.length() < 3) {
            return List.of(term);
        }
        List<int[]> tokens = tokens(term);
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            if (length(tokens.get(i)) == 1) {
                while (j + 1 < tokens.size()
                        && length(tokens.get(j + 1)) == 1
                        && adjacent(tokens.get(j), tokens.get(j + 1))) {
                    j++;
                }
                if (j == i) {
                    if (i + 1 < tokens.size() && adjacent(tokens.get(i), tokens.get(i + 1))) {
                        j = i + 1;
                    } else if (!words.isEmpty() && adjacent(words.getLast(), tokens.get(i))) {
                        words.getLast()[1] = tokens.get(i)[1];
                        i++;
                        continue;
                    }
                }
            }
            words.add(new int[] {tokens.get(i)[0], tokens.get(j)[1]});
            i = j + 1;
        }
        return words.stream().map(w -> term.substring(w[0], w[1])).toList();
    }

    private static List<int[]> tokens(String term) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("", term)) {
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offsets.startOffset();
                int end = offsets.endOffset();
                if (end - start != 1 || PARTICLES.indexOf(term.charAt(start)) < 0) {
                    out.add(new int[] {start, end});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting a query in memory", e);
        }
        return out;
    }

    private static int length(int[] span) {
        return span[1] - span[0];
    }

    private static boolean adjacent(int[] before, int[] after) {
        return before[1] == after[0];
    }
}
