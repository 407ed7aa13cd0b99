package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

class MarkdownPagesTest {
    private static final String POST = String.join(
            "\n",
            "---",
            "title: \"劉曉波逝世\"",
            "tags:",
            "  - \"劉曉波\"",
            "  - \"六四30年\"",
            "  - \"Hong Kong\"",
            "---",
            "",
            "# 劉曉波逝世",
            "",
            "{{< video src=\"x\" >}}",
            "",
            "他是**諾貝爾和平獎**得主，見[報道](http://example.org)。<figure>圖</figure>");

    @Test
    void readsFrontMatterListsAndPlainParagraphs() {
        MarkdownPages.Post post = MarkdownPages.parse("t:1", POST);
        assertEquals("劉曉波逝世", post.frontMatter().get("title"));
        assertEquals("劉曉波\n六四30年\nHong Kong", post.frontMatter().get("tags"));
        assertEquals(
                List.of("劉曉波逝世", "他是諾貝爾和平獎得主，見報道。 圖"),
                post.page().paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(Language.CHINESE_TRADITIONAL, post.page().language());
    }

    @Test
    void mapsPublisherTagsToTopics() {
        assertEquals(
                Set.of("charter-08", "june-fourth"),
                PublisherTagTopics.hkcnewsGold(List.of("劉曉波", "六四30年", "Hong Kong")));
        assertEquals(Set.of("709-crackdown", "june-fourth"), PublisherTagTopics.hkcnewsGold(List.of("709事件", "8964")));
    }
}
