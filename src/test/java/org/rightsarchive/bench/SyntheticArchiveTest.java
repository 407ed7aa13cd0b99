package org.rightsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.acquire.Capture;
import org.rightsarchive.acquire.CorpusReader;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.lang.ChineseScript;
import org.rightsarchive.lang.Language;

class SyntheticArchiveTest {
    private static final SyntheticArchive ARCHIVE = new SyntheticArchive(42);

    @Test
    void sameSeedGivesSameBytes() {
        SyntheticArchive again = new SyntheticArchive(42);
        for (long i = 0; i < 60; i++) {
            assertArrayEquals(ARCHIVE.capture(i).body(), again.capture(i).body(), "page " + i);
        }
    }

    @Test
    void otherSeedGivesOtherPages() {
        SyntheticArchive other = new SyntheticArchive(43);
        long same = LongStream.range(0, 60)
                .filter(i -> Arrays.equals(
                        ARCHIVE.capture(i).body(), other.capture(i).body()))
                .count();
        assertEquals(0, same);
    }

    @Test
    void pageDependsOnlyOnSeedAndIndex() {
        List<Capture> streamed = ARCHIVE.captures(120, 10).toList();
        assertArrayEquals(
                new SyntheticArchive(42).capture(125).body(), streamed.get(5).body());
        assertEquals(ARCHIVE.capture(125).url(), streamed.get(5).url());
    }

    @Test
    void mixesEnglishSimplifiedAndTraditionalPages() {
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (long i = 0; i < 2_000; i++) {
            counts.merge(ARCHIVE.draw(i).language(), 1, Integer::sum);
        }
        assertBetween(1_000, 1_200, counts.get(Language.ENGLISH), "English pages");
        assertBetween(500, 700, counts.get(Language.CHINESE_SIMPLIFIED), "Simplified pages");
        assertBetween(220, 380, counts.get(Language.CHINESE_TRADITIONAL), "Traditional pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "zh-Hant"})
    void declaresItsLanguageAndIsWrittenInIt(String tag) {
        Language language = Language.fromTag(tag);
        AlertCase alert = firstOf(language);
        Document html = Jsoup.parse(new String(ARCHIVE.capture(alert.index()).body(), StandardCharsets.UTF_8));
        assertEquals(tag, html.selectFirst("html").attr("lang"));
        String body = html.select(".alert-body").text();
        if (language.isChinese()) {
            assertEquals(language, ChineseScript.guessScript(body), body);
        } else {
            assertEquals(0, ChineseScript.hanCount(body.replaceAll("\\(.*?\\)", "")), "English outside brackets");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "zh-Hant"})
    void carriesSiteChromeLikeTheCorpus(String tag) {
        AlertCase alert = firstOf(Language.fromTag(tag));
        Document html = Jsoup.parse(new String(ARCHIVE.capture(alert.index()).body(), StandardCharsets.UTF_8));
        assertFalse(html.select("header.site-header nav.main-nav li").isEmpty(), "navigation");
        assertFalse(html.select(".lang-switch a").isEmpty(), "language switch");
        assertEquals(3, html.select("aside.sidebar ul.related li").size(), "related alerts");
        assertFalse(html.select("footer.site-footer").isEmpty(), "footer");
        assertFalse(html.select(".share-buttons").isEmpty(), "share buttons");
        List<String> sidebarTopics = html.select("aside .topic-list a").eachAttr("href");
        assertEquals(ARCHIVE.words().topics().size() - alert.topics().size(), sidebarTopics.size());
        for (WordLists.TopicEntry topic : alert.topics()) {
            assertFalse(sidebarTopics.contains("/topics/" + topic.id()), "the sidebar lists only other topics");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "zh-Hant"})
    void extractionFindsTitleDateAndLanguageAndDropsTheSidebar(String tag) {
        Language language = Language.fromTag(tag);
        AlertCase alert = firstOf(language);
        ExtractedPage page = new PageExtractor().extract(ARCHIVE.capture(alert.index()));
        assertEquals(language, page.language());
        assertEquals(alert.published(), page.published());
        String name = language == Language.ENGLISH
                ? alert.subject().pinyin()
                : language == Language.CHINESE_TRADITIONAL
                        ? AlertPageRenderer.toTraditional(alert.subject().hanzi())
                        : alert.subject().hanzi();
        assertTrue(page.title().contains(name), page.title() + " names " + name);
        assertFalse(page.title().contains("|"), "site name is cut from the title");
        String text = page.text();
        assertFalse(text.isBlank());
        for (String chrome : List.of("Explore Topics", "浏览专题", "瀏覽專題", "Subscribe", "订阅", "Related alerts")) {
            assertFalse(text.contains(chrome), "chrome '" + chrome + "' in main text");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "zh-Hant"})
    void extractedMainTextNamesTheSubjectPlaceAndEventDate(String tag) {
        Language language = Language.fromTag(tag);
        for (AlertCase alert : LongStream.range(0, 300)
                .mapToObj(ARCHIVE::draw)
                .filter(a -> a.language() == language)
                .limit(5)
                .toList()) {
            String text =
                    new PageExtractor().extract(ARCHIVE.capture(alert.index())).text();
            boolean english = language == Language.ENGLISH;
            String name = english ? alert.subject().pinyin() : alert.subject().hanzi();
            String place =
                    english ? alert.place().prefectureEn() : alert.place().prefectureZh();
            String date = english
                    ? java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)
                            .format(alert.eventDate())
                    : AlertPageRenderer.chineseDate(alert.eventDate());
            if (language == Language.CHINESE_TRADITIONAL) {
                name = AlertPageRenderer.toTraditional(name);
                place = AlertPageRenderer.toTraditional(place);
            }
            assertTrue(text.contains(name), name + " in " + text);
            assertTrue(text.contains(place), place + " in " + text);
            assertTrue(text.contains(date), date + " in " + text);
        }
    }

    @Test
    void articleNamesTheSubjectInBothScriptsWithTheEventDate() {
        AlertCase alert = firstOf(Language.ENGLISH);
        Document html = Jsoup.parse(new String(ARCHIVE.capture(alert.index()).body(), StandardCharsets.UTF_8));
        String lead = html.selectFirst(".alert-body p").text();
        assertTrue(
                lead.contains(alert.subject().pinyin() + " (" + alert.subject().hanzi() + ")"), lead);
        assertTrue(lead.contains(Integer.toString(alert.eventDate().getYear())), lead);
        assertEquals(alert.published().toString(), html.selectFirst("time").attr("datetime"));
    }

    @Test
    void peopleRecurAcrossPagesAsInARealArchive() {
        Map<String, Integer> alertsPerPerson = new HashMap<>();
        for (long i = 0; i < 3_000; i++) {
            alertsPerPerson.merge(ARCHIVE.draw(i).subject().id(), 1, Integer::sum);
        }
        int most = alertsPerPerson.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(most >= 3, "someone should have several alerts, most has " + most);
        assertTrue(alertsPerPerson.size() > 1_500, "most people have few alerts: " + alertsPerPerson.size());
    }

    @Test
    void personIdsAreValidAnnotatorIds() {
        for (long k = 0; k < 2_000; k++) {
            Persona p = ARCHIVE.person(k);
            new Person(p.id(), p.pinyin(), p.hanzi(), p.age(), null, "detainee", null, List.of(p.hanzi()));
            assertTrue(p.hanzi().length() >= 2 && p.hanzi().length() <= 4, p.hanzi());
        }
    }

    @Test
    void wordListsHaveTheDocumentedSizes() {
        WordLists words = WordLists.standard();
        assertTrue(words.surnames().size() >= 400, "surnames");
        assertEquals(
                33,
                words.places().stream()
                        .map(WordLists.PlaceEntry::provinceEn)
                        .distinct()
                        .count());
        assertBetween(300, 400, words.places().size(), "prefecture-level places");
        assertBetween(20, 40, words.topics().size(), "topics");
    }

    @Test
    void writesPagesTheCorpusReaderReads(@TempDir Path dir) throws Exception {
        long bytes = ARCHIVE.writeTo(dir, 25);
        List<Path> files = new CorpusReader(dir).htmlFiles();
        assertEquals(25, files.size());
        assertEquals(bytes, files.stream().mapToLong(f -> f.toFile().length()).sum());
        assertArrayEquals(
                ARCHIVE.capture(7).body(),
                Files.readAllBytes(dir.resolve(
                        SyntheticArchive.relativePath(ARCHIVE.draw(7).language(), 7))));
    }

    private static AlertCase firstOf(Language language) {
        return LongStream.range(0, 1_000)
                .mapToObj(ARCHIVE::draw)
                .filter(a -> a.language() == language)
                .findFirst()
                .orElseThrow();
    }

    private static void assertBetween(int low, int high, int actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
    }
}
