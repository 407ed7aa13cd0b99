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
    record Cue(int topic, String term, double weight, boolean prefix) {}

    /** A cue found in a text: offsets into the text given to {@link #find(String)}. */
    public record Hit(int topic, String term, double weight, int start, int end) {}

    private final AhoCorasickDoubleArrayTrie<List<Cue>> trie = new AhoCorasickDoubleArrayTrie<>();

    /** Builds the matcher over the cues (and, where the topic allows, the labels and aliases) of a taxonomy. */
    public CueMatcher(Taxonomy taxonomy) {
        TreeMap<String, List<Cue>> keys = new TreeMap<>();
        List<Topic> topics = taxonomy.all();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            Map<String, Double> weights = new TreeMap<>();
            if (t.labelsAreCues()) {
                for (String name : t.names()) {
                    weights.put(name, 1.0);
                }
            }
            weights.putAll(t.cues());
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                String term = e.getKey().strip();
                boolean prefix = term.endsWith("*");
                String key = CueText.fold(prefix ? term.substring(0, term.length() - 1) : term);
                if (!key.isBlank()) {
                    keys.computeIfAbsent(key, k -> new ArrayList<>()).add(new Cue(i, term, e.getValue(), prefix));
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
                    hits.add(new Hit(cue.topic(), cue.term(), cue.weight(), begin, end));
                }
            }
        });
        return hits;
    }
}
