package org.rightsarchive.annotate.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;

/**
 * Turns a page and its entities into the sparse features of {@link LinearTopicModel}: words and word pairs of
 * alphabetic text, character pairs of Chinese text (folded to Simplified), entity facts (province, ethnic name,
 * year, event types) and the rule tagger's weights, each hashed into a fixed number of dimensions.
 */
final class TopicFeatures {
    /** Number of hashed dimensions (a power of two). */
    static final int DIMENSIONS = 1 << 18;

    /** Sparse feature vector: dimension indices and values, L2-normalized. */
    record Vector(int[] index, float[] value) {}

    private TopicFeatures() {}

    static Vector of(
            ExtractedPage page,
            List<Person> people,
            List<Place> places,
            List<Event> events,
            Map<String, Double> ruleWeights) {
        Map<Integer, Float> counts = new HashMap<>();
        for (Paragraph p : page.paragraphs()) {
            text(CueText.fold(p.text()), counts);
        }
        for (Place place : places) {
            add(counts, "province=" + place.province(), 1);
        }
        for (Event e : events) {
            add(counts, "event=" + e.type(), 1);
            if (e.province() != null) {
                add(counts, "province=" + e.province(), 1);
            }
            if (e.date() != null) {
                String year = e.date().substring(0, 4);
                add(counts, "year=" + year, 1);
                add(counts, "decade=" + year.substring(0, 3), 1);
                if (e.date().length() >= 7) {
                    add(counts, "month=" + e.date().substring(0, 7), 1);
                }
            }
        }
        for (Person p : people) {
            if (EthnicNames.looksUyghur(p.name(), p.nameZh())) {
                add(counts, "name=uyghur", 1);
            }
            if (EthnicNames.looksTibetan(p.name())) {
                add(counts, "name=tibetan", 1);
            }
            add(counts, "role=" + p.role(), 1);
        }
        Vector textPart = normalize(counts);
        Map<Integer, Float> rules = new HashMap<>();
        ruleWeights.forEach((id, w) -> add(rules, "rule=" + id, (float) Math.min(w, 3.0) / 3f));
        return merge(textPart, rules);
    }

    private static void text(String folded, Map<Integer, Float> counts) {
        String previous = null;
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (CueText.isWordChar(c)) {
                int start = i;
                while (i < n && (CueText.isWordChar(folded.charAt(i)) || folded.charAt(i) == '\'')) {
                    i++;
                }
                String word = folded.substring(start, i);
                add(counts, "w=" + word, 1);
                if (previous != null) {
                    add(counts, "b=" + previous + ' ' + word, 1);
                }
                previous = word;
            } else if (ChineseScript.isHan(c)) {
                if (i + 1 < n && ChineseScript.isHan(folded.charAt(i + 1))) {
                    add(counts, "h=" + folded.substring(i, i + 2), 1);
                }
                previous = null;
                i++;
            } else {
                if (c != ' ' && c != '-') {
                    previous = null;
                }
                i++;
            }
        }
    }

    private static void add(Map<Integer, Float> counts, String feature, float value) {
        counts.merge(Math.floorMod(feature.hashCode() * 0x9E3779B1, DIMENSIONS), value, Float::sum);
    }

    private static Vector normalize(Map<Integer, Float> counts) {
        double norm = 0;
        for (float v : counts.values()) {
            double l = Math.log1p(v);
            norm += l * l;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        int[] index = new int[counts.size()];
        float[] value = new float[counts.size()];
        int k = 0;
        for (Map.Entry<Integer, Float> e : counts.entrySet()) {
            index[k] = e.getKey();
            value[k++] = (float) (Math.log1p(e.getValue()) * scale);
        }
        return new Vector(index, value);
    }

    private static Vector merge(Vector a, Map<Integer, Float> extra) {
        int[] index = java.util.Arrays.copyOf(a.index(), a.index().length + extra.size());
        float[] value = java.util.Arrays.copyOf(a.value(), a.value().length + extra.size());
        int k = a.index().length;
        for (Map.Entry<Integer, Float> e : extra.entrySet()) {
            index[k] = e.getKey();
            value[k++] = e.getValue();
        }
        return new Vector(index, value);
    }
}
