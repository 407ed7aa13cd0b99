package org.rightsarchive.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsarchive.annotate.text.StartTestAgreement;

class EventTriggersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Police detained at least 10 monks.|true",
                "Police detained TEN Monks on Monday.|true",
                "Twenty additional Tibetans were held; police detained 20 additional Tibetans.|true",
                "Several young farmers were taken away.|true",
                "The monks were detained.|false",
                "He met 10 officials.|false",
                "Police detained Yao Fuxin.|false",
                "警方拘留了十名僧人。|false",
            })
    void countsGroupNeedsACountThenAGroupNoun(String sentence, boolean counts) {
        assertEquals(counts, EventTriggers.countsGroup(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Yao Fuxin was detained on March 17.|detention",
                "She has been under house arrest since 2010.|house-arrest",
                "He was ARRESTED and later released after a hunger strike.|arrest,release,hunger-strike",
                "Under residential surveillance at a designated location.|detention",
                "姚福信于2003年被判处七年有期徒刑。|sentencing",
                "他在狱中死亡。|death-in-custody",
                "Yao Fuxin walked out of Lingyuan No. 2 Prison on March 16, 2009.|release",
                "He walked free on Tuesday.|release",
                "She left prison in 2019.|release",
                "The court found Yao Fuxin and Xiao Yunliang guilty of subversion.|sentencing",
                "He was convicted of inciting subversion.|sentencing",
                "法院认定罪名成立。|sentencing",
                "法院裁定姚福信「颠覆国家政权罪」成立。|sentencing",
                "Workers protested in Liaoyang.|protest",
                "Chen Zhibiao took part in protests against the seizure of land.|protest",
                "Police took the writer Liu Xiaobo from his Beijing home late on December 8, 2008.|detention",
                "Liu, 53, was taken from his home on December 8, 2008.|detention",
                "He took his daughter from her school.|",
                "She came home from the hospital.|",
                "Ask that he and his three colleagues be released.|",
                "Ilham Tohti must be released immediately and unconditionally.|",
                "It calls for him to be released at once.|",
                "After being held in Tieling for ten days, he was released on bail.|detention,release",
                "Police released Monlam Kyi on June 6, 2018.|release",
                "The officers reportedly released Guo Zhaocang after he paid them.|release",
                "Authorities released Wei Xiaobing and He Lin on bail.|release",
                "Police released a statement on the case.|",
                "Officials released the report in May.|",
                "The weather was fine.|",
                "CAA reports that on January 5, 2008, Tian was taken to the Fangcheng PSB detention center.|detention",
                "Authorities held Wang at the Huai'an PSB Detention Center, and arrested him on September 17.|arrest",
                "Authorities released Luo from the Fuzhou No. 2 PSB Detention Center on July 7, 2018.|release",
                "Ji Wenwen began a hunger strike on June 3, 2006 in the Beitun Detention Center.|hunger-strike",
                "Police stopped the nuns from protesting before taking them to the Ganzi county detention center."
                        + "|protest,detention",
                "Authorities transferred Ren Meijiao to the Wuxi PSB Detention Center.|detention",
                "Authorities detained Chen at the Fengtai PSB Detention Center until his release on bail on November 1."
                        + "|detention,release",
                "Rights groups called for his release on medical parole.|",
                "His wife submitted a written request for his release to the High People's Court.|",
                "Authorities accused Wang Xin of releasing information in September 2009.|",
                "Authorities held Li at a detention center in Fengrun until December 11, 2010, when officials transferred"
                        + " Li to the Kaiping RTL center.|detention",
                "She was held until the end of August 2008.|release",
                "He was held until his trial.|",
            })
    void findsTheTriggersOfASentenceInOrder(String sentence, String types) {
        List<String> expected = types == null ? List.of() : List.of(types.split(","));
        assertEquals(
                expected,
                EventTriggers.find(sentence).stream()
                        .map(EventTriggers.Trigger::type)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Groups called for the release of Yao Fuxin.|true",
                "要求释放姚福信。|true",
                "Yao Fuxin was released on March 17.|false",
                "The report did not state whether officials released the men.|true",
                "Yao Fuxin was detained.|false",
            })
    void tellsACallForReleaseFromARelease(String sentence, boolean onlyCalls) {
        assertEquals(onlyCalls, EventTriggers.onlyCallsForRelease(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Authorities released Lu on bail and transferred Ren to the Wuxi PSB Detention Center.|true",
                "Authorities released Lu on bail on March 22, 2018.|false",
                "Workers protested in Liaoyang.|false",
                "Yao Fuxin was sentenced to seven years.|true",
            })
    void aDetentionFacilityReportsPersecutionEvenWhereItIsNoTrigger(String sentence, boolean persecution) {
        assertEquals(persecution, EventTriggers.reportsPersecution(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "death-in-custody",
                "house-arrest",
                "hunger-strike",
                "disappearance",
                "sentencing",
                "trial",
                "release",
                "arrest",
                "detention",
                "protest"
            })
    void triesEachTypeWhereverItsWordsCanStart(String type) {
        StartTestAgreement.assertAgreesWithFind(
                type,
                EventTriggers.PATTERNS.get(type),
                EventTriggers.STARTS.get(type),
                List.of("him ", "a ", "the ", "at her home", "10-year ", "police ", "while in "));
    }

    @Test
    void triesCountedGroupsWhereverTheirCountCanStart() {
        StartTestAgreement.assertAgreesWithFind(
                "counted group",
                EventTriggers.COUNTED_GROUP,
                EventTriggers.COUNT_STARTS,
                List.of("10 ", "Ten ", "DOZENS ", "Monks", "at least ", "more ", "Tibetan "));
    }

    @Test
    void hasAStartTestForEveryType() {
        assertEquals(EventTriggers.PATTERNS.keySet(), EventTriggers.STARTS.keySet());
    }

    @Test
    void givesTheSameTriggersWhenAskedAgain() {
        String s = "He was detained on May 3 and sentenced to 10 years.";
        assertEquals(EventTriggers.find(s), EventTriggers.find(new String(s)));
        assertEquals(
                List.of("detention", "sentencing"),
                EventTriggers.find(s).stream().map(EventTriggers.Trigger::type).toList());
    }
}
