package org.rightsarchive.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Event;

class OtherTimeClauseTest {
    /** Type, date and province of each event of the type about the person, in order: "2020-02-15 -". */
    private static List<String> datedProvinces(String type, String person, String paragraph) {
        return SentenceEventRecognizerTest.events(LocalDate.of(2023, 4, 10), paragraph).stream()
                .filter(e -> e.type().equals(type) && e.people().contains(person))
                .map(e -> e.date() + " " + (e.province() == null ? "-" : e.province()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ding Jiaxi was detained on December 26, 2019, and Xu Zhiyong on February 15, 2020, after both attended"
                        + " an informal gathering of activists in Xiamen in December 2019.|xu-zhiyong|2020-02-15 -",
                "丁家喜於2019年12月26日被帶走，許志永則於2020年2月15日被拘，兩人此前都參加了2019年12月在廈門舉行的一次公民聚會。" + "|xu-zhiyong|2020-02-15 -",
                // the gathering was earlier in the month of the detention
                "Ding Jiaxi was detained on December 26, 2019, after he attended a gathering in Xiamen in December"
                        + " 2019.|ding-jiaxi|2019-12-26 -",
                "Police detained Xu Zhiyong in Guangzhou on February 15, 2020, after he had hidden in Xiamen since"
                        + " December 2019.|xu-zhiyong|2020-02-15 Guangdong",
            })
    void placeOfAClauseOfAnotherDateIsNotTheEvents(String paragraph, String person, String expected) {
        assertEquals(List.of(expected), datedProvinces("detention", person, paragraph));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // undated: people are often held where they acted
                "Authorities detained Li Wei after he gathered with other rights advocates in Beijing on May 29 to"
                        + " commemorate the 1989 Tiananmen protests.|li-wei|null Beijing",
                // the clause's own date: the gathering and the detention may be one scene
                "Li Wei was detained on May 29, 2012, after he gathered with other advocates in Beijing on May 29,"
                        + " 2012.|li-wei|2012-05-29 Beijing",
                // a phrase, not a clause with a subject of its own
                "Officials took Chen Enjuan into custody on September 29, 2006, and held her until October 11, when"
                        + " they transferred her to a tourist facility near Shanghai.|chen-enjuan|2006-09-29 Shanghai",
                // the next step of the same story, in Chinese without a word of another time
                "王宇于2015年7月9日被带走，2016年1月其家人在天津收到通知。|wang-yu|2015-07-09 Tianjin",
            })
    void placeOfTheSameTimeOrOfAnUndatedEventStays(String paragraph, String person, String expected) {
        assertEquals(List.of(expected), datedProvinces("detention", person, paragraph));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Officials released Rinzang later in 2006 but detained him again in July 2009.|release|2006",
                "Officials released Rinzang later in 2006 but detained him again in July 2009.|detention|2009-07",
                "They released Rinzang in 2009 but detained him again in 2010.|detention|2010",
            })
    void anAdverbBeforeAVerbsDateKeepsItThatVerbs(String paragraph, String type, String date) {
        List<Event> found = SentenceEventRecognizerTest.events(LocalDate.of(2010, 6, 1), paragraph).stream()
                .filter(e -> e.type().equals(type))
                .toList();
        assertEquals(List.of(date), found.stream().map(Event::date).toList());
    }
}
