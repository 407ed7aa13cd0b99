package org.rightsarchive.annotate.topics;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every cue of every topic in a text in one pass (an Aho-Corasick automaton over the folded cues, built once).
 * English cues match whole words, or word starts when they end in {@code *}; Chinese cues match anywhere. Thread-safe
 * after construction.
 */
public final class CueMatcher {
    /** One cue of one topic. */
    record Cue(int topic, String term, double weight, boolean prefix, boolean explicit) {}

    /**
     * A cue found in a text: offsets into the text given to {@link #find(String)}; {@code explicit} when it is one of
     * the topic's cues rather than one of its labels or aliases.
     */
    public record Hit(int topic, String term, double weight, boolean explicit, int start, int end) {}

    private final AhoCorasickDoubleArrayTrie<List<Cue>> trie = new AhoCorasickDoubleArrayTrie<>();

    /** Builds the matcher over the cues (and, where the topic allows, the labels and aliases) of a taxonomy. */
    public CueMatcher(Taxonomy taxonomy) {
        TreeMap<String, List<Cue>> keys = new TreeMap<>();
        List<Topic> topics = taxonomy.all();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            Map<String, Cue> cues = new TreeMap<>();
            if (t.labelsAreCues()) {
                for (String name : t.names()) {
                    cues.putIfAbsent(CueText.fold(name.strip()), new Cue(i, name.strip(), 1.0, false, false));
                }
            }
            for (Map.Entry<String, Double> e : t.cues().entrySet()) {
                String term = e.getKey().strip();
                boolean prefix = term.endsWith("*");
                String key = CueText.fold(prefix ? term.substring(0, term.length() - 1) : term);
                cues.put(prefix ? key + "*" : key, new Cue(i, term, e.getValue(), prefix, true));
            }
            for (Map.Entry<String, Cue> e : cues.entrySet()) {
                String key = e.getValue().prefix()
                        ? e.getKey().substring(0, e.getKey().length() - 1)
                        : e.getKey();
                if (!key.isBlank()) {
                    keys.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getValue());
                }
            }
        }
        trie.build(keys);
    }

    /** Every cue occurrence in the text, in order of end offset. */
    public List<Hit> find(String text) {
        String folded = CueText.fold(text);
        List<Hit> hits = new ArrayList<>();
        trie.parseText(folded, (begin, end, cues) -> {
            boolean startsWord = begin == 0
                    || !CueText.isWordChar(folded.charAt(begin))
                    || !CueText.isWordChar(folded.charAt(begin - 1));
            boolean endsWord = end == folded.length()
                    || !CueText.isWordChar(folded.charAt(end - 1))
                    || !CueText.isWordChar(folded.charAt(end));
            if (!startsWord) {
                return;
            }
            for (Cue cue : cues) {
                if (endsWord || cue.prefix()) {
                    hits.add(new Hit(cue.topic(), cue.term(), cue.weight(), cue.explicit(), begin, end));
                }
            }
        });
        return hits;
    }
}
