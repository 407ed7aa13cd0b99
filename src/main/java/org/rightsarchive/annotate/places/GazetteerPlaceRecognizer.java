package org.rightsarchive.annotate.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.ChineseScript;

/**
 * Finds the places of a page with the {@link PlaceScanner}, resolves names shared by several provinces through the
 * provinces the page names unambiguously, and returns each place once, in order of first mention. Thread-safe.
 */
public final class GazetteerPlaceRecognizer implements Recognizers.PlaceRecognizer {
    private final PlaceScanner scanner;

    public GazetteerPlaceRecognizer(PlaceScanner scanner) {
        this.scanner = scanner;
    }

    /** The recognizer over the bundled gazetteer. */
    public static GazetteerPlaceRecognizer standard() {
        return new GazetteerPlaceRecognizer(PlaceScanner.standard());
    }

    @Override
    public List<Place> recognize(ExtractedPage page) {
        List<List<PlaceMention>> byParagraph = new ArrayList<>();
        List<PlaceMention> mentions = new ArrayList<>();
        for (Paragraph p : page.paragraphs()) {
            List<PlaceMention> found = scanner.scan(p.text());
            byParagraph.add(found);
            mentions.addAll(found);
        }
        Set<String> provinces = unambiguousProvinces(mentions);
        Map<String, Place> places = new LinkedHashMap<>();
        for (List<PlaceMention> paragraph : byParagraph) {
            for (PlaceMention m : paragraph) {
                add(places, m, resolve(m, namedProvinces(paragraph, m), provinces), provinces);
            }
        }
        return List.copyOf(places.values());
    }

    private static void add(Map<String, Place> places, PlaceMention m, Place place, Set<String> provinces) {
        places.putIfAbsent(place.kind() + "|" + place.name(), place);
        if (m.facility() != null) { // the facility's city is named too
            Place city = resolve(
                    new PlaceMention(m.start(), m.end(), m.surface(), m.candidates(), null),
                    Set.of(place.province()),
                    provinces);
            places.putIfAbsent(city.kind() + "|" + city.name(), city);
        }
    }

    /**
     * Provinces named outright (as provinces) by the other mentions of a text. A municipality is one too: "Beijing"
     * is the province and its city, both Beijing ("Chaoyang district, Beijing municipality" is Beijing's Chaoyang).
     */
    public static Set<String> namedProvinces(List<PlaceMention> mentions, PlaceMention except) {
        Set<String> out = new LinkedHashSet<>();
        for (PlaceMention m : mentions) {
            Gazetteer.Division first = m.candidates().get(0);
            if (m != except
                    && first.level() == Gazetteer.PROVINCE
                    && m.candidates().stream().allMatch(c -> c.province().equals(first.province()))) {
                out.add(first.province());
            }
        }
        return out;
    }

    /** Provinces named by mentions that mean one province only. */
    public static Set<String> unambiguousProvinces(List<PlaceMention> mentions) {
        Set<String> provinces = new LinkedHashSet<>();
        for (PlaceMention m : mentions) {
            String first = m.candidates().get(0).province();
            if (m.candidates().stream().allMatch(d -> d.province().equals(first))) {
                provinces.add(first);
            }
        }
        return provinces;
    }

    /**
     * The place a mention means when its name is shared: the division in a province the same text names outright
     * ("Hainan (Tsolho) TAP, Qinghai province" is the prefecture of Qinghai, not Hainan province), else one of the
     * same level in a province the page names, else the most general.
     */
    public static Place resolve(PlaceMention m, Set<String> localProvinces, Set<String> pageProvinces) {
        Gazetteer.Division d = m.candidates().get(0);
        boolean decided = false;
        if (!localProvinces.contains(d.province())) {
            for (Gazetteer.Division c : m.candidates()) {
                if (localProvinces.contains(c.province())) {
                    d = c;
                    decided = true;
                    break;
                }
            }
        }
        if (!decided) {
            for (Gazetteer.Division c : m.candidates()) {
                if (c.level() == d.level() && pageProvinces.contains(c.province())) {
                    d = c;
                    break;
                }
            }
        }
        if (m.facility() == null) {
            return d.toPlace();
        }
        String prefecture = d.level() == Gazetteer.PROVINCE ? null : d.prefecture();
        if (ChineseScript.hanCount(m.facility()) == 0) {
            String zh = Facilities.chineseName(d, m.facility()).orElse(null);
            return new Place(m.facility(), zh, d.province(), d.provinceZh(), prefecture, "facility");
        }
        String zh = ChineseScript.toSimplified(m.facility());
        return new Place(Facilities.englishName(d, zh), zh, d.province(), d.provinceZh(), prefecture, "facility");
    }
}
