package org.rightsarchive.annotate.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TopicTag;
import org.rightsarchive.extract.ExtractedPage;
import org.rightsarchive.extract.Paragraph;
import org.rightsarchive.lang.Language;

class CueTopicTaggerTest {
    private static final CueTopicTagger TAGGER = CueTopicTagger.standard();

    static ExtractedPage page(String title, String... paragraphs) {
        List<Paragraph> ps = Arrays.stream(paragraphs)
                .map(p -> new Paragraph(p, Language.UNKNOWN))
                .toList();
        return new ExtractedPage("test:page", title, Language.UNKNOWN, null, ps, List.of(), Map.of());
    }

    private static List<String> ids(ExtractedPage page) {
        return ids(TAGGER.tag(page, List.of(), List.of(), List.of()));
    }

    private static List<String> ids(List<TopicTag> tags) {
        return tags.stream().map(TopicTag::id).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The families of June Fourth victims gathered; the June 4th massacre is still censored. | june-fourth",
                "他们在六四前夕被带走，当局禁止纪念六四。 | june-fourth",
                "他們在六四前夕被帶走，當局禁止紀念六四。 | june-fourth",
                "网友以“五月35日”代指八九民运。 | june-fourth",
                "Lawyers were held under residential surveillance at a designated location (RSDL) in the 709 crackdown."
                        + " | 709-crackdown",
                "多名律师在709大抓捕中被指定居所监视居住。 | 709-crackdown",
                "多名律師在709大抓捕中被指定居所監視居住。 | 709-crackdown",
                "Workers went on strike over unpaid wages; the labor activists were detained. | labor-rights",
                "工人罢工讨薪，劳工权益活动人士被拘。 | labor-rights",
                "工人罷工討薪，勞工權益活動人士被拘。 | labor-rights",
                "Petitioners were locked in a black jail before being sent home. | black-jail",
                "访民被关进黑监狱。 | black-jail",
                "訪民被關進黑監獄。 | black-jail",
                "She is a Tibetan nun from Lhasa. | tibet",
                "他是一名来自拉萨的藏人。 | tibet",
                "Ilham Tohti, a Uyghur economist, was sentenced to life. | uyghurs-uighurs",
                "维吾尔族学者伊力哈木被判无期徒刑。 | uyghurs-uighurs",
                "He was sent to reeducation-through-labor for two years. | reeducation-through-labor",
                "他曾被劳动教养两年。 | reeducation-through-labor",
                "他曾被勞動教養兩年。 | reeducation-through-labor",
                "She was charged with inciting subversion of state power. | inciting-subversion-of-state-power",
                "她被控煽动颠覆国家政权罪。 | inciting-subversion-of-state-power",
                "Ding Zilin of the Tiananmen Mothers was put under house arrest. | tiananmen-mothers",
                "天安門母親群體的丁子霖被軟禁。 | house-arrest",
                "他以寻衅滋事罪被刑事拘留，罪名是在网上发帖批评政府。 | freedom-of-expression"
            })
    void tagsTheTopicFromCuesInEnglishSimplifiedAndTraditional(String text, String topic) {
        assertTrue(ids(page("", text)).contains(topic), text + " -> " + ids(page("", text)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "He met a lawyer once. | lawyers",
                "A bishop visited the town. | freedom-of-religion",
                "She works in Hong Kong. | hong-kong",
                "The weather in Beijing was cold. | june-fourth"
            })
    void doesNotTagATopicNamedOnceInPassingOrNotAtAll(String text, String topic) {
        assertFalse(ids(page("", text)).contains(topic), text + " -> " + ids(page("", text)));
    }

    @Test
    void readsTheMainTextNeverTheTitle() {
        assertEquals(List.of(), ids(page("Charter 08 and June Fourth: Tibet, Uyghurs", "The weather was fine.")));
    }

    @Test
    void evidenceIsTheTermsAsThePageWroteThem() {
        TopicTag tag = TAGGER.tag(page("", "勞工權益活動人士被拘，工人罷工。"), List.of(), List.of(), List.of()).stream()
                .filter(t -> t.id().equals("labor-rights"))
                .findFirst()
                .orElseThrow();
        assertTrue(tag.evidence().contains("勞工權益"), tag.evidence().toString());
        assertEquals("劳工权利", tag.labelZh());
        assertEquals("Labor Rights", tag.label());
    }

    @Test
    void scoresLieInZeroToOneAndComeHighestFirst() {
        List<TopicTag> tags = TAGGER.tag(
                page("", "Tibetan monks in Lhasa protested; Uyghur students in Xinjiang were detained.", "Tibet."),
                List.of(),
                List.of(),
                List.of());
        assertTrue(tags.size() >= 2);
        for (int i = 0; i < tags.size(); i++) {
            assertTrue(tags.get(i).score() > 0 && tags.get(i).score() < 1);
            if (i > 0) {
                assertTrue(tags.get(i - 1).score() >= tags.get(i).score());
            }
        }
    }

    @Test
    void moreEvidenceGivesAHigherScore() {
        double once = score(page("", "He is a human rights lawyer."), "lawyers");
        double often =
                score(page("", "He is a human rights lawyer.", "His law firm and other lawyers protested."), "lawyers");
        assertTrue(often > once, once + " vs " + often);
    }

    private static double score(ExtractedPage page, String id) {
        return TAGGER.tag(page, List.of(), List.of(), List.of()).stream()
                .filter(t -> t.id().equals(id))
                .mapToDouble(TopicTag::score)
                .findFirst()
                .orElse(0);
    }

    private static Person person(String id, String name, String nameZh) {
        return new Person(id, name, nameZh, null, null, "detainee", null, List.of(name));
    }

    private static Place province(String province) {
        return new Place(province, null, province, null, null, "province");
    }

    @Test
    void aUyghurNameDetainedInXinjiangSuggestsUyghurs() {
        ExtractedPage page = page("", "He was detained by police and has not been charged.");
        List<TopicTag> tags = TAGGER.tag(
                page,
                List.of(person("abdurehim-heyit", "Abdurehim Heyit", null)),
                List.of(province("Xinjiang")),
                List.of(new Event("detention", "2017-04", null, "Urumqi", "Xinjiang", List.of(), "")));
        TopicTag uyghurs = tags.stream()
                .filter(t -> t.id().equals("uyghurs-uighurs"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                uyghurs.evidence().stream().anyMatch(e -> e.contains("Uyghur name")),
                uyghurs.evidence().toString());
    }

    @Test
    void aChineseNameJoinedByAMiddleDotCountsAsUyghur() {
        List<TopicTag> tags = TAGGER.tag(
                page("", "他被警方带走。"),
                List.of(person("rahile-dawut", "Rahile Dawut", "热依拉·达吾提")),
                List.of(province("Xinjiang")),
                List.of());
        assertTrue(ids(tags).contains("uyghurs-uighurs"), ids(tags).toString());
    }

    @Test
    void aHanNameInXinjiangAloneDoesNotMakeAUyghurPage() {
        List<TopicTag> tags = TAGGER.tag(
                page("", "He was detained by police."),
                List.of(person("wang-lixiong", "Wang Lixiong", "王力雄")),
                List.of(province("Xinjiang")),
                List.of());
        assertFalse(ids(tags).contains("uyghurs-uighurs"), ids(tags).toString());
    }

    @Test
    void aDetentionOnJuneFourth1989SuggestsJuneFourth() {
        List<TopicTag> tags = TAGGER.tag(
                page("", "He was detained in Beijing."),
                List.of(person("li-hai", "Li Hai", null)),
                List.of(province("Beijing")),
                List.of(new Event("detention", "1989-06-04", null, "Beijing", "Beijing", List.of("li-hai"), "")));
        assertTrue(ids(tags).contains("june-fourth"), ids(tags).toString());
    }

    @Test
    void aTibetanNameInTibetSuggestsTibet() {
        List<TopicTag> tags = TAGGER.tag(
                page("", "She was detained and sentenced."),
                List.of(person("lobsang-dolma", "Lobsang Dolma", null)),
                List.of(province("Tibet")),
                List.of());
        assertTrue(ids(tags).contains("tibet"), ids(tags).toString());
    }

    @Test
    void aPlaceInTibetAloneIsNotEnough() {
        List<TopicTag> tags =
                TAGGER.tag(page("", "He was detained."), List.of(), List.of(province("Tibet")), List.of());
        assertFalse(ids(tags).contains("tibet"), ids(tags).toString());
    }

    @Test
    void aLongerCueHidesTheShorterCueInsideIt() {
        List<CueMatcher.Hit> hits = List.of(
                new CueMatcher.Hit(3, "lawyer*", 0.6, true, 13, 19),
                new CueMatcher.Hit(3, "human rights lawyer*", 1.0, true, 0, 19),
                new CueMatcher.Hit(4, "lawyer*", 0.6, true, 13, 19));
        assertEquals(2, CueTopicTagger.longestPerTopic(hits).size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他被以煽动颠覆国家政权罪判刑。 | inciting-subversion-of-state-power | subversion-of-state-power",
                "他被以煽動顛覆國家政權罪判刑。 | inciting-subversion-of-state-power | subversion-of-state-power",
                "He was convicted of inciting subversion of state power. | inciting-subversion-of-state-power"
                        + " | subversion-of-state-power"
            })
    void aChargeNamedInsideALongerChargeCountsForTheLongerOnly(String text, String longer, String shorter) {
        List<String> ids = ids(page("", text));
        assertTrue(ids.contains(longer) && !ids.contains(shorter), text + " -> " + ids);
    }

    @Test
    void oneReadingGivesTheTagsAndTheWeightsOfTheTwoCalls() {
        ExtractedPage page = page(
                "Yao Fuxin sentenced",
                "Labor activist Yao Fuxin was sentenced for subversion after the workers' protest over unpaid wages.",
                "姚福信因颠覆国家政权罪被判刑，工人抗议拖欠工资。");
        List<Person> people = List.of();
        CueTopicTagger.Reading reading = TAGGER.read(page, people, List.of(), List.of());
        assertFalse(reading.tags().isEmpty());
        assertEquals(TAGGER.tag(page, people, List.of(), List.of()), reading.tags());
        assertEquals(TAGGER.weights(page, people, List.of(), List.of()), reading.weights());
    }
}
