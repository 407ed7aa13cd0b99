package org.rightsarchive.annotate.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    private static String onlyDate(String text, LocalDate published) {
        List<DateMention> found = DateFinder.findResolved(text, published);
        assertEquals(1, found.size(), () -> "dates in '" + text + "': " + found);
        return found.get(0).iso();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "He was detained on March 17, 2002.|2002-03-17",
                "He was detained on 17 March 2002.|2002-03-17",
                "He was detained on Mar. 17, 2002.|2002-03-17",
                "He was detained on March 17th, 2002.|2002-03-17",
                "He was detained in March 2002.|2002-03",
                "He was detained in 2002.|2002",
                "He was detained 2002-03-17.|2002-03-17",
                "他于2002年3月17日被拘留。|2002-03-17",
                "他于2002年3月被拘留。|2002-03",
                "他于2002年被拘留。|2002",
                "他于二〇〇二年三月十七日被拘留。|2002-03-17",
                "他于２００２年３月１７日被拘留。|2002-03-17",
                "According to RFA (27 May 15), he was held.|2015-05-27"
            })
    void readsEnglishAndChineseFormats(String text, String iso) {
        assertEquals(iso, onlyDate(text, null));
    }

    @Test
    void yearlessDateTakesTheYearOfTheParagraph() {
        List<DateMention> d =
                DateFinder.findResolved("Yao was detained on March 17, 2002. On March 20, three more.", null);
        assertEquals(
                List.of("2002-03-17", "2002-03-20"),
                d.stream().map(DateMention::iso).toList());
        assertTrue(d.get(0).yearWritten());
        assertFalse(d.get(1).yearWritten());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police detained him on May 2, 2015. The court tried him on October 14 and December 16, 2016."
                        + "|2015-05-02,2016-10-14,2016-12-16",
                "Detained on May 2, 2015, he was tried on October 14, November 3, and December 16, 2016."
                        + "|2015-05-02,2016-10-14,2016-11-03,2016-12-16",
                "Detained on May 2, 2015, he was tried on October 28 and on June 18, 2016, sentenced."
                        + "|2015-05-02,2015-10-28,2016-06-18"
            })
    void aYearlessDateListedBeforeADatedOneTakesItsYear(String text, String isos) {
        assertEquals(
                List.of(isos.split(",")),
                DateFinder.findResolved(text, null).stream()
                        .map(DateMention::iso)
                        .toList());
    }

    @ParameterizedTest(name = "{0} published {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police detained Xu on July 16, 2013. At his trial on January 22, he refused to speak.|2014-01-26"
                        + "|2013-07-16,2014-01-22",
                // the next year's day would come after the publication
                "Police detained Xu on July 16, 2013. At his trial on January 22, he refused to speak.|2013-12-01"
                        + "|2013-07-16,2013-01-22",
                "He was released on March 3, 2010. He had been detained on January 5.|2011-06-01|2010-03-03,2010-01-05",
                "Wang was held in August 2015, soon after the July 9 crackdown began.|2020-04-06|2015-08,2015-07-09",
                "至2021年11月初，家属收到通知书，显示两人于10月27日被批准逮捕。|2022-04-11|2021-11,2021-10-27",
                "Police detained Xu on July 16, 2013. On August 2, he was moved.|2014-01-26|2013-07-16,2013-08-02",
            })
    void aYearlessDateEarlierInTheYearThanTheOneToldBeforeItFallsInTheNextYear(
            String text, LocalDate published, String isos) {
        assertEquals(
                List.of(isos.split(",")),
                DateFinder.findResolved(text, published).stream()
                        .map(DateMention::iso)
                        .toList());
    }

    @Test
    void aYearOnItsOwnYieldsToThePublicationDate() {
        String text = "The factory went bankrupt in 2001. On March 11 and 12, workers protested.";
        List<DateMention> d = DateFinder.findResolved(text, LocalDate.of(2002, 3, 19));
        assertEquals(
                List.of("2001", "2002-03-11"), d.stream().map(DateMention::iso).toList());
    }

    @Test
    void aYearOnItsOwnStillDatesAPageWithoutAPublicationDate() {
        String text = "The factory went bankrupt in 2001. On March 11 and 12, workers protested.";
        List<DateMention> d = DateFinder.findResolved(text, null);
        assertEquals(
                List.of("2001", "2001-03-11"), d.stream().map(DateMention::iso).toList());
    }

    @ParameterizedTest(name = "{0} published {1}")
    @CsvSource({
        "On March 4 he was arrested.,2003-02-17,2002-03-04",
        "On March 4 he was arrested.,2003-05-01,2003-03-04",
        "3月18日，更多人聚集。,2002-03-19,2002-03-18",
        "3月18日，更多人聚集。,2002-03-17,2001-03-18"
    })
    void yearlessDateWithoutContextIsTheLatestNotAfterPublication(String text, LocalDate published, String iso) {
        assertEquals(iso, onlyDate(text, published));
    }

    @Test
    void yearlessDateWithoutAnyContextHasNoYear() {
        DateMention d =
                DateFinder.findResolved("On March 20 they marched.", null).get(0);
        assertEquals(null, d.iso());
        assertEquals(3, d.month());
        assertEquals(20, d.day());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "He was held for 20 days.",
                "Call 0086 24 86892112.",
                "February 30, 2002 is no day.",
                "The case number is 2002/45."
            })
    void ignoresWhatIsNoDate(String text) {
        assertTrue(DateFinder.find(text).stream().noneMatch(DateMention::isComplete), () -> DateFinder.find(text)
                .toString());
    }

    @Test
    void keepsOffsets() {
        String text = "Detained on March 17, 2002, he was held.";
        DateMention d = DateFinder.find(text).get(0);
        assertEquals("March 17, 2002", text.substring(d.start(), d.end()));
    }

    @ParameterizedTest
    @CsvSource({"十七,17", "十,10", "二十,20", "三,3", "2002,2002", "二〇〇二,2002"})
    void readsChineseNumerals(String written, int value) {
        assertEquals(value, DateFinder.num(written));
    }
}
