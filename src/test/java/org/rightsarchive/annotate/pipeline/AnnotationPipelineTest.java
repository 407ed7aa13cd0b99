package org.rightsarchive.annotate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Event;
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

    @Test
    void aBareSurnameIsReadAgainWithTheRolesEventsGave() {
        // Liu Xiaobo is a detainee by events alone, his wife by her house arrest: "Liu" who died in custody is he
        Annotations a = StandardAnnotators.create()
                .annotate(TestPages.page(
                        LocalDate.of(2017, 7, 13),
                        "Liu Xiaobo, the writer and 2010 Nobel Peace Prize laureate, died on July 13, 2017. He had never"
                                + " been freed from the 11-year sentence imposed on him in December 2009.",
                        "Liu is the first Nobel Peace laureate to die in state custody since the German pacifist Carl"
                                + " von Ossietzky died under Nazi guard in 1938.",
                        "His wife, Liu Xia, has been held under house arrest in Beijing without charge since October"
                                + " 2010."));
        assertEquals(
                List.of(List.of("liu-xiaobo")),
                a.events().stream()
                        .filter(e -> e.type().equals("death-in-custody"))
                        .map(Event::people)
                        .toList());
    }
}
