package org.rightsarchive.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightsarchive.index.ArchiveAnalyzers;
import org.rightsarchive.index.Schema;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated configset read back as Solr would read it: every schema field is there, and each text field's
 * analysis chain, rebuilt with Lucene's {@link CustomAnalyzer} from the written XML and word lists, gives exactly
 * the tokens, offsets and positions of {@link ArchiveAnalyzers}.
 */
class SolrConfigsetTest {
    @TempDir
    static Path dir;

    static Map<String, Element> fields = new HashMap<>();
    static Map<String, Element> types = new HashMap<>();

    @BeforeAll
    static void writeAndParse() throws Exception {
        SolrConfigset.generate().writeTo(dir);
        var xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("managed-schema.xml"))));
        NodeList fs = xml.getElementsByTagName("field");
        for (int i = 0; i < fs.getLength(); i++) {
            Element e = (Element) fs.item(i);
            fields.put(e.getAttribute("name"), e);
        }
        NodeList ts = xml.getElementsByTagName("fieldType");
        for (int i = 0; i < ts.getLength(); i++) {
            Element e = (Element) ts.item(i);
            types.put(e.getAttribute("name"), e);
        }
    }

    static List<String> schemaFieldNames() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field f : Schema.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    @Test
    void everySchemaFieldIsInTheConfigset() throws IllegalAccessException {
        List<String> names = schemaFieldNames();
        assertTrue(names.size() > 20, names.toString());
        for (String name : names) {
            assertNotNull(fields.get(name), "schema field missing from managed-schema.xml: " + name);
        }
    }

    @Test
    void idIsTheUniqueKeyAndTheVersionFieldExists() throws IOException {
        String schema = Files.readString(dir.resolve("managed-schema.xml"));
        assertTrue(schema.contains("<uniqueKey>" + Schema.ID + "</uniqueKey>"));
        assertNotNull(fields.get(SolrSchema.VERSION_FIELD));
    }

    @Test
    void facetDimensionsAreDocValuesStrings() {
        for (String dim : Schema.FACETS) {
            Element f = fields.get(dim);
            assertEquals("true", f.getAttribute("docValues"), dim);
            assertEquals("solr.StrField", types.get(f.getAttribute("type")).getAttribute("class"), dim);
        }
    }

    @Test
    void datesArePointFieldsWithDocValues() {
        for (String name : List.of(Schema.PUBLISHED, Schema.EVENT_DATE)) {
            Element f = fields.get(name);
            assertEquals(
                    "solr.DatePointField", types.get(f.getAttribute("type")).getAttribute("class"), name);
            assertEquals("true", f.getAttribute("docValues"), name);
        }
    }

    @Test
    void highlightedBodiesAreStored() {
        for (String name : List.of(Schema.BODY_EN, Schema.BODY_ZH, Schema.BODY_CJK)) {
            assertEquals("true", fields.get(name).getAttribute("stored"), name);
        }
    }

    @Test
    void foldTableHoldsOneCharacterPerSide() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(SolrAnalysis.FOLD_FILE), StandardCharsets.UTF_8);
        assertTrue(lines.contains("\"遼\" => \"辽\""), "遼 is folded");
        assertTrue(lines.size() > 2000, "table has " + lines.size() + " lines");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("\"[^\"]\" => \"[^\"]\""), line);
        }
    }

    @Test
    void zipHoldsEveryFile() throws IOException {
        byte[] zip = SolrConfigset.generate().zip();
        var names = new ArrayList<String>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
        }
        assertEquals(SolrConfigset.generate().files().keySet().stream().toList(), names);
    }

    static final List<String> TEXTS = List.of(
            "Yao's detained Fúxìn, the workers' leader, was released",
            "遼寧省遼陽市工人代表姚福信被拘留。",
            "辽宁省辽阳市工人代表姚福信被拘留，2002年3月17日",
            "劉曉波 Liu Xiaobo 諾貝爾和平獎 ＡＢＣ１２３",
            "Tibetans in Lhasa (拉薩) protested; 3 monks were \"disappeared\"",
            "標籤 #人權 | a|b 　全角空格 ＃ ｜ // \\ end");

    static Stream<Arguments> textFieldsAndTexts() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String alphabet = "姚福信遼寧辽宁拘留釋放劉曉波 abc's,。Yao-Fuxin Fúxìn 2002年3月17日ＡＢ\n\t\"";
        List<String> texts = new ArrayList<>(TEXTS);
        for (int i = 0; i < 20; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        List<Arguments> out = new ArrayList<>();
        for (SolrField f : SolrSchema.FIELDS) {
            if (f.type().analysis().isPresent()) {
                for (String text : texts) {
                    out.add(Arguments.of(f.name(), text, seed));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("textFieldsAndTexts")
    void textFieldsAnalyzeLikeTheEmbeddedIndex(String field, String text, long seed) throws IOException {
        Analyzer solr = analyzerOf(types.get(fields.get(field).getAttribute("type")));
        List<String> expected = tokens(ArchiveAnalyzers.perField(), field, text);
        assertFalse(text.strip().length() > 3 && expected.isEmpty(), "no tokens at all for " + text);
        assertEquals(expected, tokens(solr, field, text), "seed " + seed);
    }

    /** The analyzer a field type of the written schema describes, built the way Solr builds it (by SPI name). */
    static Analyzer analyzerOf(Element type) throws IOException {
        Element analyzer = (Element) type.getElementsByTagName("analyzer").item(0);
        CustomAnalyzer.Builder b = CustomAnalyzer.builder(dir);
        NodeList parts = analyzer.getChildNodes();
        for (int i = 0; i < parts.getLength(); i++) {
            if (!(parts.item(i) instanceof Element e)) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            var attrs = e.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                if (!attrs.item(a).getNodeName().equals("name")) {
                    params.put(attrs.item(a).getNodeName(), attrs.item(a).getNodeValue());
                }
            }
            String name = e.getAttribute("name");
            switch (e.getTagName()) {
                case "charFilter" -> b.addCharFilter(name, params);
                case "tokenizer" -> b.withTokenizer(name, params);
                case "filter" -> b.addTokenFilter(name, params);
                default -> throw new AssertionError("unexpected element " + e.getTagName());
            }
        }
        return b.build();
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                        + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }
}
