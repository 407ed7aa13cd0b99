package org.rightsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsarchive.annotate.pipeline.StandardAnnotators;

class CeccPeopleGoldTest {
    /** A summary written for this test (no CECC text): two detainees, a wife, and an official the gold leaves out. */
    static final String SUMMARY = "Police in Lhasa detained the monk Tashi Dorje and the teacher Wang Chujie on May 2,"
            + " 2020. Governor Bo Xilai praised the police. Officials later released Wang on bail; his wife Li Hong"
            + " said that Tashi Dorje remained in custody at an unknown place.";

    @TempDir
    Path dir;

    private static Map<String, String> record(String number, String summary) {
        return Map.of("CECC_record_number", number, "short_summary", summary, "main.name", "Tashi Dorje");
    }

    /** A mention line of the gold, found in the summary by its text (the n-th occurrence, from 0). */
    private static String mention(String person, String role, String kind, String written, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = SUMMARY.indexOf(written, at + 1);
        }
        return String.join(
                "\t", "M", "2020-00002", person, role, kind, String.valueOf(at), String.valueOf(at + written.length()));
    }

    private Path gold(String hash, String... mentions) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# test gold");
        lines.add(String.join("\t", "R", "2020-00002", "test", hash));
        lines.addAll(List.of(mentions));
        return Files.write(dir.resolve("gold.tsv"), lines, StandardCharsets.UTF_8);
    }

    private Path standardGold() throws IOException {
        return gold(
                CeccPeopleGold.textHash(SUMMARY),
                mention("1", "detainee", "name", "Tashi Dorje", 0),
                mention("2", "detainee", "name", "Wang Chujie", 0),
                mention("1", "detainee", "name", "Tashi Dorje", 1),
                mention("2", "detainee", "ref", "Wang", 1),
                mention("3", "family", "name", "Li Hong", 0));
    }

    private Path csv() throws IOException {
        String escaped = "\"" + SUMMARY.replace("\"", "\"\"") + "\"";
        return Files.writeString(
                dir.resolve("cecc.csv"),
                "CECC_record_number,main.name,short_summary\n2020-00002,Tashi Dorje," + escaped + "\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void readsEachPersonWithTheIdsOfItsWrittenNamesAndItsRole() throws IOException {
        List<CeccPeopleGold.GoldRecord> gold =
                CeccPeopleGold.read(standardGold(), List.of(record("2020-00002", SUMMARY)));
        assertEquals(1, gold.size());
        List<CeccPeopleGold.GoldPerson> people = gold.get(0).people();
        assertEquals(3, people.size());
        assertEquals(Set.of("tashi-dorje"), people.get(0).ids());
        assertEquals(2, people.get(0).mentions().size());
        assertEquals(Set.of("wang-chujie"), people.get(1).ids(), "a ref gives no id of its own");
        assertEquals("family", people.get(2).role());
    }

    @Test
    void aRoleLeftOpenIsNoRole() throws IOException {
        Path gold = gold(CeccPeopleGold.textHash(SUMMARY), mention("1", "-", "name", "Li Hong", 0));
        assertNull(CeccPeopleGold.read(gold, List.of(record("2020-00002", SUMMARY)))
                .get(0)
                .people()
                .get(0)
                .role());
    }

    @Test
    void aChangedSummaryIsReportedNotMisread() throws IOException {
        Path gold = gold("00000000", mention("1", "detainee", "name", "Tashi Dorje", 0));
        IOException e = assertThrows(
                IOException.class, () -> CeccPeopleGold.read(gold, List.of(record("2020-00002", SUMMARY))));
        assertTrue(e.getMessage().contains("2020-00002") && e.getMessage().contains("changed"), e::getMessage);
    }

    @Test
    void aSpanBeyondTheTextIsAnError() throws IOException {
        Path gold = gold(
                CeccPeopleGold.textHash(SUMMARY),
                String.join("\t", "M", "2020-00002", "1", "detainee", "name", "5", "9999"));
        assertThrows(IOException.class, () -> CeccPeopleGold.read(gold, List.of(record("2020-00002", SUMMARY))));
    }

    @Test
    void aPersonWithTwoRolesIsAnError() throws IOException {
        Path gold = gold(
                CeccPeopleGold.textHash(SUMMARY),
                mention("1", "-", "name", "Tashi Dorje", 0),
                mention("1", "detainee", "name", "Tashi Dorje", 1));
        assertThrows(IOException.class, () -> CeccPeopleGold.read(gold, List.of(record("2020-00002", SUMMARY))));
    }

    @Test
    void aRecordMissingFromTheDataIsAnError() throws IOException {
        Path gold = standardGold();
        IOException e = assertThrows(
                IOException.class, () -> CeccPeopleGold.read(gold, List.of(record("2020-00004", SUMMARY))));
        assertTrue(e.getMessage().contains("2020-00002"), e::getMessage);
    }

    @Test
    void sampleKeepsNarrativesOnlyInAnOrderThatIgnoresTheFileOrder() {
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(record(String.format("2020-%05d", 2 * i), SUMMARY));
        }
        records.add(record("2020-00100", "Initial record data based on TIN prisoner list. " + SUMMARY));
        records.add(record("2020-00102", "Detained in 2001."));
        List<String> first = numbers(CeccPeopleGold.sample(records));
        long seed = 20261201L;
        System.out.println("shuffle seed " + seed);
        Collections.shuffle(records, new Random(seed));
        assertEquals(first, numbers(CeccPeopleGold.sample(records)));
        assertEquals(20, first.size());
        assertTrue(!first.contains("2020-00100") && !first.contains("2020-00102"), first::toString);
    }

    private static List<String> numbers(List<Map<String, String>> records) {
        return records.stream().map(r -> r.get("CECC_record_number")).toList();
    }

    @Test
    void scoresEveryPersonOnceAgainstTheGold() throws IOException {
        EntityEvaluation eval = new EntityEvaluation(StandardAnnotators.create());
        Map<String, EntityFigure> f = new java.util.HashMap<>();
        eval.ceccPeople(csv(), standardGold()).forEach(x -> f.put(x.label(), x));
        EntityFigure people = f.get("cecc people exact");
        assertEquals(3, people.expected());
        assertEquals(3, people.foundExpected(), people::toString);
        assertEquals(4, people.predicted(), "the governor the gold leaves out is a false person: " + people);
        EntityFigure detainees = f.get("cecc detainees exact");
        assertEquals(2, detainees.expected());
        assertEquals(0, f.get("cecc people exact, tune part").expected());
        List<String> errors = eval.ceccPeopleErrors(csv(), standardGold(), "test");
        assertTrue(errors.stream().anyMatch(e -> e.contains("false") && e.contains("bo-xilai")), errors::toString);
    }
}
