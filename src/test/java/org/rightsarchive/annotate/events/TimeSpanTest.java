package org.rightsarchive.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpanTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police took Wang Xin away on March 4, 2002, and released him about twenty days later.|release"
                        + "|2002-03-24",
                "王欣于2002年3月4日前后被带走，大约二十天后获释。|release|2002-03-24",
                "On June 3, 2015, police detained Wang Xin. Two weeks later, the court sentenced him.|sentencing"
                        + "|2015-06-17",
                "In May 2017 police detained Wang Xin. Around one month later authorities sentenced him to 5 years."
                        + "|sentencing|2017-06",
                "王欣1998年被判刑，服刑12年后出狱。|release|2010",
                "On June 3, 2015, police detained Wang Xin and released him a few days later.|release|",
                "Wang Xin was born on April 25, 1989. Officials took him into custody three days later.|detention|",
                "Officials released Wang Xin two years earlier than his term.|release|",
            })
    void anEventALaterSpanAfterAnotherIsDatedBySpan(String paragraph, String type, String date) {
        assertEquals(
                Collections.singletonList(date),
                SentenceEventRecognizerTest.datesOf(type, LocalDate.of(2020, 1, 1), paragraph));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On March 18, 2002, the day after Wang Xin disappeared, a crowd gathered.|disappearance|2002-03-17",
                "王欣失踪翌日，即2002年3月18日，更多人聚集在市政府门前。|disappearance|2002-03-17",
                "Officials released Wang Xin on June 22, 2014, three years after his detention.|detention|2011",
                "On December 11, 2018, two days after the detention of pastor Wang Xin, police raided the church."
                        + "|detention|2018-12-09",
                "Officials held Wang Xin until September 16, 2009, two days before the trial.|trial|2009-09-18",
                "Lawyers could not meet Wang Xin until more than 10 months after his detention on bail.|detention|",
                "On August 14, 2015, one year and nine months after detention, the court sentenced Wang Xin."
                        + "|detention|",
                "In early 2021 police had watched Wang Xin for more than half a year before detaining him.|detention|",
                "Officials released Wang Xin on July 17, 2009, three months before his scheduled release.|release"
                        + "|2009-07-17",
            })
    void anEventASpanIsCountedFromIsDatedBackFromTheMainClause(String paragraph, String type, String date) {
        assertEquals(
                Collections.singletonList(date),
                SentenceEventRecognizerTest.datesOf(type, LocalDate.of(2020, 1, 1), paragraph));
    }

    @Test
    void anEventASpanEarlierThanTheSceneIsDatedBackFromIt() {
        assertEquals(
                List.of("2002-03-20", "2002-03-17"),
                SentenceEventRecognizerTest.datesOf(
                        "detention",
                        LocalDate.of(2002, 3, 22),
                        "Police in Liaoyang detained Pang Qingxiang on 20 March 2002. Workers called for the release"
                                + " of their colleague Yao Fuxin, who was seized three days earlier."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"三, 3", "十, 10", "十五, 15", "二十, 20", "二十五, 25", "两, 2", "17, 17", "几, -1"})
    void readsChineseCounts(String count, int value) {
        assertEquals(value, TimeSpan.chineseCount(count));
    }
}
