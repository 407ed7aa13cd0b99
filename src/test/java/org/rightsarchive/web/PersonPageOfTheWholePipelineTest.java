package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsarchive.acquire.ArchiveReader;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.extract.PageExtractor;
import org.rightsarchive.index.ArchiveIndexer;
import org.rightsarchive.index.IndexStore;
import org.rightsarchive.index.Reindexer;
import org.rightsarchive.search.GoldCorpus;
import org.rightsarchive.search.LuceneSearchBackend;

/**
 * Yao Fuxin's page over the bundled corpus as the whole pipeline annotates it (not its gold labels): what a
 * researcher reads there, one row per event with every page that reports it, whatever the language.
 */
class PersonPageOfTheWholePipelineTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    static LuceneSearchBackend backend;
    static ArchiveServer server;
    static JsonNode yaoFuxin;

    @BeforeAll
    @Timeout(180)
    static void indexTheCorpusAndServe() throws Exception {
        IndexStore store = new IndexStore(tmp.resolve("index"));
        new Reindexer(store, new ArchiveIndexer(new PageExtractor(), StandardAnnotators.create(), 2))
                .full(ArchiveReader.open(GoldCorpus.CORPUS).latestGoodCaptures(), ArchiveIndexer.Progress.NONE);
        backend = LuceneSearchBackend.open(store);
        server = ArchiveServer.start(
                ServerConfig.defaults().withPort(0), backend, ArchiveReader.open(GoldCorpus.CORPUS));
        yaoFuxin = person("yao-fuxin");
    }

    private static JsonNode person(String id) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.uri() + "api/people/" + id))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    private static List<JsonNode> rows(String type, String date) {
        return rows(yaoFuxin, type, date);
    }

    private static List<JsonNode> rows(JsonNode person, String type, String date) {
        List<JsonNode> out = new ArrayList<>();
        person.get("events").forEach(e -> {
            if (e.get("type").asText().equals(type) && e.get("date").asText().equals(date)) {
                out.add(e);
            }
        });
        return out;
    }

    private static Set<String> languages(JsonNode row) {
        Set<String> out = new HashSet<>();
        row.get("sources").forEach(s -> out.add(s.get("language").asText()));
        return out;
    }

    @Test
    void theTrialIsOneRowAtTheCityCourtReportedInEveryScript() {
        List<JsonNode> trial = rows("trial", "2003-01-15");
        assertEquals(1, trial.size(), trial::toString);
        assertEquals(
                "Liaoyang Intermediate People's Court",
                trial.get(0).get("place").asText());
        assertEquals("辽阳市中级人民法院", trial.get(0).get("placeZh").asText(), "as the Chinese page names it");
        // the trial pages, and the sentencing pages that date it "almost four months" before May 9, 2003
        assertEquals(Set.of("en", "zh-Hans", "zh-Hant"), languages(trial.get(0)));
    }

    @Test
    void theSentencingIsNotATrialOnTheSameDay() {
        assertEquals(1, rows("sentencing", "2003-05-09").size(), yaoFuxin.get("events")::toString);
        assertEquals(List.of(), rows("trial", "2003-05-09"));
    }

    @Test
    void aPageThatSaysNoPlaceJoinsTheDetentionRowOfOneThatDoes() {
        List<JsonNode> detention = rows("detention", "2002-03-17");
        assertEquals(1, detention.size(), detention::toString);
        assertEquals("Liaoyang", detention.get(0).get("place").asText());
        assertTrue(detention.get(0).get("sources").size() >= 3, detention::toString);
    }

    @Test
    void anUndatedMentionJoinsTheOneDatedRowOfItsType() {
        List<String> undated = new ArrayList<>();
        yaoFuxin.get("events").forEach(e -> {
            if (e.get("date").isNull()) {
                undated.add(e.get("type").asText());
            }
        });
        // "Three months after his arrest, ... remains in custody": no page dates an arrest
        assertEquals(List.of("arrest"), undated, yaoFuxin.get("events")::toString);
        List<String> detentionSources = new ArrayList<>();
        rows("detention", "2002-03-17")
                .get(0)
                .get("sources")
                .forEach(s -> detentionSources.add(s.get("url").asText()));
        // "He suffered an eye injury at the time of his detention"
        assertTrue(
                detentionSources.contains("corpus:pages/en/2009-03-yao-fuxin-released.html"),
                detentionSources::toString);
    }

    @Test
    void eachSourceOfARowCarriesTheSentenceItTellsTheEventIn() {
        List<String> quotes = new ArrayList<>();
        rows("sentencing", "2003-05-09")
                .get(0)
                .get("sources")
                .forEach(s -> quotes.add(
                        s.get("language").asText() + ": " + s.get("quote").asText()));
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("en: On May 9, 2003")), quotes::toString);
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("zh-Hant: 2003年5月9日")), quotes::toString);
    }

    @Test
    void theTimelineQuotesThePageInTheInterfacesLanguage() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.startOrSkip(tmp.resolve("chromium-profile"))) {
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            By quote = By.cssSelector("#person-view .timeline-entry[data-type='sentencing'] blockquote.evidence");
            for (String ui : List.of("en", "zh")) {
                browser.driver().get(server.uri() + "?ui=" + ui + "&view=person&id=yao-fuxin");
                WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(quote));
                String expected = ui.equals("en") ? "On May 9, 2003" : "2003年5月9日";
                assertTrue(shown.getText().startsWith(expected), ui + ": " + shown.getText());
                assertTrue(shown.getAttribute("lang").startsWith(ui), ui + ": lang " + shown.getAttribute("lang"));
            }
        }
    }

    @Test
    void aDisappearanceIsDatedTheDayBeforeTheDayAfterIt() {
        // "On March 18, the day after he disappeared", 他失蹤翌日，即3月18日
        assertEquals(
                Set.of("en", "zh-Hant"),
                languages(rows("disappearance", "2002-03-17").get(0)));
    }

    @Test
    void theDetentionDayIsNoTrialDayForTheOtherDefendant() throws Exception {
        // "Xiao was detained on March 20, 2002, together with ... who were not among the defendants in this trial."
        JsonNode xiao = person("xiao-yunliang");
        assertEquals(1, rows(xiao, "detention", "2002-03-20").size(), xiao.get("events")::toString);
        assertEquals(List.of(), rows(xiao, "trial", "2002-03-20"));
        assertEquals(1, rows(xiao, "trial", "2003-01-15").size(), xiao.get("events")::toString);
    }

    @Test
    void lastYearsProtestsAreDatedToLastYearNotToTheTrial() {
        assertEquals(List.of(), rows("protest", "2003-01-15"));
        // dated 2002, they join the one protest of that year, in March
        List<JsonNode> march = rows("protest", "2002-03-11");
        assertEquals(1, march.size(), yaoFuxin.get("events")::toString);
        List<String> urls = new ArrayList<>();
        march.get(0).get("sources").forEach(s -> urls.add(s.get("url").asText()));
        assertTrue(urls.contains("corpus:pages/en/2003-01-liaoyang-trial.html"), urls::toString);
    }

    @Test
    void namesAreListedOnceEachWithoutBareSurnames() {
        List<String> names = new ArrayList<>();
        yaoFuxin.get("names").forEach(n -> names.add(n.asText()));
        Set<String> folded = new HashSet<>();
        names.forEach(n -> assertTrue(folded.add(n.toLowerCase(Locale.ROOT)), "listed twice: " + names));
        assertTrue(names.containsAll(List.of("Yao Fuxin", "姚福信", "Yao Fu-xin")), names::toString);
        assertFalse(folded.contains("yao"), names::toString);
    }

    @Test
    void aNumberedCourtHasOneNameInBothLanguages() throws Exception {
        List<JsonNode> sentencing = rows(person("liu-xiaobo"), "sentencing", "2009-12-25");
        assertEquals(1, sentencing.size(), sentencing::toString);
        assertEquals(
                "Beijing No. 1 Intermediate People's Court",
                sentencing.get(0).get("place").asText());
        assertTrue(languages(sentencing.get(0)).containsAll(Set.of("en", "zh-Hans")), sentencing::toString);
    }

    @Test
    void aGivenRoleLeavesOutOther() {
        Set<String> roles = new HashSet<>();
        yaoFuxin.get("facts").forEach(f -> {
            if (f.get("fact").asText().equals("role")) {
                roles.add(f.get("value").asText());
            }
        });
        assertEquals(Set.of("detainee"), roles);
    }

    @Test
    void aPlaceOfAnotherTimeInTheSentenceIsNotTheDetentions() throws Exception {
        // "... and Xu Zhiyong on February 15, 2020, after both attended an informal gathering of activists in
        // Xiamen in December 2019": the one detention of that day is the one in Guangzhou
        JsonNode xu = person("xu-zhiyong");
        List<JsonNode> detention = rows(xu, "detention", "2020-02-15");
        assertEquals(1, detention.size(), detention::toString);
        assertEquals("Guangzhou", detention.get(0).get("place").asText());
        assertEquals(3, detention.get(0).get("sources").size(), detention::toString);
        // and Ding Jiaxi's, on December 26, 2019 "after both attended" it that month, is the one in Beijing
        List<JsonNode> ding = rows(person("ding-jiaxi"), "detention", "2019-12-26");
        assertEquals(1, ding.size(), ding::toString);
        assertEquals("Beijing", ding.get(0).get("place").asText());
    }

    @Test
    void anOccupationIsListedOnceInEitherLanguage() throws Exception {
        Map<String, String> occupations = new LinkedHashMap<>();
        person("xu-zhiyong").get("facts").forEach(f -> {
            if (f.get("fact").asText().equals("occupation")) {
                occupations.put(f.get("value").asText(), f.path("valueZh").asText(null));
            }
        });
        // "Legal scholar Xu Zhiyong", 法學學者許志永
        assertEquals("学者", occupations.get("scholar"), occupations::toString);
        assertFalse(occupations.containsKey("学者"), occupations::toString);
        try (HeadlessChromium browser = HeadlessChromium.startOrSkip(tmp.resolve("chromium-profile-occupation"))) {
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            for (String ui : List.of("en", "zh")) {
                browser.driver().get(server.uri() + "?ui=" + ui + "&view=person&id=xu-zhiyong");
                WebElement facts = wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-view dl.doc-meta")));
                String text = facts.getText();
                assertTrue(text.contains(ui.equals("en") ? "scholar, activist" : "学者、活动人士"), ui + ": " + text);
                assertFalse(text.contains(ui.equals("en") ? "学者" : "scholar"), ui + ": " + text);
            }
        }
    }

    @Test
    void aCourtThatOnlyEnglishPagesNameHasItsChineseNameToo() throws Exception {
        // "sentenced ... by the Beijing No. 1 Intermediate People's Court": no Chinese page tells of this sentencing
        List<JsonNode> sentencing = rows(person("xu-zhiyong"), "sentencing", "2014-01-26");
        assertEquals(1, sentencing.size(), sentencing::toString);
        assertEquals(Set.of("en"), languages(sentencing.get(0)));
        assertEquals("北京市第一中级人民法院", sentencing.get(0).get("placeZh").asText());
        HttpResponse<String> search = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.uri() + "api/search?size=50&q="
                                + java.net.URLEncoder.encode("\"北京市第一中级人民法院\"", StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> urls = new ArrayList<>();
        new ObjectMapper()
                .readTree(search.body())
                .get("hits")
                .forEach(h -> urls.add(h.get("url").asText()));
        assertTrue(urls.contains("corpus:pages/en/2014-01-xu-zhiyong-sentenced.html"), urls::toString);
    }
}
