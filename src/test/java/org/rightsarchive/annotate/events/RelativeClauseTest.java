package org.rightsarchive.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Event;

class RelativeClauseTest {
    private static List<Event> eventsOf(String type, String paragraph) {
        return SentenceEventRecognizerTest.events(LocalDate.of(2010, 1, 1), paragraph).stream()
                .filter(e -> e.type().equals(type))
                .toList();
    }

    @Test
    void theClauseTellsOfThePersonItFollowsNotOfThoseWhoCallForTheirRelease() {
        List<Event> detentions = eventsOf(
                "detention",
                "Police in Liaoyang detained Pang Qingxiang on 20 March 2002. All three were taken after a march in which"
                        + " workers called for the release of their colleague Yao Fuxin, who was seized three days"
                        + " earlier.");
        assertEquals(
                List.of("2002-03-20", "2002-03-17"),
                detentions.stream().map(Event::date).toList());
        assertEquals(
                List.of(List.of("pang-qingxiang"), List.of("yao-fuxin")),
                detentions.stream().map(Event::people).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On December 18, 2009, officials tried Zhou Jianguo, as well as Ma Fei and Lin Zhengyuan, who had been"
                        + " detained on November 19.|ma-fei lin-zhengyuan|2009-11-19",
                "Zhang Zuhua is an associate of Yu Jie and Liu Xiaobo, who were also detained on December 13, 2004."
                        + "|yu-jie liu-xiaobo|2004-12-13",
                "Chen Xin met Xiao Shichang, who was detained on March 3, 2009.|xiao-shichang|2009-03-03",
            })
    void theClauseTellsOfTheNamesOfTheListItFollows(String paragraph, String people, String date) {
        Event e = eventsOf("detention", paragraph).get(0);
        assertEquals(Arrays.asList(people.split(" ")), e.people());
        assertEquals(date, e.date());
    }

    @Test
    void aPastPerfectClauseIsNotDatedByTheMainClause() {
        Event e = eventsOf(
                        "disappearance",
                        "Police detained Tashi Tobgyal on July 5, 2010, in Lhasa, where he had gone to seek information"
                                + " about Rinchen Dorje, who had disappeared.")
                .get(0);
        assertEquals(List.of("rinchen-dorje"), e.people());
        assertEquals(null, e.date());
    }
}
