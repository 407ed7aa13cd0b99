package org.rightsarchive.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.TestPages;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;
import org.rightsarchive.annotate.text.StartFilteredMatches;
import org.rightsarchive.annotate.text.StartTestAgreement;
import org.rightsarchive.extract.ExtractedPage;

class SentenceEventRecognizerTest {
    static List<Event> events(LocalDate published, String... paragraphs) {
        ExtractedPage page = TestPages.page(published, paragraphs);
        return StandardAnnotators.create().annotate(page).events();
    }

    /** The dates of the events of a type, in order (TimeSpanTest asks it too). */
    static List<String> datesOf(String type, LocalDate published, String... paragraphs) {
        return events(published, paragraphs).stream()
                .filter(e -> e.type().equals(type))
                .map(Event::date)
                .toList();
    }

    private static Event only(String type, LocalDate published, String... paragraphs) {
        List<Event> found = events(published, paragraphs).stream()
                .filter(e -> e.type().equals(type))
                .toList();
        assertEquals(1, found.size(), () -> type + " events in " + events(published, paragraphs));
        return found.get(0);
    }

    @Test
    void detentionHasDatePlaceAndPeople() {
        Event e = only(
                "detention",
                LocalDate.of(2002, 3, 22),
                "On March 20, Liaoyang worker representatives Pang Qingxiang, 58, and Xiao Yunliang, 57, were detained.");
        assertEquals("2002-03-20", e.date());
        assertEquals("Liaoyang", e.place());
        assertEquals("Liaoning", e.province());
        assertEquals(List.of("pang-qingxiang", "xiao-yunliang"), e.people());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Yao Fuxin was detained on March 17, 2002.|detention|2002-03-17",
                "Yao Fuxin was formally arrested on March 27, 2002.|arrest|2002-03-27",
                "Yao Fuxin was tried on January 15, 2003.|trial|2003-01-15",
                "Yao Fuxin was sentenced to seven years on May 9, 2003.|sentencing|2003-05-09",
                "Yao Fuxin was released on March 17, 2009.|release|2009-03-17",
                "Yao Fuxin disappeared in April 2017.|disappearance|2017-04",
                "Yao Fuxin began a hunger strike on March 25, 2002.|hunger-strike|2002-03-25",
                "Yao Fuxin died in custody on July 13, 2017.|death-in-custody|2017-07-13",
                "Yao Fuxin has been under house arrest since October 2010.|house-arrest|2010-10",
                "姚福信于2002年3月17日被拘留。|detention|2002-03-17",
                "姚福信于2002年3月27日被正式逮捕。|arrest|2002-03-27",
                "姚福信于2003年5月9日被判处七年有期徒刑。|sentencing|2003-05-09",
                "姚福信于2009年3月17日获释。|release|2009-03-17",
                "姚福信于2017年4月失踪。|disappearance|2017-04",
                "姚福信於2003年1月15日受審。|trial|2003-01-15",
                "姚福信自2010年10月起遭软禁。|house-arrest|2010-10"
            })
    void readsEachTypeInBothLanguages(String text, String type, String date) {
        Event e = only(type, null, text);
        assertEquals(date, e.date());
        assertEquals(List.of("yao-fuxin"), e.people());
        assertTrue(Event.TYPES.contains(e.type()));
    }

    @Test
    void aCallForReleaseIsNoRelease() {
        assertTrue(events(null, "Workers marched calling for the release of Yao Fuxin.").stream()
                .noneMatch(e -> e.type().equals("release")));
        assertTrue(events(null, "我们呼吁释放姚福信。").stream().noneMatch(e -> e.type().equals("release")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police formally arrested Ren Xin on May 3, 2010.|arrest",
                "Police forcibly detained Ren Xin on May 3, 2010.|detention",
                "Officials detained former teacher Ren Xin on May 3, 2010.|detention",
            })
    void aWordThatBeginsWithForIsNoCallOnSomeonesBehalf(String sentence, String type) {
        assertEquals(List.of("ren-xin"), only(type, null, sentence).people());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ding Jiaxi was detained on December 26, 2019, and Xu Zhiyong on February 15, 2020.|detention"
                        + "|ding-jiaxi=2019-12-26 xu-zhiyong=2020-02-15",
                "The court tried Li Tingyu on April 20, 2017 and Lu Yuyu on June 23.|trial"
                        + "|li-tingyu=2017-04-20 lu-yuyu=2017-06-23",
                "Officials released Zhang Weiping on November 14, 2014; Yang Dongsheng and Zhu Guogang around November"
                        + " 23; and Qin Qingmei on November 25.|release|zhang-weiping=2014-11-14"
                        + " yang-dongsheng=2014-11-23 zhu-guogang=2014-11-23 qin-qingmei=2014-11-25",
                // another verb takes the second name: the arrest is of both on August 6
                "Police formally arrested Zheng Yonggui and Wang Hong on August 6, 2014, releasing Zheng Yonggui on"
                        + " bail on October 20, and Wang Hong on November 5.|arrest"
                        + "|zheng-yonggui=2014-08-06 wang-hong=2014-08-06",
            })
    void aNameWithADateOfItsOwnAfterTheVerbGetsThatDate(String sentence, String type, String expected) {
        java.util.Map<String, String> dates = new java.util.TreeMap<>();
        for (Event e : events(null, sentence)) {
            if (e.type().equals(type)) {
                e.people().forEach(id -> dates.put(id, e.date()));
            }
        }
        java.util.Map<String, String> want = new java.util.TreeMap<>();
        for (String pair : expected.split(" ")) {
            want.put(pair.split("=")[0], pair.split("=")[1]);
        }
        assertEquals(want, dates);
    }

    @Test
    void aVaguerEventOfPeopleDatedMorePreciselyOneByOneIsDropped() {
        List<Event> found = events(
                        null,
                        "Police detained Dondrub Wangchen and Jigme Gyatso in March 2008. Police detained Dondrub"
                                + " Wangchen on March 26, 2008, and Jigme Gyatso on March 23.")
                .stream()
                .filter(e -> e.type().equals("detention"))
                .toList();
        assertEquals(2, found.size(), found::toString);
        assertEquals(
                java.util.Set.of("2008-03-26", "2008-03-23"),
                found.stream().map(Event::date).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aCallForTheReleaseOfAListKeepsEveryNameOutOfTheEvent() {
        List<Event> found = events(
                null,
                "China Rights Alerts calls for the release of Xu Zhiyong, Ding Jiaxi, Li Qiaochu and everyone detained"
                        + " in connection with the gathering in Xiamen.");
        Event e = found.stream()
                .filter(f -> f.type().equals("detention"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(), e.people());
        assertEquals("Fujian", e.province());
    }

    @Test
    void anUndatedEventOfNoOneNamedStaysWhenItTellsOfAnotherPlace() {
        List<Event> found = events(
                        null,
                        "Police detained Xu Zhiyong in Guangzhou on February 15, 2020.",
                        "China Rights Alerts calls for the release of everyone detained in connection with the gathering"
                                + " in Xiamen.")
                .stream()
                .filter(e -> e.type().equals("detention"))
                .toList();
        assertEquals(
                List.of("Guangdong", "Fujian"),
                found.stream().map(Event::province).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"许志永于2020年2月15日被拘，此前参加了聚会。, 2020-02-15", "许志永于2020年2月15日被拘。, 2020-02-15"})
    void beiJuAloneIsADetention(String sentence, String date) {
        assertEquals(date, only("detention", null, sentence).date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"李文足和其他被拘律师的妻子们公开为丈夫奔走呼吁。", "袁隆平丧礼规格高 多名网民发表侮辱其言论被拘"})
    void beiJuWithoutADateBeforeItIsNoDetentionOfThoseNamed(String sentence) {
        assertTrue(events(null, sentence).stream().noneMatch(e -> e.type().equals("detention")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "黄琦的律师多次警告，但取保候审和保外就医的申请均被拒绝。",
        "Authorities denied Huang Qi's request to be released on medical parole.",
        "Huang Qi's request to be released on medical parole was rejected.",
    })
    void aReleaseAskedForAndRefusedIsNoRelease(String sentence) {
        assertTrue(events(null, sentence).stream().noneMatch(e -> e.type().equals("release")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Wang Quanzhang was taken into custody in August 2015, soon after the July 9 crackdown began, and was"
                        + " sentenced by the Tianjin No. 2 Intermediate People's Court in January 2019.|sentencing|2019-01",
                "Wang Quanzhang was the last of the lawyers seized in the July 2015 crackdown to face trial.|trial|",
            })
    void anEnglishVerbsOwnDateOrNone(String sentence, String type, String date) {
        assertEquals(date, only(type, null, sentence).date());
    }

    @Test
    void aCourtIsWhereTheSentenceWasNotTheDetention() {
        String sentence = "Wang Quanzhang was taken into custody in August 2015 and was sentenced by the Tianjin No. 2"
                + " Intermediate People's Court in January 2019.";
        Event detention = only("detention", null, sentence);
        assertEquals(null, detention.place());
        assertEquals("Tianjin", detention.province());
        assertEquals(
                "Tianjin No. 2 Intermediate People's Court",
                only("sentencing", null, sentence).place());
    }

    @Test
    void aDateOfAClauseCountedFromDatesNothing() {
        Event death = only(
                "death-in-custody",
                null,
                "Liu Xiaobo died in custody. Liu is the first Nobel Peace laureate to die in state custody since the"
                        + " German pacifist Carl von Ossietzky died under Nazi guard in 1938.");
        assertEquals(null, death.date());
        assertEquals(List.of("liu-xiaobo"), death.people());
    }

    @Test
    void aBareSurnameOfTwoPeopleIsTheOneJustNamed() {
        List<Event> found = events(
                null,
                "His wife Liu Xia has been held under house arrest since October 2010.",
                "Police detained Liu Xiaobo on December 8, 2008. Liu was sentenced on December 25, 2009.");
        Event sentence = found.stream()
                .filter(e -> e.type().equals("sentencing"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("liu-xiaobo"), sentence.people());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "At his trial on January 22, 2014, Xu Zhiyong refused to speak in protest against the proceedings.|false",
                "Wang Xin's lawyers withdrew in protest of the court's violations.|false",
                "On May 3, 2010, workers marched in protest against unpaid wages.|true",
                "Wang Xin staged a protest against the trial on May 3, 2010.|true",
            })
    void aGestureInCourtIsNoProtest(String sentence, boolean protest) {
        assertEquals(
                protest, events(null, sentence).stream().anyMatch(e -> e.type().equals("protest")));
    }

    @Test
    void houseArrestIsNoArrest() {
        List<Event> found = events(null, "Liu Xia was placed under house arrest in October 2010.");
        assertEquals(List.of("house-arrest"), found.stream().map(Event::type).toList());
    }

    @Test
    void dateOfAnotherClauseIsNotUsed() {
        Event e = only(
                "detention",
                LocalDate.of(2003, 2, 17),
                "The number of demonstrators swelled on March 18, after worker representative Yao Fuxin was detained.");
        assertEquals(null, e.date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The court tried them on December 19, 2006 and sentenced Yao Fuxin to seven years on April 10, 2007."
                        + "|trial|2006-12-19|sentencing|2007-04-10",
                "Police detained them on March 17, 2008 and a court sentenced Yao Fuxin on April 2, 2009."
                        + "|detention|2008-03-17|sentencing|2009-04-02",
                "Yao Fuxin was sentenced to seven years; he was released on March 17, 2009."
                        + "|sentencing||release|2009-03-17"
            })
    void aDateAfterOneVerbDatesThatVerbNotTheNext(
            String text, String firstType, String firstDate, String secondType, String secondDate) {
        LocalDate published = LocalDate.of(2009, 4, 1);
        assertEquals(firstDate, only(firstType, published, text).date());
        assertEquals(secondDate, only(secondType, published, text).date());
    }

    @Test
    void aSemicolonBetweenSourcesInParenthesesDoesNotEndTheClause() {
        String sourcesBetween = "On March 20 (Reuters, 21 March; AFP, 22 March) police detained Yao Fuxin.";
        assertEquals(
                "2002-03-20",
                only("detention", LocalDate.of(2002, 4, 1), sourcesBetween).date());
    }

    @Test
    void yearComesFromTheParagraphOrThePublicationDate() {
        assertEquals(
                "2002-03-04",
                only("arrest", LocalDate.of(2003, 2, 17), "On or around March 4, retiree Li Yan was arrested.")
                        .date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The court put two organizers of last year's worker protests, Yao Fuxin and Xiao Yunliang, on trial on"
                        + " January 15, 2003.|protest|2002",
                "2003年1月15日，辽阳市中级人民法院开庭审理去年工人抗议的两名组织者姚福信和萧云良。|protest|2002",
                "姚福信去年被拘留，今年1月15日受审。|detention|2002",
                "警司说她不记得前年集会时姚福信在场。|protest|2001"
            })
    void relativeYearBeforeTheEventCountsBackFromPublication(String text, String type, String year) {
        assertEquals(year, only(type, LocalDate.of(2003, 1, 17), text).date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On May 9, 2003, almost four months after their trial, the court found Yao Fuxin guilty.|trial|2003-01"
                        + "|sentencing|2003-05-09",
                "2003年5月9日，在庭審將近四個月之後，法院裁定姚福信「顛覆國家政權罪」成立。|trial|2003-01|sentencing|2003-05-09",
                "On May 6, three days after detention, authorities sentenced Yao Fuxin.|detention|2003-05-03|sentencing"
                        + "|2003-05-06",
                "2003年5月6日，姚福信被拘留翌日，當局判處姚福信。|detention|2003-05-05|sentencing|2003-05-06"
            })
    void anEventATimeIsCountedFromIsDatedBackFromTheMainClause(
            String text, String counted, String countedDate, String main, String date) {
        LocalDate published = LocalDate.of(2003, 5, 12);
        assertEquals(countedDate, only(counted, published, text).date());
        assertEquals(date, only(main, published, text).date());
    }

    @Test
    void aDateInsideTheTimePhraseStillDatesItsEvent() {
        assertEquals(
                "2002-03-17",
                only("detention", null, "Yao Fuxin has been ill since his detention on March 17, 2002.")
                        .date());
        assertEquals(
                "2003-01-15", only("trial", null, "姚福信于2003年1月15日庭审之后被转往看守所。").date());
    }

    @Test
    void relativeYearOfAnUndatedPageLeavesTheEventUndated() {
        Event protest = only("protest", null, "2003年1月15日，法院开庭审理去年工人抗议的组织者姚福信。");
        assertEquals(null, protest.date());
        assertEquals(
                "2003-01-15",
                only("trial", null, "2003年1月15日，法院开庭审理去年工人抗议的组织者姚福信。").date());
    }

    /** A bare surname two people share means the page's detainee; with a given name it is whoever that names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Liu, 53, was formally arrested on June 23, 2009.|liu-xiaobo",
                "Police later arrested Liu Yi on June 23, 2009.|liu-yi"
            })
    void aSurnameTwoPeopleShareMeansWhomTheSentenceNames(String sentence, String id) {
        Event arrest = only(
                "arrest",
                LocalDate.of(2009, 12, 25),
                "Police took the writer Liu Xiaobo from his Beijing home on December 8, 2008.",
                "His wife, Liu Xia, does not know where he is held.",
                sentence);
        assertEquals(List.of(id), arrest.people());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023年4月10日，法院判處法學學者許志永有期徒刑十四年，判處律師丁家喜有期徒刑十二年。|sentencing" + "|[xu-zhiyong];[ding-jiaxi]",
                "鄒幸彤就煽惑及參與罪被判12個月監禁，何桂藍則就參與罪被判6個月監禁。|sentencing|[zou-xingtong];[he-guilan]",
                "去年底，王怡牧師被判刑9年，一周前，許章潤也因批評中共被逮捕。|arrest|[xu-zhangrun]"
            })
    void eachChineseClauseTellsOfItsOwnPeople(String sentence, String type, String people) {
        assertEquals(
                List.of(people.split(";")),
                events(LocalDate.of(2023, 4, 10), sentence).stream()
                        .filter(e -> e.type().equals(type))
                        .map(e -> e.people().toString().replace(" ", ""))
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "7月10日，警方又带走了锋锐所主任周世锋，以及因代理基督徒案件而知名的律师李和平。|detention|2",
                "Police detained Tang Jitian, Jiang Tianyong, Wang Cheng and Zhang Junjie, and tried them on March 21.|detention|4"
            })
    void oneEventOrAnEnglishListKeepsTheSentencesPeople(String sentence, String type, int people) {
        Event e = only(type, LocalDate.of(2015, 7, 12), sentence);
        assertEquals(people, e.people().size(), e::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Later that day police released all but Liu Jinxing on bail.|[]",
                "Police released all but five villagers: Kunsang Dorje, Palden Rigzin and Rabten Tsering.|[]",
                "Authorities later released all detainees except Cheng Xiue, but on June 4 detained Fu Guiju again."
                        + "|[fu-guiju]",
                "On January 7, 2019, the court sentenced all but Yang Jiashun to prison terms: Yue Yingcong to 4 years"
                        + " and Zhou Lihua to 3 years.|[yue-yingcong, zhou-lihua]"
            })
    void peopleAnExceptionAfterTheVerbNamesAreLeftOut(String sentence, String people) {
        Event e = events(LocalDate.of(2019, 10, 15), sentence).stream()
                .filter(x -> x.type().equals("release") || x.type().equals("sentencing"))
                .findFirst()
                .orElseThrow();
        assertEquals(people, e.people().toString(), e::toString);
    }

    @Test
    void anExceptionAfterACommaLeavesTheEarlierVerbsPeople() {
        Event detention = only(
                "detention",
                LocalDate.of(2009, 10, 1),
                "Three days after the detention of Zhao Xiaochang and Zhu Junqiang, authorities ordered all of them"
                        + " except Zhao Xiaochang to serve terms.");
        assertEquals(List.of("zhao-xiaochang", "zhu-junqiang"), detention.people());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "姚福信和蕭雲良分別自2002年3月17日和3月20日起被羈押。",
                "Yao Fuxin and Xiao Yunliang have been in custody since March 17 and March 20, 2002, respectively.",
                "Xiao Yunliang and Yao Fuxin were detained on March 20 and March 17, 2002, respectively."
            })
    void respectivelyGivesEachPersonTheirDate(String sentence) {
        List<String> detentions = events(LocalDate.of(2002, 6, 1), sentence).stream()
                .filter(e -> e.type().equals("detention"))
                .map(e -> e.people() + " " + e.date())
                .sorted()
                .toList();
        assertEquals(List.of("[xiao-yunliang] 2002-03-20", "[yao-fuxin] 2002-03-17"), detentions);
    }

    @Test
    void respectivelyOfTermsLeavesTheDatesToTheVerbs() {
        Event trial = only(
                "trial",
                LocalDate.of(2016, 2, 2),
                "The court tried Guo Hongwei and Xiao Yunling on November 10, 2015, and sentenced them on February 1,"
                        + " 2016, to 13 years and 6 years in prison, respectively.");
        assertEquals("2015-11-10", trial.date());
        assertEquals(List.of("guo-hongwei", "xiao-yunling"), trial.people());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Authorities detained Wang Xin on March 13, 2001, and arrested him on April 19, 2001.|2001-04-19",
                "丁家喜在2019年12月26日被带走，在2020年6月20日被批准逮捕。|2020-06-20",
                "Police detained and arrested Wang Xin on March 13, 2001.|",
                "Authorities detained Wang Xin on March 13, 2001, and later formally arrested him.|"
            })
    void aFormalArrestWithADateOfItsOwnIsALaterStage(String sentence, String arrestDate) {
        LocalDate published = LocalDate.of(2021, 1, 1);
        assertEquals(arrestDate == null ? List.of() : List.of(arrestDate), datesOf("arrest", published, sentence));
        assertEquals(1, datesOf("detention", published, sentence).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Authorities held Wang Xin at the Huai'an PSB Detention Center, and arrested him on September 17, 2015."
                        + "|arrest|2015-09-17",
                "Authorities transferred Guo Yushan to the Beijing No. 1 PSB Detention Center and later arrested him on"
                        + " January 3, 2015.|arrest|2015-01-03",
                "Authorities released Wang Xin from the Fuzhou No. 2 PSB Detention Center on July 7, 2015.|release|2015-07-07",
                "Wang Xin began a hunger strike on June 3, 2015 in the Beitun Detention Center.|hunger-strike|2015-06-03",
            })
    void aDetentionCenterTellsWhereTheSentencesOtherEventTookPlace(String sentence, String type, String date) {
        LocalDate published = LocalDate.of(2016, 1, 1);
        // The detention came before, in a sentence of its own: the facility's sentence adds none dated by its event.
        String detained = "Police detained Wang Xin and Guo Yushan on May 2, 2015.";
        assertEquals(List.of(date), datesOf(type, published, detained, sentence));
        assertEquals(List.of("2015-05-02"), datesOf("detention", published, detained, sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On May 17, 2015, police detained Wang Xin and released him on May 20.|release|2015-05-20",
                "On May 17, 2015, police detained Wang Xin and released him on May 20.|detention|2015-05-17",
                "Chadrel Rinpoche was detained in 1995 and sentenced in 1997 to six years in prison.|sentencing|1997",
                "On January 15, 2011, the court tried Wang Xin and sentenced him on January 27 to 3 years.|sentencing"
                        + "|2011-01-27",
                "On January 15, 2011, the court tried Wang Xin and sentenced him on January 27 to 3 years.|trial"
                        + "|2011-01-15",
                "A court in Shandong sentenced Wang Xin in 1992 to 12 years, and reduced his sentence in August 1996."
                        + "|sentencing|1992",
                "On July 15, 2015, the court tried Wang Xin for \"using a cult\", and sentenced him to seven years in"
                        + " prison on August 6, 2015.|sentencing|2015-08-06",
                "On October 14, 2015, the Chuanshan District People's Court tried them and on December 22, 2015,"
                        + " sentenced Wang Xin to 3 years.|sentencing|2015-12-22",
                "On October 14, 2015, the Chuanshan District People's Court tried them and on December 22, 2015,"
                        + " sentenced Wang Xin to 3 years.|trial|2015-10-14",
                "On September 9, 2015, authorities formally arrested Wang Xin, and on December 14 the Huocheng County"
                        + " People's Court tried her.|trial|2015-12-14",
            })
    void aVerbWrittenWithADateOfItsOwnTakesIt(String sentence, String type, String date) {
        assertEquals(List.of(date), datesOf(type, LocalDate.of(2016, 1, 1), sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Phayul reported in August 2009 that a Lhasa court sentenced Wang Xin to 10 years in prison.|sentencing|",
                "64tianwang reported on April 2, 2013, that Wang Xin was released from the RTL Center on March 29, 2013."
                        + "|release|2013-03-29",
                "His family learned in February 2008 that Wang Xin was ordered to serve reeducation through labor."
                        + "|detention|",
                "Police detained Wang Xin on March 6, 2009, CHRD said.|detention|2009-03-06",
                "His lawyer reported that Wang Xin's trial was scheduled for December 28, 2015.|trial|",
                "According to an August 2002 Reuters report, police in Lhasa detained Wang Xin in July 2002.|detention"
                        + "|2002-07",
                "Based on September 4, 2012, RFA, TCHRD, and Phayul reports, police detained Wang Xin.|detention|",
                "Wang Xin was detained earlier in 2002, although Amnesty International reports no date.|detention|2002",
                "Wang Xin was held in Qushui Prison until his March 12, 2015, release.|detention|",
            })
    void theDateOfAReportOrOfAPlanDatesNoEvent(String sentence, String type, String date) {
        assertEquals(date, only(type, LocalDate.of(2016, 1, 1), sentence).date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On May 14, 2008, scores of nuns attempted to stage a protest march. Security officials beat and detained"
                        + " Wang Xin.|2008-05-14",
                "On June 25, 2014, officials raided a factory where Christians sang hymns. Authorities took Wang Xin into"
                        + " custody.|2014-06-25",
                "On June 25, 2014, officials raided a factory where Christians sang hymns. Authorities later took Wang Xin"
                        + " into custody.|",
                "On June 25, 2014, officials raided a factory. The next day, police detained Wang Xin.|",
                "On June 25, 2014, officials raided a factory. Officials gave no detention notice to Wang Xin's family.|",
                "On June 25 and July 2, 2014, officials raided a factory. Police detained Wang Xin.|",
            })
    void anUndatedDetentionTakesTheDateOfTheSceneBefore(String paragraph, String date) {
        assertEquals(
                date, only("detention", LocalDate.of(2015, 1, 1), paragraph).date());
    }

    @Test
    void aSceneInAnotherParagraphDatesNothing() {
        assertEquals(
                null,
                only(
                                "detention",
                                LocalDate.of(2015, 1, 1),
                                "On May 14, 2008, nuns staged a protest march.",
                                "Police" + " detained Wang Xin.")
                        .date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Authorities held Wang Xin at the Linyi PSB Detention Center until his release on June 24, 2017."
                        + "|2017-06-24",
                "Wang Xin died on July 18, 2006, following her release from detention in May 2006.|2006-05",
                "After his release on August 24, 2019, Wang Xin told RFA what he had seen.|2019-08-24",
                "Wang Xin was given a two-year sentence reduction and released in April 2004.|2004-04",
                "The court commuted the sentence of Wang Xin by one year, releasing him on January 3, 2006.|2006-01-03",
                "Wang Xin was placed under house arrest following his June 5, 2006, release from Tilanqiao Prison."
                        + "|2006-06-05",
                "CAA reported Wang Xin's early release on December 25, 2011.|2011-12-25",
                "Wang Xin was detained until approximately May 2, 2005.|2005-05-02",
            })
    void aReleaseToldByItsNounOrByTheEndOfCustodyIsARelease(String sentence, String date) {
        assertEquals(List.of(date), datesOf("release", LocalDate.of(2020, 1, 1), sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The Yingkou court first heard his case on April 26, 2005.|2005-04-26",
                "Three trials ensued, on December 14, 2007, June 17, 2008, and October 30, 2008.|2007-12-14",
                "Zheng Yichun was tried before the Yingkou Intermediate People's Court on April 26, 2005.|2005-04-26",
                "On January 7, 2005, prosecutors approved the arrest; on April 26, 2005, the court tried Zheng Yichun."
                        + "|2005-04-26",
                "CAA reported that on January 16, 2018, the court held a trial, and on October 12, sentenced Zheng Yichun."
                        + "|2018-01-16",
                "Zheng Yichun was tried by the Nanshan District People's Court in 1996 and sentenced to 12 years"
                        + " imprisonment on April 15, 1997.|1996",
                "The Yi county court retried Zheng Yichun on May 16, 2016.|2016-05-16",
                "The court heard Zheng Yichun's case again on January 4, 2018.|2018-01-04",
                "Zheng Yichun's trial, initially scheduled for May 6, 2015, was postponed and took place on September"
                        + " 18, 2015.|2015-09-18",
                "On August 4, 2016, the appeals court ordered a retrial of Zheng Yichun.|",
                "Zheng Yichun was detained on March 20, 2002, with Pang Qingxiang, who was not among the defendants in"
                        + " this trial.|",
                "Police released Zheng Yichun pending trial on April 26, 2005.|",
                "Zheng Yichun was released on bail until trial.|",
                "他们正在等待审判。|"
            })
    void datesTheTrialAndOnlyATrial(String sentence, String date) {
        assertEquals(date == null ? List.of() : List.of(date), datesOf("trial", LocalDate.of(2018, 12, 1), sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police detained Zheng Yichun on an unknown date in 2004 (RFA, 3 March 05).|2004",
                "Police detained Zheng Yichun (RFA, 3 March 05).|",
                "Zheng Yichun (detained on December 20, 2004) was tried in April.|2004-12-20"
            })
    void aSourcesDateInParenthesesDoesNotDateTheEvent(String sentence, String date) {
        assertEquals(date, only("detention", LocalDate.of(2005, 6, 1), sentence).date());
    }

    @Test
    void aReleaseOnBailIsARelease() {
        Event release = only(
                "release",
                LocalDate.of(2015, 6, 1),
                "On March 3, 2015, police in Shenzhen detained Li Ming.",
                "Police released Li Ming on bail on May 2, 2015.");
        assertEquals("2015-05-02", release.date());
        assertEquals(List.of("li-ming"), release.people());
    }

    @Test
    void pronounTakesThePersonOfTheSentenceBefore() {
        Event e = only(
                "detention",
                null,
                "Yao Fuxin led the protests in March 2002.",
                "He was detained by plain-clothes police on March 17, 2002.");
        assertEquals(List.of("yao-fuxin"), e.people());
    }

    @Test
    void pluralPronounOfACountedGroupMeansTheGroup() {
        List<Event> found = events(
                null,
                "Police detained Tashi Dorje and Sonam Dawa on April 15, 2012.",
                "Officials detained 20 more Tibetans on March 15, 2012, and later released them.");
        Event group = found.stream()
                .filter(e -> e.type().equals("detention") && "2012-03-15".equals(e.date()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(List.of(), group.people());
    }

    @Test
    void officialsAreNotPartyToEvents() {
        Event e = only("detention", null, "Governor Bo Xilai ordered that Yao Fuxin be detained on March 17, 2002.");
        assertEquals(List.of("yao-fuxin"), e.people());
    }

    @Test
    void facilityIsThePlaceOfTheEvent() {
        Event e = only("detention", null, "Yao Fuxin was detained in Tieling Detention Center on March 17, 2002.");
        assertEquals("Tieling Detention Center", e.place());
        assertEquals("Liaoning", e.province());
    }

    static Stream<Arguments> pronouns() {
        return Stream.of(
                Arguments.of("male", SentenceEventRecognizer.MALE_PRONOUN, SentenceEventRecognizer.MALE_PRONOUN_STARTS),
                Arguments.of(
                        "female",
                        SentenceEventRecognizer.FEMALE_PRONOUN,
                        SentenceEventRecognizer.FEMALE_PRONOUN_STARTS),
                Arguments.of(
                        "plural",
                        SentenceEventRecognizer.PLURAL_PRONOUN,
                        SentenceEventRecognizer.PLURAL_PRONOUN_STARTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pronouns")
    void triesPronounsWhereverTheyCanStart(String name, Pattern pattern, StartFilteredMatches.StartTest starts) {
        StartTestAgreement.assertAgreesWithFind(
                name, pattern, starts, List.of("He ", "HIS", "She", "Hers ", "They", "THEM", "Their", "the", "我们"));
    }
}
