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
 * Turns a page and its entities into the named features of {@link LinearTopicModel}: words and word pairs of
 * alphabetic text, character pairs of Chinese text (folded to Simplified), entity facts (province, ethnic name,
 * year, event types) with their counts, and the rule tagger's weights ({@code rule=<topic>}). Features are kept by
 * name, not hashed, so a trained model can be stored, read and explained feature by feature.
 */
final class TopicFeatures {
    /** Prefix of the rule-weight features, whose value is the rule weight (capped at 3) over 3. */
    static final String RULE = "rule=";

    private TopicFeatures() {}

    /** Feature counts of the page's text and entities (not yet scaled), by feature name. */
    static Map<String, Float> counts(ExtractedPage page, List<Person> people, List<Place> places, List<Event> events) {
        Map<String, Float> counts = new HashMap<>();
        for (Paragraph p : page.paragraphs()) {
            text(CueText.fold(p.text()), counts);
        }
        for (Place place : places) {
            add(counts, "province=" + place.province());
        }
        for (Event e : events) {
            add(counts, "event=" + e.type());
            if (e.province() != null) {
                add(counts, "province=" + e.province());
            }
            if (e.date() != null) {
                String year = e.date().substring(0, 4);
                add(counts, "year=" + year);
                add(counts, "decade=" + year.substring(0, 3));
                if (e.date().length() >= 7) {
                    add(counts, "month=" + e.date().substring(0, 7));
                }
            }
        }
        for (Person p : people) {
            if (EthnicNames.looksUyghur(p.name(), p.nameZh())) {
                add(counts, "name=uyghur");
            }
            if (EthnicNames.looksTibetan(p.name())) {
                add(counts, "name=tibetan");
            }
            add(counts, "role=" + p.role());
        }
        return counts;
    }

    /** The rule tagger's weights as features, each in [0, 1]. */
    static Map<String, Float> rules(Map<String, Double> ruleWeights) {
        Map<String, Float> out = new HashMap<>();
        ruleWeights.forEach((id, w) -> out.put(RULE + id, (float) Math.min(w, 3.0) / 3f));
        return out;
    }

    private static void text(String folded, Map<String, Float> counts) {
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
                add(counts, "w=" + word);
                if (previous != null) {
                    add(counts, "b=" + previous + ' ' + word);
                }
                previous = word;
            } else if (ChineseScript.isHan(c)) {
                if (i + 1 < n && ChineseScript.isHan(folded.charAt(i + 1))) {
                    add(counts, "h=" + folded.substring(i, i + 2));
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

    private static void add(Map<String, Float> counts, String feature) {
        counts.merge(feature, 1f, Float::sum);
    }
}
