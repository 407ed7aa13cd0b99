package org.rightsarchive.annotate.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsarchive.eval.SharedData;

class TaxonomyTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    @Test
    void holdsTheWholeSeedListOf125Topics() {
        assertEquals(125, TAXONOMY.size());
        assertEquals("709-crackdown", TAXONOMY.all().get(0).id());
        assertEquals("youth-perspective", TAXONOMY.all().get(124).id());
    }

    @Test
    void joinedLabelsAreExactlyTheSeedsExploreTopicsList() throws IOException {
        Optional<Path> seedDir = SharedData.resolve("data/seed");
        Assumptions.assumeTrue(seedDir.isPresent(), "../shared/data/seed not found: skipping the seed comparison");
        Path seed;
        try (Stream<Path> files = Files.list(seedDir.get())) {
            seed = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        int start = text.indexOf("Explore Topics") + "Explore Topics".length();
        int end = text.indexOf("Error |", start);
        String list = text.substring(start, end).replaceAll("(?U)\\s+", " ").strip();
        String labels = TAXONOMY.all().stream().map(Topic::label).collect(Collectors.joining(" "));
        assertEquals(list, labels);
    }

    @Test
    void everyGoldTopicOfTheBundledCorpusExists() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("corpus/gold/pages.tsv"), StandardCharsets.UTF_8);
        Set<String> unknown = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            for (String id : line.split("\t", -1)[3].split(",")) {
                if (!id.isBlank() && TAXONOMY.byId(id).isEmpty()) {
                    unknown.add(id);
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "709 Crackdown | 709-crackdown",
                "Uyghurs, Uighurs | uyghurs-uighurs",
                "Information, Communications, Technology (ICT) | information-communications-technology-ict",
                "Major Event (Environment, Food Safety, Accident, etc.) | major-event-environment-food-safety-accident-etc",
                "Lawyer's rights | lawyer-s-rights",
                "JIansanjiang lawyers' rights defense | jiansanjiang-lawyers-rights-defense",
                "Thoughts/Theories | thoughts-theories",
                "Land, Property, Housing | land-property-housing",
                "  EU-China  | eu-china"
            })
    void slugIsLowercaseWithRunsOfOtherCharactersAsOneHyphen(String label, String id) {
        assertEquals(id, Taxonomy.slug(label));
        assertTrue(TAXONOMY.byId(id).isPresent(), id);
    }

    @ParameterizedTest
    @CsvSource({
        "labor rights, labor-rights",
        "Labor Rights, labor-rights",
        "劳工权利, labor-rights",
        "勞工權利, labor-rights",
        "labour rights, labor-rights",
        "六四, june-fourth",
        "八九民运, june-fourth",
        "八九民運, june-fourth",
        "五月35日, june-fourth",
        "Tiananmen Massacre, june-fourth",
        "709事件, 709-crackdown",
        "黑監獄, black-jail",
        "Uighurs, uyghurs-uighurs",
        "维吾尔族, uyghurs-uighurs",
        "西藏, tibet",
        "劳教, reeducation-through-labor",
        "re-education through labor, reeducation-through-labor",
        "'Uyghurs, Uighurs', uyghurs-uighurs",
        "tiananmen-mothers, tiananmen-mothers",
        "天安門母親, tiananmen-mothers"
    })
    void lookupReachesOneTopicFromAnyLanguageAndScript(String name, String id) {
        assertEquals(id, TAXONOMY.lookup(name).map(Topic::id).orElse("(none)"));
    }

    @ParameterizedTest
    @CsvSource({"'', ", "labor, ", "no such topic, "})
    void lookupOfAnUnknownNameFindsNothing(String name) {
        assertFalse(TAXONOMY.lookup(name).isPresent());
    }

    @Test
    void everyTopicHasSimplifiedAndTraditionalLabels() {
        Topic labor = TAXONOMY.byId("labor-rights").orElseThrow();
        assertEquals("劳工权利", labor.labelZhHans());
        assertEquals("勞工權利", labor.labelZhHant());
        assertEquals("零八憲章", TAXONOMY.byId("charter-08").orElseThrow().labelZhHant());
        for (Topic t : TAXONOMY.all()) {
            assertFalse(t.labelZhHans().isBlank(), t.id());
            assertFalse(t.labelZhHant().isBlank(), t.id());
        }
    }

    @Test
    void relatedTopicsAreFoundFromBothSides() {
        List<String> related =
                TAXONOMY.related("tiananmen-mothers").stream().map(Topic::id).toList();
        assertTrue(related.contains("june-fourth"));
        List<String> back =
                TAXONOMY.related("june-fourth").stream().map(Topic::id).toList();
        assertTrue(back.contains("tiananmen-mothers"));
        assertFalse(back.contains("june-fourth"));
    }

    @Test
    void theJuneFourthCuesIncludeItsCodeNames() {
        Set<String> cues = TAXONOMY.byId("june-fourth").orElseThrow().cues().keySet();
        assertTrue(cues.containsAll(Set.of("六四", "八九民运", "五月35日", "8964")), cues.toString());
        assertTrue(TAXONOMY.byId("709-crackdown").orElseThrow().cues().containsKey("指定居所监视居住"));
        assertTrue(TAXONOMY.byId("709-crackdown").orElseThrow().cues().containsKey("rsdl"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[{'id':'a','label':'A','labelZhHans':'甲','labelZhHant':'甲'},"
                        + "{'id':'a','label':'A','labelZhHans':'乙','labelZhHant':'乙'}] | duplicate topic id a",
                "[{'id':'a','label':'A','labelZhHans':'甲','labelZhHant':'甲','related':['b']}] | unknown topic b",
                "[{'id':'x','label':'A','labelZhHans':'甲','labelZhHant':'甲'}] | not the slug of its label",
                "[{'id':'a','label':'A','labelZhHans':'甲','labelZhHant':'甲','cues':{'c':1.5}}] | weight in (0, 1]",
                "[{'id':'a','label':'A','labelZhHans':'甲','labelZhHant':'甲'},"
                        + "{'id':'b','label':'B','labelZhHans':'甲','labelZhHant':'甲'}] | belongs to both a and b",
                "[{'id':'a','label':'A','labelZhHant':'甲'}] | has no 'labelZhHans'",
                "[{'id':'a','label':'A','labelZhHans':'甲','labelZhHant':'甲','related':['a']}] | lists itself"
            })
    void rejectsAnInvalidTaxonomyWithAClearMessage(String topics, String message) {
        String json = "{\"topics\": " + topics.replace('\'', '"') + "}";
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Taxonomy.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void anExternalFileCanBeLoadedAndValidated(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.json");
        Files.writeString(
                file,
                "{\"topics\":[{\"id\":\"a-b\",\"label\":\"A B\",\"labelZhHans\":\"甲\",\"labelZhHant\":\"甲\"}]}",
                StandardCharsets.UTF_8);
        Taxonomy t = Taxonomy.load(file);
        assertEquals(1, t.size());
        assertNotEquals(Optional.empty(), t.lookup("a b"));
    }
}
