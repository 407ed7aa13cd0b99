package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;

class EventExportTest {
    private static final Person YAO =
            new Person("yao-fuxin", "Yao Fuxin", "姚福信", null, null, "detainee", null, List.of("Yao Fuxin"));
    private static final Person XIAO =
            new Person("xiao-yunliang", "Xiao Yunliang", null, null, null, "detainee", null, List.of("Xiao Yunliang"));

    /** A page of three events: two detentions in Liaoning, a year apart in telling, and a sentencing in 2003. */
    private static final SearchResult.Hit PAGE = new SearchResult.Hit(
            "d1",
            "Liaoyang labor activists",
            "https://example.org/liaoyang",
            "2003-05-12",
            "en",
            "",
            1f,
            List.of(),
            List.of(YAO, XIAO),
            List.of(),
            List.of(
                    new Event(
                            "detention",
                            "2002-03-17",
                            null,
                            "Liaoyang",
                            "Liaoning",
                            List.of("yao-fuxin"),
                            "Yao was detained on March 17, 2002."),
                    new Event("detention", "2002", null, null, null, List.of("xiao-yunliang"), "Xiao was held."),
                    new Event(
                            "sentencing",
                            "2003-05-09",
                            null,
                            "Liaoyang Intermediate People's Court",
                            "Liaoning",
                            List.of("yao-fuxin", "xiao-yunliang"),
                            "=the court sentenced them")));

    private static List<String> exported(SearchRequest request) throws Exception {
        StringWriter out = new StringWriter();
        ExportWriter writer = ExportWriter.of(ExportWriter.Format.EVENTS, out, null, null, request);
        writer.write(PAGE);
        return Arrays.stream(out.toString().split("\r\n"))
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\",\"")[5] + " " + line.split("\",\"")[6])
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no filter|detention 2002-03-17, detention 2002, sentencing 2003-05-09",
                "event=detention|detention 2002-03-17, detention 2002",
                "province=Liaoning|detention 2002-03-17, sentencing 2003-05-09",
                "person=xiao-yunliang|detention 2002, sentencing 2003-05-09",
                "from=2002-03-01|detention 2002-03-17, detention 2002, sentencing 2003-05-09",
                "to=2002-03-16|detention 2002",
                "from=2003-01-01|sentencing 2003-05-09",
                "event=detention&province=Liaoning&to=2002-12-31|detention 2002-03-17",
            })
    void listsTheEventsThePagesFiltersSelect(String filters, String expected) throws Exception {
        assertEquals(Arrays.asList(expected.split(", ")), exported(request(filters)));
    }

    private static SearchRequest request(String filters) {
        SearchRequest r = SearchRequest.of("");
        if (filters.equals("no filter")) {
            return r;
        }
        LocalDate from = null;
        LocalDate to = null;
        Map<String, List<String>> dims = new java.util.LinkedHashMap<>();
        for (String pair : filters.split("&")) {
            String[] kv = pair.split("=");
            switch (kv[0]) {
                case "from" -> from = LocalDate.parse(kv[1]);
                case "to" -> to = LocalDate.parse(kv[1]);
                default -> dims.put(kv[0], List.of(kv[1]));
            }
        }
        return r.withFilters(dims).withEventDates(from, to);
    }
}
