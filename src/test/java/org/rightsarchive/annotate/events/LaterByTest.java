package org.rightsarchive.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaterByTest {
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
            })
    void anEventALaterSpanAfterAnotherIsDatedBySpan(String paragraph, String type, String date) {
        assertEquals(
                Collections.singletonList(date),
                SentenceEventRecognizerTest.datesOf(type, LocalDate.of(2020, 1, 1), paragraph));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"三, 3", "十, 10", "十五, 15", "二十, 20", "二十五, 25", "两, 2", "17, 17", "几, -1"})
    void readsChineseCounts(String count, int value) {
        assertEquals(value, LaterBy.chineseCount(count));
    }
}
