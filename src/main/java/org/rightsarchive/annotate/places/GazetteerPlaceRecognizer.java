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
    private static final Map<String, String> FACILITY_NAMES = new LinkedHashMap<>();

    static {
        FACILITY_NAMES.put("看守所", "Detention Center");
        FACILITY_NAMES.put("拘留所", "Detention Center");
        FACILITY_NAMES.put("留置所", "Detention Center");
        FACILITY_NAMES.put("收容所", "Detention Center");
        FACILITY_NAMES.put("中级人民法院", "Intermediate People's Court");
        FACILITY_NAMES.put("高级人民法院", "High People's Court");
        FACILITY_NAMES.put("人民法院", "People's Court");
        FACILITY_NAMES.put("法院", "Court");
        FACILITY_NAMES.put("监狱", "Prison");
        FACILITY_NAMES.put("派出所", "Police Station");
        FACILITY_NAMES.put("公安局", "Public Security Bureau");
        FACILITY_NAMES.put("检察院", "Procuratorate");
        FACILITY_NAMES.put("劳教所", "Reeducation Through Labor Center");
        FACILITY_NAMES.put("劳改农场", "Labor Camp");
        FACILITY_NAMES.put("精神病院", "Psychiatric Hospital");
    }

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
        List<PlaceMention> mentions = new ArrayList<>();
        for (Paragraph p : page.paragraphs()) {
            mentions.addAll(scanner.scan(p.text()));
        }
        Set<String> provinces = unambiguousProvinces(mentions);
        Map<String, Place> places = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            Place place = resolve(m, provinces);
            places.putIfAbsent(place.kind() + "|" + place.name(), place);
            if (m.facility() != null) { // the facility's city is named too
                Place city = resolve(new PlaceMention(m.start(), m.end(), m.surface(), m.candidates(), null), provinces);
                places.putIfAbsent(city.kind() + "|" + city.name(), city);
            }
        }
        return List.copyOf(places.values());
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

    /** The place a mention means, preferring a division in one of the given provinces when the name is ambiguous. */
    public static Place resolve(PlaceMention m, Set<String> contextProvinces) {
        Gazetteer.Division d = m.candidates().get(0);
        for (Gazetteer.Division c : m.candidates()) {
            if (c.level() == d.level() && contextProvinces.contains(c.province())) {
                d = c;
                break;
            }
        }
        if (m.facility() == null) {
            return d.toPlace();
        }
        String prefecture = d.level() == Gazetteer.PROVINCE ? null : d.prefecture();
        if (ChineseScript.hanCount(m.facility()) == 0) {
            return new Place(m.facility(), null, d.province(), d.provinceZh(), prefecture, "facility");
        }
        String zh = ChineseScript.toSimplified(m.facility());
        String english = d.name();
        for (Map.Entry<String, String> e : FACILITY_NAMES.entrySet()) {
            if (zh.endsWith(e.getKey())) {
                english = d.name() + " " + e.getValue();
                break;
            }
        }
        return new Place(english, zh, d.province(), d.provinceZh(), prefecture, "facility");
    }
}
