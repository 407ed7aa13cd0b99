package org.rightsarchive.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.annotate.Annotations;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;

/** The bundled corpus as labelled pages: extracted main text, entities from a given stage, gold from pages.tsv. */
public final class CorpusTopics {
    /** Gold file under the corpus root. */
    public static final String GOLD = "gold/pages.tsv";

    private CorpusTopics() {}

    /**
     * Reads every page listed in the gold file.
     *
     * @param entities the people, places and events of a page (e.g. the standard pipeline without its topics)
     */
    public static List<LabelledPage> read(Path corpus, Function<ExtractedPage, Annotations> entities)
            throws IOException {
        corpus = corpus.toAbsolutePath().normalize();
        CorpusReader reader = new CorpusReader(corpus);
        PageExtractor extractor = new PageExtractor();
        List<String> lines = Files.readAllLines(corpus.resolve(GOLD), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int pathColumn = header.indexOf("path");
        int topicsColumn = header.indexOf("topics");
        if (pathColumn < 0 || topicsColumn < 0) {
            throw new IOException(corpus.resolve(GOLD) + " needs 'path' and 'topics' columns");
        }
        List<LabelledPage> pages = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String path = cells[pathColumn];
            ExtractedPage page = extractor.extract(reader.read(corpus.resolve(path)));
            Annotations found = entities.apply(page);
            Set<String> gold = new LinkedHashSet<>();
            for (String t : cells[topicsColumn].split(",")) {
                if (!t.isBlank()) {
                    gold.add(t.strip());
                }
            }
            pages.add(new LabelledPage(path, page, found.people(), found.places(), found.events(), gold));
        }
        return pages;
    }
}
