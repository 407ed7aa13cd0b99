package org.rightsarchive.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.lang.Language;

class DuplicateGroupsTest {
    private static final String TEXT = "Yao Fuxin, a spokesman for laid-off workers in Liaoyang, was seized by"
            + " plainclothes police on the evening of March 17, 2002. Police told his family he was held for organizing"
            + " illegal demonstrations. Thousands of workers from the bankrupt Ferroalloy Factory had marched to demand"
            + " unpaid wages and pensions, and the crowd grew larger after his detention. Appeals may be sent to the"
            + " provincial government and the public security department. His wife said that officers searched their"
            + " home the next morning and took away documents about the factory's bankruptcy, including lists of"
            + " workers who had not been paid. Local residents reported a heavy police presence around the city"
            + " government offices for several days.";

    private static ExtractedPage page(String url, String text) {
        return new ExtractedPage(
                url, "t", Language.ENGLISH, null, List.of(new Paragraph(text, Language.ENGLISH)), List.of(), Map.of());
    }

    @Test
    void foldsExactDuplicatesDifferingOnlyInSpacingAndCase() {
        var groups = DuplicateGroups.group(
                List.of(page("https://a/1", TEXT), page("https://b/1", "  " + TEXT.toUpperCase(java.util.Locale.ROOT))),
                p -> p);
        assertEquals(1, groups.size());
        assertEquals(1, groups.get(0).duplicates().size());
    }

    @Test
    void foldsNearDuplicateWithOneWordChanged() {
        var groups = DuplicateGroups.group(
                List.of(page("https://a/1", TEXT), page("https://b/1", TEXT.replace("Thousands", "Hundreds"))), p -> p);
        assertEquals(
                1,
                groups.size(),
                "simhash distance "
                        + TextFingerprints.distance(
                                TextFingerprints.simhash(TEXT),
                                TextFingerprints.simhash(TEXT.replace("Thousands", "Hundreds"))));
    }

    @Test
    void keepsAlertsFromOneTemplateWithDifferentNamesApart() {
        String template = "Worker representative %s was detained by plain-clothes police in Liaoyang after a protest"
                + " calling for unpaid wages and pensions; his family was not told where he is held. ";
        var groups = DuplicateGroups.group(
                List.of(
                        page("https://a/1", template.formatted("Yao Fuxin").repeat(20)),
                        page("https://a/2", template.formatted("Xiao Yunliang").repeat(20))),
                p -> p);
        assertEquals(2, groups.size());
    }

    @Test
    void keepsDifferentAlertsApart() {
        var groups = DuplicateGroups.group(
                List.of(page("https://a/1", TEXT), page("https://b/1", TEXT.substring(0, TEXT.length() / 2))), p -> p);
        assertEquals(2, groups.size());
    }

    @Test
    void bundledCorpusHasNoDuplicates() throws Exception {
        CorpusReader reader = new CorpusReader(Path.of("corpus"));
        PageExtractor extractor = new PageExtractor();
        List<ExtractedPage> pages =
                reader.readAll().stream().map(extractor::extract).toList();
        var groups = DuplicateGroups.group(pages, p -> p);
        assertEquals(pages.size(), groups.size());
        assertTrue(pages.size() >= 55);
    }
}
