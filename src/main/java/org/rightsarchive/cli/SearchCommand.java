package org.rightsarchive.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rightsarchive.search.LuceneSearchBackend;
import org.rightsarchive.search.QuerySyntaxException;
import org.rightsarchive.search.SearchRequest;
import org.rightsarchive.search.SearchResult;
import org.rightsarchive.web.ApiJson;
import org.rightsarchive.web.ArchiveServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archive search QUERY}: ranked hits from the live index, as lines or as the API's JSON. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the index: English or Chinese (either script), phrases, AND/OR/NOT, person:/topic:/"
                + "province: prefixes.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "the query (quote it for the shell)")
    String query;

    @Option(names = "--json", description = "print the JSON of GET /api/search")
    boolean json;

    @Option(names = "--size", description = "hits to show (default: ${DEFAULT-VALUE})")
    int size = 10;

    @Option(names = "--page", description = "page of hits (default: ${DEFAULT-VALUE})")
    int page = 1;

    @Option(names = "--sort", description = "relevance, date (event date) or published (default: ${DEFAULT-VALUE})")
    String sort = "relevance";

    @Option(names = "--topic", split = ",", description = "topic ids (ORed)")
    List<String> topics = List.of();

    @Option(names = "--province", split = ",", description = "provinces (ORed)")
    List<String> provinces = List.of();

    @Option(names = "--city", split = ",", description = "cities (ORed)")
    List<String> cities = List.of();

    @Option(names = "--person", split = ",", description = "person ids (ORed)")
    List<String> people = List.of();

    @Option(names = "--event", split = ",", description = "event types (ORed)")
    List<String> events = List.of();

    @Option(names = "--lang", split = ",", description = "language tags (ORed)")
    List<String> languages = List.of();

    @Option(names = "--from", description = "earliest event date YYYY-MM-DD")
    String from;

    @Option(names = "--to", description = "latest event date YYYY-MM-DD")
    String to;

    @Option(names = "--index", description = "index directory (default: ${DEFAULT-VALUE})")
    Path index = ArchivePaths.index();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SearchRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        try (LuceneSearchBackend backend = ArchiveServices.openBackend(index)) {
            long start = System.nanoTime();
            SearchResult result;
            try {
                result = backend.search(request);
            } catch (QuerySyntaxException e) {
                throw new UserError("bad query: " + e.getMessage());
            }
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            if (json) {
                Map<String, Object> body =
                        ApiJson.searchResult(request, result, backend.generation(), tookMs, ArchiveServices.topics());
                out.println(ArchiveServer.jsonMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(body));
            } else {
                print(out, request, result);
            }
        }
        out.flush();
        return 0;
    }

    private SearchRequest request() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("topic", topics);
        filters.put("province", provinces);
        filters.put("city", cities);
        filters.put("person", people);
        filters.put("event", events);
        filters.put("lang", languages);
        try {
            return new SearchRequest(
                    query, filters, date("--from", from), date("--to", to), null, null, sortOf(sort), page, size);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static SearchRequest.Sort sortOf(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            case "published" -> SearchRequest.Sort.PUBLISHED;
            default -> throw new UserError("--sort must be relevance, date or published: '" + value + "'");
        };
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " must be a date YYYY-MM-DD: '" + value + "'");
        }
    }

    private static void print(PrintWriter out, SearchRequest request, SearchResult result) {
        out.printf(
                "%s%d hits%s%n",
                result.estimated() ? "about " : "",
                result.total(),
                result.partial() ? " (partial: the query ran out of time)" : "");
        int rank = (request.page() - 1) * request.size();
        for (SearchResult.Hit hit : result.hits()) {
            out.printf(
                    "%3d. %s%n     %s  %s  %s%n",
                    ++rank,
                    oneLine(hit.title()),
                    hit.url(),
                    hit.published() == null ? "-" : hit.published(),
                    hit.language());
        }
    }

    /** Page text may hold control characters; a terminal must not run them. */
    private static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
