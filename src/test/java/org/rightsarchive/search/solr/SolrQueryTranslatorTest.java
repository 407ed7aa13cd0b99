package org.rightsarchive.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Translation without a cluster: structure in local params, user text only in parameters of its own. */
class SolrQueryTranslatorTest {
    @Test
    void termValuesNeverEnterTheQueryString() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        String hostile = "x} OR {!delete}*:* \"$aq0";
        String q = new SolrQueryTranslator(p).translate(new TermQuery(new Term("body_en", hostile)));
        assertEquals("{!term f=body_en v=$aq0}", q);
        assertEquals(hostile, p.get("aq0"));
    }

    @Test
    void booleanClausesBecomeReferencedSubqueries() {
        BooleanQuery b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("person", "yao-fuxin")), BooleanClause.Occur.MUST)
                .add(new BoostQuery(new TermQuery(new Term("title_en", "detain")), 3f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("person", "pang-qingxiang")), BooleanClause.Occur.MUST_NOT)
                .build();
        ModifiableSolrParams p = new ModifiableSolrParams();
        String q = new SolrQueryTranslator(p).translate(b);
        assertEquals("{!bool must=$aq1 should=$aq4 must_not=$aq6}", q);
        assertEquals("{!term f=person v=$aq0}", p.get("aq1"));
        assertEquals("yao-fuxin", p.get("aq0"));
        assertEquals("{!boost b=3.0 v=$aq3}", p.get("aq4"));
        assertEquals("{!term f=title_en v=$aq2}", p.get("aq3"));
        assertEquals("detain", p.get("aq2"));
        assertEquals("pang-qingxiang", p.get("aq5"));
    }

    @Test
    void onlyNegativeClausesMatchNothingAsInLucene() {
        BooleanQuery b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("person", "yao-fuxin")), BooleanClause.Occur.MUST_NOT)
                .build();
        String q = new SolrQueryTranslator(new ModifiableSolrParams()).translate(b);
        assertEquals("{!lucene}+*:* -*:*", q);
    }

    @ParameterizedTest
    @CsvSource({"0, 0 1, 0, true", "0, 0 2, 1, true", "2, 0 1, 2, false"})
    void phrasesBecomeSpansWithTheirGapsAsSlop(int slop, String positions, int spanSlop, boolean inOrder) {
        String[] pos = positions.split(" ");
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        phrase.add(new Term("body_zh", "辽宁"), Integer.parseInt(pos[0]));
        phrase.add(new Term("body_zh", "<工人>"), Integer.parseInt(pos[1]));
        ModifiableSolrParams p = new ModifiableSolrParams();
        String q = new SolrQueryTranslator(p).translate(phrase.build());
        assertEquals("{!xmlparser v=$aq0}", q);
        String xml = p.get("aq0");
        assertTrue(xml.contains("slop=\"" + spanSlop + "\" inOrder=\"" + inOrder + "\""), xml);
        assertTrue(xml.contains(">&lt;工人&gt;</SpanTerm>"), "terms are XML-escaped: " + xml);
        assertFalse(xml.contains("<工人>"), xml);
    }

    @Test
    void wildcardTermsAreEscapedExceptTheirWildcards() {
        assertEquals("a\\:b\\ c*d?", SolrQueryTranslator.escape("a:b c*d?", true));
        assertEquals("a\\*", SolrQueryTranslator.escape("a*", false));
    }

    @Test
    void unknownQueryFormsAreRefused() {
        var range = TermRangeQuery.newStringRange("title_en", "a", "b", true, true);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SolrQueryTranslator(new ModifiableSolrParams())
                        .translate(range));
        assertTrue(e.getMessage().contains("TermRangeQuery"), e.getMessage());
    }
}
