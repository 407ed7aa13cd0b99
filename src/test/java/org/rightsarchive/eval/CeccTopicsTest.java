package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.annotate.Place;

class CeccTopicsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tibet [Xizang] Auto. Region | Tibet",
                "Xinjiang Uyghur Auto. Region | Xinjiang",
                "Beijing Shi (prov.) | Beijing",
                "Liaoning Province | Liaoning",
                "Guangxi Zhuang Auto. Region | Guangxi",
                "Ningxia Hui Auto. Region | Ningxia"
            })
    void foldsCeccProvinceNamesToTheArchivesNames(String cecc, String province) {
        assertEquals(province, CeccTopics.province(cecc));
    }

    @ParameterizedTest
    @CsvSource({"(na)", "NA", "''"})
    void readsNoProvinceFromAnEmptyField(String cecc) {
        assertNull(CeccTopics.province(cecc));
    }

    @ParameterizedTest
    @CsvSource({"2002/03/17, 2002-03-17", "1998/08/dd, 1998-08", "1989/mm/dd, 1989", "NA, "})
    void readsPartialDetentionDates(String cecc, String iso) {
        assertEquals(iso, CeccTopics.date(cecc));
    }

    @Test
    void aRecordBecomesAPageWithEntitiesAndMappedGold() {
        LabelledPage p = CeccTopics.page(Map.of(
                "CECC_record_number", "2004-04694",
                "issue_category", "lab/spch/assoc/assist",
                "main.name", "Yao Fuxin",
                "residence_province", "Liaoning Province",
                "province_imprisoned_detained", "Liaoning Province",
                "date_of_detention", "2002/03/17",
                "short_summary", "Police detained <a href=\"x\">Yao Fuxin</a>, a worker representative."));
        assertEquals(Set.of("labor-rights", "freedom-of-expression", "freedom-of-association"), p.gold());
        assertEquals(
                "Police detained Yao Fuxin, a worker representative.", p.page().text());
        assertEquals("yao-fuxin", p.people().get(0).id());
        assertEquals(
                List.of("Liaoning"), p.places().stream().map(Place::province).toList());
        assertEquals("2002-03-17", p.events().get(0).date());
    }

    @Test
    void mapsEveryIssueCodeTheBriefNames() {
        for (String code : List.of(
                "spch", "eth", "rel", "assoc", "FG", "info", "rol", "dem", "prop", "6489", "lab", "enviro", "civil",
                "rur")) {
            String topic = CeccTopics.CODES.get(code);
            assertEquals(
                    true,
                    org.rightsarchive.annotate.topics.Taxonomy.standard()
                            .byId(topic)
                            .isPresent(),
                    code);
        }
    }
}
