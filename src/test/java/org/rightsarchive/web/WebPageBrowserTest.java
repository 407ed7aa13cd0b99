package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsarchive.search.LuceneSearchBackend;

/**
 * The web page in a real headless Chromium against a real server over an index of the bundled corpus: search,
 * facets, languages, person and document views, shareable URLs, keyboard use, and escaping of hostile titles.
 */
class WebPageBrowserTest {
    private static final Pattern DIGITS = Pattern.compile("(\\d[\\d,]*)");
    private static final String SCRIPT_TITLE_TEXT = "<script>alert(1)</script>";

    @TempDir
    static Path temp;

    private static TestArchive archive;
    // The same corpus served as if it were a large index: runs of 4 pages, one in 2, estimated above 30 matches.
    private static TestArchive asIfLarge;
    private static HeadlessChromium browser;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        if (!HeadlessChromium.installed()) {
            return; // every test reports itself skipped, with the reason
        }
        browser = HeadlessChromium.startOrSkip(temp.resolve("chromium-profile"));
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // The page re-renders parts of itself; an element read mid-render is simply read again.
        wait.ignoring(StaleElementReferenceException.class);
        archive = TestArchive.start();
        asIfLarge = TestArchive.start(new LuceneSearchBackend.Sampling(4, 20, 30));
    }

    @AfterAll
    static void stopServerAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (archive != null) {
            archive.close();
        }
        if (asIfLarge != null) {
            asIfLarge.close();
        }
    }

    @BeforeEach
    void skipWithoutBrowserAndClearConsole() {
        HeadlessChromium.assumeInstalled();
        browser.consoleErrors();
    }

    // ---------- helpers ----------

    private static String url(String pathAndQuery) {
        return archive.baseUrl() + pathAndQuery;
    }

    private static void open(String pathAndQuery) {
        driver.get(url(pathAndQuery));
        awaitResults();
    }

    /** Waits until the search view has rendered an answer (a count, or an error). */
    private static void awaitResults() {
        wait.until(d -> {
            WebElement results = d.findElement(By.id("results"));
            String heading = d.findElement(By.id("results-heading")).getText();
            return results.getAttribute("aria-busy") == null
                    && (DIGITS.matcher(heading).find()
                            || d.findElement(By.id("search-error")).isDisplayed());
        });
    }

    private static long total() {
        Matcher m = DIGITS.matcher(driver.findElement(By.id("results-heading")).getText());
        assertTrue(m.find(), "result count shown");
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static void search(String query) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("q=" + query));
        awaitResults();
    }

    private static String decodedQuery(String url) {
        String query = URI.create(url).getRawQuery();
        return query == null ? "" : URLDecoder.decode(query, StandardCharsets.UTF_8);
    }

    private static List<String> resultTitles() {
        return driver.findElements(By.cssSelector("#results .result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<WebElement> facetButtons(String dimension) {
        return driver.findElements(By.cssSelector("section[data-facet='" + dimension + "'] button.facet-value"));
    }

    private static String facetLabel(String dimension, String value) {
        return driver.findElement(By.cssSelector(
                        "section[data-facet='" + dimension + "'] button[data-value='" + value + "'] .facet-label"))
                .getText();
    }

    private static long facetCount(WebElement button) {
        return Long.parseLong(button.findElement(By.className("facet-count")).getText());
    }

    private static void assertNoAlert() {
        assertThrows(
                NoAlertPresentException.class,
                () -> driver.switchTo().alert(),
                "an alert is open: injected script ran");
    }

    /** Our two scripts, nothing else: injected markup would add elements. */
    private static void assertOnlyOwnScripts() {
        Object sources = driver.executeScript(
                "return Array.from(document.querySelectorAll('script')).map(s => s.getAttribute('src')).join(' ')");
        assertEquals("/i18n.js /app.js", sources);
    }

    // ---------- tests ----------

    @Test
    void searchShowsHitsWithHighlightedSnippets() throws IOException {
        open("/?ui=en");
        search("Yao Fuxin");
        assertTrue(total() > 0, "hits for Yao Fuxin");
        List<WebElement> marks = driver.findElements(By.cssSelector("#results .snippet mark"));
        assertFalse(marks.isEmpty(), "snippets highlight the query");
        assertTrue(
                marks.stream()
                        .map(m -> m.getText().toLowerCase(java.util.Locale.ROOT))
                        .anyMatch(t -> t.contains("yao") || t.contains("fuxin")),
                "a highlighted term is the query");
        assertTrue(decodedQuery(driver.getCurrentUrl()).contains("q=Yao Fuxin"));
        assertEquals(List.of(), browser.consoleErrors(), "no script errors, no CSP violations");
        browser.screenshot("search-en");
    }

    @Test
    void clickingAFacetNarrowsTheResultsAndUpdatesTheUrl() {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        long before = total();
        WebElement narrower = facetButtons("lang").stream()
                .filter(b -> facetCount(b) < before)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a language facet smaller than " + before));
        String value = narrower.getAttribute("data-value");
        long expected = facetCount(narrower);
        narrower.click();
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("lang=" + value));
        awaitResults();
        assertEquals(expected, total(), "count after filtering equals the facet's count");
        WebElement pressed =
                driver.findElement(By.cssSelector("section[data-facet='lang'] button[data-value='" + value + "']"));
        assertEquals("true", pressed.getAttribute("aria-pressed"));

        driver.navigate().back();
        wait.until(d -> !decodedQuery(d.getCurrentUrl()).contains("lang="));
        awaitResults();
        assertEquals(before, total(), "back restores the unfiltered search");

        driver.navigate().forward();
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("lang=" + value));
        awaitResults();
        assertEquals(expected, total(), "forward re-applies the filter");
    }

    @Test
    void resultChipFiltersByTopic() {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        WebElement chip = driver.findElement(By.cssSelector("#results .chip-topic"));
        String topic = chip.getAttribute("data-value");
        chip.click();
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("topic=" + topic));
        awaitResults();
        WebElement facet =
                driver.findElement(By.cssSelector("section[data-facet='topic'] button[data-value='" + topic + "']"));
        assertEquals("true", facet.getAttribute("aria-pressed"));
        assertEquals(facetCount(facet), total());
    }

    @Test
    void switchingToChineseShowsChineseInterfaceAndLabels() throws IOException {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        long englishTotal = total();
        driver.findElement(By.cssSelector(".ui-lang-button[data-ui='zh']")).click();
        wait.until(d -> "zh-Hans".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        awaitResults();
        assertTrue(decodedQuery(driver.getCurrentUrl()).contains("ui=zh"));
        assertEquals("检索", driver.findElement(By.id("search-button")).getText());
        assertEquals(
                "议题",
                driver.findElement(By.cssSelector("section[data-facet='topic'] h3"))
                        .getText());
        assertEquals(englishTotal, total(), "the same search, in another interface language");
        assertEquals("劳工权利", facetLabel("topic", "labor-rights"), "topic label from the taxonomy's labelZh");
        assertEquals("辽宁", facetLabel("province", "Liaoning"), "province in Chinese");
        assertEquals("简体中文", facetLabel("lang", "zh-Hans"));
        List<String> chips =
                driver.findElements(By.cssSelector("#results .chip-topic[data-value='labor-rights']")).stream()
                        .map(WebElement::getText)
                        .distinct()
                        .toList();
        assertEquals(List.of("劳工权利"), chips, "result chips in Chinese too");
        browser.screenshot("search-zh");
    }

    @Test
    void personPageShowsTimelineAndMentions() throws IOException {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        WebElement profile = driver.findElement(
                By.cssSelector("section[data-facet='person'] a.facet-profile[href*='id=yao-fuxin']"));
        profile.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-view h1")));
        wait.until(d ->
                !d.findElements(By.cssSelector("#person-view .timeline-entry")).isEmpty());
        assertTrue(decodedQuery(driver.getCurrentUrl()).contains("view=person"));
        assertTrue(
                driver.findElement(By.cssSelector("#person-view h1")).getText().contains("Yao Fuxin"));
        List<String> dates = driver.findElements(By.cssSelector("#person-view .timeline-date time")).stream()
                .map(e -> e.getAttribute("datetime"))
                .toList();
        assertEquals(dates.stream().sorted().toList(), dates, "timeline in date order");
        assertTrue(dates.stream().anyMatch(d -> d.startsWith("2002")), "the 2002 detention is on the timeline");
        assertFalse(
                driver.findElements(By.cssSelector("#person-view .mentions li")).isEmpty(), "mentions listed");
        browser.screenshot("person-en");

        driver.findElement(By.cssSelector(".ui-lang-button[data-ui='zh']")).click();
        wait.until(d -> "时间线".equals(d.findElement(By.id("timeline-heading")).getText()));
        List<String> types = driver.findElements(By.cssSelector("#person-view .timeline-title strong")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals("拘留", types.getFirst(), "event types in Chinese: " + types);
        assertTrue(decodedQuery(driver.getCurrentUrl()).contains("view=person"), "still the person page");
        browser.screenshot("person-zh");
    }

    @Test
    void reloadingASharedUrlRestoresTheSameState() {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        WebElement lang = facetButtons("lang").getLast();
        String value = lang.getAttribute("data-value");
        lang.click();
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("lang=" + value));
        awaitResults();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("date");
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("sort=date"));
        awaitResults();
        String shared = driver.getCurrentUrl();
        long count = total();
        List<String> titles = resultTitles();

        driver.navigate().to("about:blank");
        driver.get(shared);
        awaitResults();
        assertEquals(count, total());
        assertEquals(titles, resultTitles());
        assertEquals("Yao Fuxin", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals("date", driver.findElement(By.id("sort")).getAttribute("value"));
        assertEquals(
                "true",
                driver.findElement(By.cssSelector("section[data-facet='lang'] button[data-value='" + value + "']"))
                        .getAttribute("aria-pressed"));
    }

    @Test
    void documentViewShowsTextAnnotationsAndSandboxedCapture() throws IOException {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        WebElement first = driver.findElement(By.cssSelector("#results .result-title"));
        String title = first.getText();
        first.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-view h1")));
        assertEquals(title, driver.findElement(By.cssSelector("#doc-view h1")).getText());
        assertTrue(decodedQuery(driver.getCurrentUrl()).contains("view=doc"));
        assertFalse(driver.findElements(By.cssSelector("#doc-view .doc-text p")).isEmpty(), "extracted text");
        WebElement frame = driver.findElement(By.cssSelector("#doc-view iframe.capture-frame"));
        assertEquals("", frame.getAttribute("sandbox"), "capture sandboxed with every restriction");
        assertTrue(frame.getAttribute("src").contains("/archive/"), frame.getAttribute("src"));
        browser.screenshot("document-en");

        driver.navigate().back();
        awaitResults();
        assertEquals(title, resultTitles().getFirst(), "back returns to the same results");
    }

    @Test
    void translationLinkOpensTheOtherLanguageVersion() throws IOException {
        open("/?ui=en&q=" + encode("\"Three More Liaoyang Worker Representatives\""));
        driver.findElement(By.cssSelector("#results .result-title")).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#doc-view .translations a[hreflang='zh-Hans']")));
        assertEquals("Simplified Chinese", link.getText());
        link.click();
        wait.until(d -> d.findElement(By.cssSelector("#doc-view h1")).getText().contains("辽阳"));
        assertEquals(
                "zh-Hans", driver.findElement(By.cssSelector("#doc-view h1")).getAttribute("lang"));
        assertTrue(
                driver.findElement(By.cssSelector("#doc-view .translations a[hreflang='en']"))
                        .isDisplayed(),
                "and a link back to the English version");

        driver.findElement(By.cssSelector(".ui-lang-button[data-ui='zh']")).click();
        wait.until(d -> "提取的正文".equals(d.findElement(By.id("doc-text-heading")).getText()));
        assertEquals(
                "辽宁",
                driver.findElement(By.cssSelector("#doc-view .place-link")).getText());
        browser.screenshot("document-zh");
    }

    @Test
    void pagingMovesThroughTheWholeResultSet() {
        open("/?ui=en");
        long total = total();
        assertTrue(total > 10, "the whole corpus: " + total);
        List<String> first = resultTitles();
        assertEquals(10, first.size());
        driver.findElement(By.cssSelector("#pager a[rel='next']")).click();
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("page=2"));
        awaitResults();
        assertEquals(
                "2",
                driver.findElement(By.cssSelector("#pager [aria-current='page']"))
                        .getText());
        List<String> second = resultTitles();
        assertEquals(10, second.size());
        assertTrue(second.stream().noneMatch(first::contains), "page 2 holds other documents");
        assertEquals(total, total(), "the same search");
    }

    @Test
    void sortByDateOrdersNewestFirst() {
        // Date order is by event date, then publication date: with an event on every hit, both orders agree.
        open("/?ui=en&q=" + encode("Yao Fuxin") + "&event=detention&event=trial&event=sentencing&event=release");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("date");
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("sort=date"));
        awaitResults();
        List<String> dates = driver.findElements(By.cssSelector("#results .result-meta time")).stream()
                .map(e -> e.getAttribute("datetime"))
                .toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
    }

    @Test
    void sortByPublishedOrdersByPublicationDate() {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("published");
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("sort=published"));
        awaitResults();
        List<String> dates = driver.findElements(By.cssSelector("#results .result-meta time")).stream()
                .map(e -> e.getAttribute("datetime"))
                .toList();
        assertEquals(10, dates.size());
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        String feed = decoded(driver.findElement(By.id("feed-atom")).getAttribute("href"));
        assertFalse(feed.contains("sort="), "a feed keeps its own newest-published order: " + feed);
    }

    @Test
    void publicationDateRangeKeepsOnlyThatPeriod() {
        open("/?ui=en");
        driver.executeScript("document.getElementById('publishedFrom').value = '2019-01-01';"
                + "document.getElementById('publishedTo').value = '2019-12-31';");
        driver.findElement(By.id("date-apply")).click();
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("publishedFrom=2019-01-01"));
        awaitResults();
        assertTrue(decodedQuery(driver.getCurrentUrl()).contains("publishedTo=2019-12-31"));
        List<String> dates = driver.findElements(By.cssSelector("#results .result-meta time")).stream()
                .map(e -> e.getAttribute("datetime"))
                .toList();
        assertFalse(dates.isEmpty());
        assertTrue(dates.stream().allMatch(d -> d.startsWith("2019")), "only 2019: " + dates);
        WebElement chip = driver.findElement(By.cssSelector("#active-filters .chip-active"));
        assertTrue(chip.getText().contains("2019-01-01"), chip.getText());

        chip.click();
        wait.until(d -> !decodedQuery(d.getCurrentUrl()).contains("publishedFrom"));
        awaitResults();
        assertEquals("", driver.findElement(By.id("publishedFrom")).getAttribute("value"));
    }

    @Test
    void yearFacetSetsTheEventDateRange() {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        WebElement year = driver.findElement(By.cssSelector("section[data-facet='year'] button[data-value='2003']"));
        long count = facetCount(year);
        year.click();
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("from=2003-01-01"));
        awaitResults();
        assertTrue(decodedQuery(driver.getCurrentUrl()).contains("to=2003-12-31"));
        assertEquals("2003-01-01", driver.findElement(By.id("from")).getAttribute("value"));
        assertTrue(total() > 0 && total() <= count, total() + " of " + count);
        assertEquals(
                "true",
                driver.findElement(By.cssSelector("section[data-facet='year'] button[data-value='2003']"))
                        .getAttribute("aria-pressed"));
        // The histogram is drill-sideways: the other years stay, to switch to.
        assertEquals(
                1,
                driver.findElements(By.cssSelector("section[data-facet='year'] button[data-value='2002']"))
                        .size());
    }

    @Test
    void titleWithScriptTagRendersAsTextEverywhere() throws IOException {
        open("/?ui=en&q=" + encode("petition defaced"));
        WebElement hit = driver.findElements(By.cssSelector("#results .result-title")).stream()
                .filter(e -> e.getText().contains(SCRIPT_TITLE_TEXT))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("the defaced-petition page, with its literal title: " + resultTitles()));
        assertNoAlert();
        assertOnlyOwnScripts();
        browser.screenshot("script-title-results");

        hit.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-view h1")));
        assertTrue(driver.findElement(By.cssSelector("#doc-view h1")).getText().contains(SCRIPT_TITLE_TEXT));
        assertTrue(driver.findElement(By.cssSelector("#doc-view .doc-text"))
                .getText()
                .contains(SCRIPT_TITLE_TEXT));
        assertTrue(driver.getTitle().contains(SCRIPT_TITLE_TEXT), "browser title shows it as text too");
        assertNoAlert();
        assertOnlyOwnScripts();
        browser.screenshot("script-title-document");

        driver.findElement(By.cssSelector("#doc-view .person-link[href*='id=huang-qi']"))
                .click();
        wait.until(d ->
                !d.findElements(By.cssSelector("#person-view .mentions li")).isEmpty());
        assertTrue(
                driver.findElements(By.cssSelector("#person-view .mentions a")).stream()
                        .anyMatch(a -> a.getText().contains(SCRIPT_TITLE_TEXT)),
                "the person page lists the mention under its literal title");
        assertNoAlert();
        assertOnlyOwnScripts();
    }

    @Test
    void keyboardSlashFocusesSearchAndJMovesThroughResults() {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("q", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        driver.findElement(By.tagName("body")).sendKeys("j");
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(resultTitles().getFirst(), focused.getText());
        driver.switchTo().activeElement().sendKeys("j");
        assertEquals(resultTitles().get(1), driver.switchTo().activeElement().getText());
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-view h1")));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-view")));
        assertFalse(decodedQuery(driver.getCurrentUrl()).contains("view=doc"));
    }

    @Test
    void facetsAreButtonsReachableByTab() throws IOException {
        open("/?ui=en&q=" + encode("Yao Fuxin"));
        WebElement facet = facetButtons("topic").getFirst();
        assertEquals("button", facet.getTagName());
        assertTrue(facet.getAttribute("aria-label").contains("Topic"));
        driver.findElement(By.id("q")).click();
        WebElement active = null;
        for (int i = 0; i < 40; i++) {
            active = driver.switchTo().activeElement();
            if (active.getAttribute("class") != null
                    && active.getAttribute("class").contains("facet-value")) {
                break;
            }
            active.sendKeys(Keys.TAB);
        }
        assertTrue(active.getAttribute("class").contains("facet-value"), "Tab reaches a facet");
        String outline = (String) driver.executeScript("return getComputedStyle(arguments[0]).outlineStyle", active);
        assertEquals("solid", outline, "the focused facet shows a focus ring");
        browser.screenshot("keyboard-focus");
        long before = total();
        long expected = facetCount(active);
        active.sendKeys(Keys.ENTER);
        wait.until(d -> decodedQuery(d.getCurrentUrl()).contains("="));
        awaitResults();
        assertNotEquals(0, total());
        assertTrue(total() <= before);
        assertEquals(expected, total());
    }

    @Test
    void malformedQueryShowsTheServersMessage() {
        open("/?ui=en");
        search("\"unbalanced");
        WebElement error = driver.findElement(By.id("search-error"));
        assertTrue(error.isDisplayed(), "an error message is shown");
        assertFalse(error.getText().contains("Exception"), "a message, not a stack trace: " + error.getText());
    }

    @Test
    void exportAndFeedLinksCarryTheCurrentSearch() throws IOException, InterruptedException {
        open("/?ui=en&q=" + encode("Liaoyang") + "&lang=en");
        String csv = decoded(driver.findElement(By.id("export-csv")).getAttribute("href"));
        String jsonl = decoded(driver.findElement(By.id("export-jsonl")).getAttribute("href"));
        String feed = decoded(driver.findElement(By.id("feed-atom")).getAttribute("href"));
        assertTrue(
                csv.contains("/api/export?")
                        && csv.contains("format=csv")
                        && csv.contains("q=Liaoyang")
                        && csv.contains("lang=en"),
                csv);
        assertTrue(jsonl.contains("format=jsonl") && jsonl.contains("q=Liaoyang"), jsonl);
        String events = decoded(driver.findElement(By.id("export-events")).getAttribute("href"));
        assertTrue(events.contains("format=events") && events.contains("lang=en"), events);
        assertTrue(feed.contains("/api/feed.atom?") && feed.contains("lang=en"), feed);
        assertFalse(csv.contains("ui="), "interface language is not a search parameter");

        HttpResponse<String> export = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(driver.findElement(By.id("export-jsonl"))
                                        .getAttribute("href")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, export.statusCode(), export.body());
        assertEquals(total(), export.body().lines().filter(l -> !l.isBlank()).count(), "one line per result");
    }

    @Test
    void exportLinksListThePagesOrder() {
        open("/?ui=en&q=" + encode("Liaoyang"));
        assertTrue(decoded(driver.findElement(By.id("export-csv")).getAttribute("href"))
                .contains("sort=relevance"));
        open("/?ui=en&q=" + encode("Liaoyang") + "&sort=published");
        assertTrue(decoded(driver.findElement(By.id("export-csv")).getAttribute("href"))
                .contains("sort=published"));
    }

    @Test
    void aSharedLinkWithYearsOrMonthsFillsTheDateRange() {
        open("/?ui=en&from=2002&to=2003-02");
        assertEquals("2002-01-01", driver.findElement(By.id("from")).getAttribute("value"));
        assertEquals("2003-02-28", driver.findElement(By.id("to")).getAttribute("value"));
        String api = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.getElementById('export-csv').getAttribute('href');");
        assertTrue(decoded(api).contains("from=2002-01-01") && decoded(api).contains("to=2003-02-28"), api);
    }

    @Test
    void aPagePastTheLastResultSaysSoAndLeadsBack() {
        open("/?ui=en&q=" + encode("Liaoyang") + "&page=50");
        WebElement message = driver.findElement(By.cssSelector("#results .no-results"));
        assertTrue(message.getText().contains("past the last result"), message.getText());
        message.findElement(By.tagName("a")).click();
        wait.until(d -> !d.getCurrentUrl().contains("page=50"));
        awaitResults();
        assertFalse(resultTitles().isEmpty());
    }

    private static String decoded(String href) {
        return URLDecoder.decode(href, StandardCharsets.UTF_8);
    }

    private static List<String> languageCounts(String query) {
        driver.get(asIfLarge.baseUrl() + "/?ui=en&q=" + encode(query));
        awaitResults();
        return driver.findElements(By.cssSelector("section[data-facet='lang'] .facet-count")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void largeResultSaysAboutAndMarksItsCountsAsEstimates() {
        List<String> counts = languageCounts("lang:en OR lang:zh-Hans OR lang:zh-Hant");
        String heading = driver.findElement(By.id("results-heading")).getText();
        assertTrue(heading.startsWith("about "), heading);
        assertFalse(counts.isEmpty());
        assertTrue(counts.stream().allMatch(c -> c.startsWith("≈")), counts.toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void smallResultOfALargeIndexShowsExactCounts() {
        List<String> counts = languageCounts("person:yao-fuxin");
        String heading = driver.findElement(By.id("results-heading")).getText();
        assertFalse(heading.contains("about"), heading);
        assertFalse(counts.isEmpty());
        assertTrue(counts.stream().noneMatch(c -> c.contains("≈")), counts.toString());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
