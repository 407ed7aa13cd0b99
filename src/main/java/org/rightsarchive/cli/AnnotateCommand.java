package org.rightsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archive annotate FILE}: shows what the pipeline extracts from one page. */
@Command(
        name = "annotate",
        mixinStandardHelpOptions = true,
        description = "Print what the pipeline extracts from one HTML page.")
public final class AnnotateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "an HTML file")
    Path file;

    @Option(names = "--json", description = "print the output contract as JSON")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        Capture capture = new Capture(
                file.toAbsolutePath().toUri().toString(),
                Instant.now(),
                200,
                null,
                Files.readAllBytes(file),
                file.toString());
        ExtractedPage page = new PageExtractor().extract(capture);
        Annotations a = StandardAnnotators.create().annotate(page);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(contract(page, a)));
        } else {
            printText(out, page, a);
        }
        out.flush();
        return 0;
    }

    /** The {@code annotate --json} output contract; other code relies on these keys. */
    static Map<String, Object> contract(ExtractedPage page, Annotations a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", page.url());
        out.put("title", page.title());
        out.put("language", page.language().tag());
        out.put("published", page.published() == null ? null : page.published().toString());
        out.put("people", a.people());
        out.put("places", a.places());
        out.put("events", a.events());
        out.put("topics", a.topics());
        out.put("text", page.text());
        return out;
    }

    private static void printText(PrintWriter out, ExtractedPage page, Annotations a) {
        out.println("title:     " + page.title());
        out.println("language:  " + page.language().tag());
        out.println("published: " + (page.published() == null ? "-" : page.published()));
        out.println("text:      " + page.paragraphs().size() + " paragraphs, "
                + page.text().length() + " chars");
        for (Person p : a.people()) {
            out.printf(
                    "person:    %s  %s %s  role=%s%s%n",
                    p.id(),
                    p.name(),
                    p.nameZh() == null ? "" : p.nameZh(),
                    p.role(),
                    p.age() == null ? "" : " age=" + p.age());
        }
        for (Place p : a.places()) {
            out.printf(
                    "place:     %s %s  (%s, %s)%n",
                    p.name(), p.nameZh() == null ? "" : p.nameZh(), p.kind(), p.province());
        }
        for (Event e : a.events()) {
            out.printf(
                    "event:     %s %s %s %s%n",
                    e.type(), e.date() == null ? "?" : e.date(), e.place() == null ? "" : e.place(), e.people());
        }
        for (TopicTag t : a.topics()) {
            out.printf("topic:     %s (%.2f) %s%n", t.id(), t.score(), t.evidence());
        }
    }
}
