package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Event;

class PersonTimelineTest {
    private static final PersonProfile.Source DETAINED_EN = source("a", "2002-03-19", "en");
    private static final PersonProfile.Source DETAINED_ZH = source("b", "2002-03-19", "zh-Hant");
    private static final PersonProfile.Source SENTENCED = source("c", "2003-05-12", "en");

    private static PersonProfile.Source source(String id, String date, String language) {
        return new PersonProfile.Source(id, "title " + id, "corpus:" + id + ".html", date, language);
    }

    private static Event detention(String date, String place) {
        return new Event(
                "detention",
                date,
                null,
                place,
                place == null ? null : "Liaoning",
                List.of("yao-fuxin"),
                "Yao Fuxin was detained.");
    }

    private static List<String> sourceIds(PersonTimeline.Row row) {
        return row.sources().stream().map(PersonProfile.Source::id).toList();
    }

    @Test
    void pagesReportingTheSameEventShareOneRow() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_ZH);
        assertEquals(1, timeline.rows().size());
        assertEquals(List.of("a", "b"), sourceIds(timeline.rows().get(0)));
    }

    @Test
    void aPageThatNamesNoPlaceJoinsTheRowOfOneThatDoes() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", null), SENTENCED);
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.add(detention("2002-03-17", null), DETAINED_ZH);
        List<PersonTimeline.Row> rows = timeline.rows();
        assertEquals(1, rows.size());
        assertEquals("Liaoyang", rows.get(0).event().place());
        assertEquals(List.of("c", "a", "b"), sourceIds(rows.get(0)));
    }

    @Test
    void pagesThatDisagreeOnThePlaceKeepARowEach() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.add(detention("2002-03-17", "Tieling"), SENTENCED);
        assertEquals(
                List.of("Liaoyang", "Tieling"),
                timeline.rows().stream().map(r -> r.event().place()).toList());
    }

    @Test
    void aPageIsListedOnceForOneRow() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.add(detention("2002-03-17", null), DETAINED_EN);
        assertEquals(List.of("a"), sourceIds(timeline.rows().get(0)));
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2002-03,2002-03-17", "2002-03-17,2002-03", "2002,2002-03-17", "2002,2002-03"})
    void aLessPreciseDateJoinsTheOneRowDatedWithinIt(String first, String second) {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention(first, "Liaoyang"), DETAINED_EN);
        timeline.add(detention(second, null), SENTENCED);
        List<PersonTimeline.Row> rows = timeline.rows();
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(
                first.length() > second.length() ? first : second,
                rows.get(0).event().date());
        assertEquals(java.util.Set.of("a", "c"), java.util.Set.copyOf(sourceIds(rows.get(0))));
    }

    @Test
    void aLessPreciseDateStaysApartWhenTwoRowsFallWithinIt() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.add(detention("2002-03-20", "Liaoyang"), DETAINED_ZH);
        timeline.add(detention("2002-03", null), SENTENCED);
        assertEquals(3, timeline.rows().size());
    }

    @Test
    void aLessPreciseDateOfAnotherPlaceStaysApart() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.add(detention("2002-03", "Tieling"), SENTENCED);
        assertEquals(2, timeline.rows().size());
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"2002-03-17,2002-03-20", "2003-03,2002-03-17", "2002-04,2002-03"})
    void differentDatesAreDifferentRows(String first, String second) {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention(first, "Liaoyang"), DETAINED_EN);
        timeline.add(detention(second, "Liaoyang"), SENTENCED);
        assertEquals(2, timeline.rows().size());
    }

    private static Event undatedDetention(String place, String evidence) {
        return new Event(
                "detention", null, null, place, place == null ? null : "Liaoning", List.of("yao-fuxin"), evidence);
    }

    @Test
    void anUndatedEventJoinsTheOneDatedRowOfItsType() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(undatedDetention("Liaoyang", "He was injured at the time of his detention."), SENTENCED);
        timeline.add(detention("2002-03-17", null), DETAINED_EN);
        List<PersonTimeline.Row> rows = timeline.rows();
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("2002-03-17", rows.get(0).event().date());
        assertEquals("Liaoyang", rows.get(0).event().place());
        assertEquals(List.of("a", "c"), sourceIds(rows.get(0)));
        assertEquals(rows, timeline.rows(), "asking twice gives the same rows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police detained him again after his release.|",
                "他此后多次被拘留。|",
                "He was detained in Tieling.|Tieling",
            })
    void anUndatedEventOfAnotherTimeOrPlaceKeepsItsRow(String evidence, String place) {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.add(undatedDetention(place, evidence), SENTENCED);
        assertEquals(
                java.util.Arrays.asList("2002-03-17", null),
                timeline.rows().stream().map(r -> r.event().date()).toList());
    }

    @Test
    void rowsRunOldestFirstWithUndatedOnesLast() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention(null, null), SENTENCED);
        timeline.add(detention("2003-05-09", null), SENTENCED);
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        assertEquals(
                java.util.Arrays.asList("2002-03-17", "2003-05-09", null),
                timeline.rows().stream().map(r -> r.event().date()).toList());
    }

    @Test
    void rowNamesItsPlaceInChineseWhereTheGazetteerKnowsIt() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        assertEquals("辽阳", timeline.json().get(0).get("placeZh"));
    }

    @Test
    void rowNamesAFacilityInChineseAsAPageNamesIt() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Tieling Detention Center"), DETAINED_EN);
        assertEquals(null, timeline.json().get(0).get("placeZh"), "no page names it in Chinese yet");
        timeline.namesPlace("Tieling Detention Center", "铁岭市看守所");
        timeline.namesPlace("Tieling Detention Center", "铁岭看守所");
        assertEquals("铁岭市看守所", timeline.json().get(0).get("placeZh"));
    }

    @Test
    void aDivisionKeepsTheGazetteersShortName() {
        PersonTimeline timeline = new PersonTimeline();
        timeline.add(detention("2002-03-17", "Liaoyang"), DETAINED_EN);
        timeline.namesPlace("Liaoyang", "辽阳市");
        assertEquals("辽阳", timeline.json().get(0).get("placeZh"));
    }
}
