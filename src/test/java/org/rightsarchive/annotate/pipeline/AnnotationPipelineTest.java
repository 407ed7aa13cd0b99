package org.rightsarchive.annotate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.TestPages;

class AnnotationPipelineTest {
    private static String roleOf(String id, String... paragraphs) {
        Annotations a = StandardAnnotators.create().annotate(TestPages.page(LocalDate.of(2017, 7, 13), paragraphs));
        return a.people().stream()
                .filter(p -> p.id().equals(id))
                .map(Person::role)
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + a.people()));
    }

    @Test
    void someoneAnEventTellsWasSentencedIsADetainee() {
        // named only where nothing is done to him; the sentence is told of "him"
        assertEquals(
                "detainee",
                roleOf(
                        "liu-xiaobo",
                        "Liu Xiaobo, the writer and Nobel Peace Prize laureate, died on July 13, 2017, at a hospital in"
                                + " Shenyang. He had never been freed from the 11-year sentence imposed on him in"
                                + " December 2009."));
    }

    @Test
    void someoneNoEventNamesKeepsNoRole() {
        assertEquals(
                "other",
                roleOf("liu-xiaobo", "Liu Xiaobo, the writer and Nobel Peace Prize laureate, died on July 13, 2017."));
    }
}
