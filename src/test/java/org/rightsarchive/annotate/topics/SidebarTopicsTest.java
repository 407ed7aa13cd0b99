package org.rightsarchive.annotate.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.annotate.Recognizers;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

/** Every bundled page carries an "Explore Topics" sidebar listing many topics; none may leak into its tags. */
class SidebarTopicsTest {
    private static final Recognizers.TopicTagger TAGGER = CombinedTopicTagger.standard();
    private static final PageExtractor EXTRACTOR = new PageExtractor();
    private static List<Capture> captures;

    @BeforeAll
    static void readCorpus() throws IOException {
        captures = new CorpusReader(Path.of("corpus")).readAll();
    }

    private static List<String> sidebarTopics(Capture c) {
        Document doc = Jsoup.parse(new String(c.body(), StandardCharsets.UTF_8));
        return doc.select("ul.topic-list a[href^=/topics/]").eachAttr("href").stream()
                .map(h -> h.substring("/topics/".length()))
                .toList();
    }

    private static List<TopicTag> tag(ExtractedPage page) {
        return TAGGER.tag(page, List.of(), List.of(), List.of());
    }

    @Test
    void everyPageHasAnExploreTopicsSidebarListingManyTopics() {
        assertEquals(55, captures.size());
        for (Capture c : captures) {
            assertTrue(sidebarTopics(c).size() >= 10, c.source() + " lists " + sidebarTopics(c));
        }
    }

    @Test
    void removingTheSidebarChangesNoTag() {
        for (Capture c : captures) {
            Document doc = Jsoup.parse(new String(c.body(), StandardCharsets.UTF_8));
            doc.select("aside, .sidebar, ul.topic-list").remove();
            Capture bare = new Capture(
                    c.url(),
                    c.fetchedAt(),
                    c.status(),
                    c.contentType(),
                    doc.outerHtml().getBytes(StandardCharsets.UTF_8),
                    c.source());
            assertEquals(ids(tag(EXTRACTOR.extract(c))), ids(tag(EXTRACTOR.extract(bare))), c.source());
        }
    }

    @Test
    void everyTagOfASidebarTopicHasItsEvidenceInTheMainText() {
        int checked = 0;
        for (Capture c : captures) {
            ExtractedPage page = EXTRACTOR.extract(c);
            List<String> sidebar = sidebarTopics(c);
            String text = page.text();
            for (TopicTag t : tag(page)) {
                if (sidebar.contains(t.id())) {
                    checked++;
                    assertTrue(!t.evidence().isEmpty(), c.source() + " " + t.id());
                    for (String evidence : t.evidence()) {
                        if (evidence.startsWith("model p=")) {
                            continue; // the model's reasons are features, not quotes; removingTheSidebar covers it
                        }
                        assertTrue(text.contains(evidence), c.source() + " " + t.id() + ": " + evidence);
                    }
                }
            }
        }
        assertTrue(checked > 50, "only " + checked + " tags checked");
    }

    @Test
    void theSidebarTextWouldTagTopicsIfItReachedTheTagger() {
        Capture c = captures.get(0);
        Document doc = Jsoup.parse(new String(c.body(), StandardCharsets.UTF_8));
        List<Paragraph> items = new ArrayList<>();
        doc.select("ul.topic-list li").forEach(li -> items.add(new Paragraph(li.text(), Language.ENGLISH)));
        ExtractedPage sidebarOnly = new ExtractedPage(c.url(), "", Language.ENGLISH, null, items, List.of(), Map.of());
        List<String> leaked = ids(tag(sidebarOnly));
        List<String> real = ids(tag(EXTRACTOR.extract(c)));
        assertTrue(leaked.stream().anyMatch(id -> !real.contains(id)), "sidebar alone tags " + leaked);
    }

    private static List<String> ids(List<TopicTag> tags) {
        return tags.stream().map(TopicTag::id).sorted().toList();
    }
}
