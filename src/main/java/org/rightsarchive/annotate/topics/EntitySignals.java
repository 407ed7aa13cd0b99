package org.rightsarchive.annotate.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;

/**
 * Evidence for topics from the people, places and events found on a page: a Uyghur name and a place in Xinjiang
 * point to Uyghurs, a Tibetan name or a place in Tibet to Tibet, a date of June 1989 to June Fourth, a disappearance
 * to Enforced Disappearance. Each signal carries a weight in the same units as cue weights.
 */
final class EntitySignals {
    /** One piece of entity evidence for a topic. */
    record Signal(String topic, double weight, String evidence) {}

    private static final Set<String> TIBETAN_AREAS = Set.of("Tibet", "Qinghai", "Sichuan", "Gansu", "Yunnan");

    private EntitySignals() {}

    static List<Signal> of(List<Person> people, List<Place> places, List<Event> events) {
        List<Signal> out = new ArrayList<>();
        Set<String> provinces = new java.util.HashSet<>();
        for (Place p : places) {
            provinces.add(p.province());
        }
        for (Event e : events) {
            if (e.province() != null) {
                provinces.add(e.province());
            }
        }
        boolean xinjiang = provinces.contains("Xinjiang");
        boolean tibetanArea = provinces.stream().anyMatch(TIBETAN_AREAS::contains);
        if (xinjiang) {
            out.add(new Signal("uyghurs-uighurs", 0.5, "place in Xinjiang"));
            out.add(new Signal("ethnic-minorities", 0.3, "place in Xinjiang"));
        }
        if (provinces.contains("Tibet")) {
            out.add(new Signal("tibet", 0.8, "place in Tibet"));
            out.add(new Signal("ethnic-minorities", 0.3, "place in Tibet"));
        }
        if (provinces.contains("Inner Mongolia")) {
            out.add(new Signal("ethnic-minorities", 0.3, "place in Inner Mongolia"));
        }
        boolean uyghurName = false;
        boolean tibetanName = false;
        for (Person p : people) {
            if (p.role().equals("official")) {
                continue;
            }
            if (!uyghurName && EthnicNames.looksUyghur(p.name(), p.nameZh())) {
                uyghurName = true;
                out.add(new Signal("uyghurs-uighurs", xinjiang ? 0.7 : 0.4, "Uyghur name " + p.name()));
                out.add(new Signal("ethnic-minorities", 0.4, "Uyghur name " + p.name()));
            }
            if (!tibetanName && EthnicNames.looksTibetan(p.name())) {
                tibetanName = true;
                out.add(new Signal("tibet", tibetanArea ? 0.7 : 0.4, "Tibetan name " + p.name()));
                out.add(new Signal("ethnic-minorities", 0.4, "Tibetan name " + p.name()));
            }
        }
        boolean juneFourth = false;
        boolean seen1989 = false;
        for (Event e : events) {
            String date = e.date();
            if (date != null && !juneFourth && (date.startsWith("1989-06") || date.startsWith("1989-05"))) {
                juneFourth = true;
                out.add(new Signal("june-fourth", date.startsWith("1989-06-0") ? 1.0 : 0.7, e.type() + " " + date));
            } else if (date != null && !seen1989 && date.startsWith("1989")) {
                seen1989 = true;
                out.add(new Signal("june-fourth", 0.3, e.type() + " " + date));
            }
            switch (e.type()) {
                case "disappearance" -> out.add(new Signal("enforced-disappearance", 0.5, eventEvidence(e)));
                case "house-arrest" -> out.add(new Signal("house-arrest", 0.6, eventEvidence(e)));
                case "death-in-custody" -> out.add(new Signal("political-prisoner", 0.3, eventEvidence(e)));
                case "protest" -> out.add(new Signal("protests-and-petitions", 0.3, eventEvidence(e)));
                default -> {}
            }
        }
        return out;
    }

    private static String eventEvidence(Event e) {
        return e.type() + (e.date() == null ? "" : " " + e.date());
    }
}
