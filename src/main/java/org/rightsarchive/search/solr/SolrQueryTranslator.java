package org.rightsarchive.search.solr;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Translates a parsed, already analyzed Lucene query into Solr request parameters, node by node, without analyzing
 * anything again: terms go through Solr's {@code term} parser, boolean structure through {@code bool}, boosts
 * through {@code boost}, phrases as span queries through {@code xmlparser}. Each node is one parameter that its
 * parent references ({@code $aq3}), so no user text is ever spliced into query syntax.
 *
 * <p>Two forms are approximated: a sloppy phrase becomes an unordered span of the same slop, and wildcard and fuzzy
 * terms go through Solr's standard parser, which lower-cases and folds them with the field's multi-term analysis
 * (the embedded backend only lower-cases them). Other query types are refused. Not thread-safe: one per request.
 */
final class SolrQueryTranslator {
    private static final String NOTHING = "{!lucene}+*:* -*:*";

    private final ModifiableSolrParams params;
    private int next;

    SolrQueryTranslator(ModifiableSolrParams params) {
        this.params = params;
    }

    /** Puts the translation of {@code query} into the parameters; returns the top-level query string. */
    String translate(Query query) {
        return node(query);
    }

    private String node(Query q) {
        if (q instanceof BooleanQuery b) {
            return bool(b);
        }
        if (q instanceof TermQuery t) {
            return leaf("term", t.getTerm().field(), t.getTerm().text());
        }
        if (q instanceof BoostQuery b) {
            return "{!boost b=" + String.format(Locale.ROOT, "%s", b.getBoost()) + " v=" + ref(node(b.getQuery()))
                    + "}";
        }
        if (q instanceof PhraseQuery p) {
            return phrase(p);
        }
        if (q instanceof PrefixQuery p) {
            return leaf("prefix", p.getField(), p.getPrefix().text());
        }
        if (q instanceof WildcardQuery w) {
            return "{!lucene v="
                    + ref(w.getTerm().field() + ":" + escape(w.getTerm().text(), true)) + "}";
        }
        if (q instanceof FuzzyQuery f) {
            return "{!lucene v="
                    + ref(f.getTerm().field() + ":" + escape(f.getTerm().text(), false) + "~" + f.getMaxEdits()) + "}";
        }
        if (q instanceof MatchAllDocsQuery) {
            return "{!lucene}*:*";
        }
        if (q instanceof MatchNoDocsQuery) {
            return NOTHING;
        }
        if (q instanceof ConstantScoreQuery c) {
            return "{!bool filter=" + ref(node(c.getQuery())) + "}";
        }
        if (q instanceof DisjunctionMaxQuery d) {
            return any(d.getDisjuncts().stream().map(this::node).toList());
        }
        if (q instanceof SynonymQuery s) {
            return any(s.getTerms().stream()
                    .map(t -> leaf("term", t.field(), t.text()))
                    .toList());
        }
        throw new IllegalArgumentException(
                "query form " + q.getClass().getSimpleName() + " has no Solr translation: " + q);
    }

    private String bool(BooleanQuery b) {
        if (b.getMinimumNumberShouldMatch() > 0) {
            throw new IllegalArgumentException("minimum-should-match queries have no Solr translation: " + b);
        }
        StringBuilder local = new StringBuilder("{!bool");
        boolean positive = false;
        for (BooleanClause c : b.clauses()) {
            String key =
                    switch (c.occur()) {
                        case MUST -> "must";
                        case SHOULD -> "should";
                        case FILTER -> "filter";
                        case MUST_NOT -> "must_not";
                    };
            positive |= c.occur() != BooleanClause.Occur.MUST_NOT;
            local.append(' ').append(key).append('=').append(ref(node(c.query())));
        }
        // Lucene matches nothing with no clause or only negative ones; Solr would add *:* to a negative query.
        return positive ? local.append('}').toString() : NOTHING;
    }

    private String any(List<String> queries) {
        if (queries.isEmpty()) {
            return NOTHING;
        }
        StringBuilder local = new StringBuilder("{!bool");
        for (String q : queries) {
            local.append(" should=").append(ref(q));
        }
        return local.append('}').toString();
    }

    private String phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        if (terms.length == 0) {
            return NOTHING;
        }
        if (terms.length == 1) {
            return leaf("term", terms[0].field(), terms[0].text());
        }
        int[] positions = p.getPositions();
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        String field = xml(p.getField());
        StringBuilder x = new StringBuilder("<SpanNear fieldName=\"")
                .append(field)
                .append("\" slop=\"")
                .append(p.getSlop() + gaps)
                .append("\" inOrder=\"")
                .append(p.getSlop() == 0)
                .append("\">");
        for (Term t : terms) {
            x.append("<SpanTerm fieldName=\"")
                    .append(field)
                    .append("\">")
                    .append(xml(t.text()))
                    .append("</SpanTerm>");
        }
        x.append("</SpanNear>");
        return "{!xmlparser v=" + ref(x.toString()) + "}";
    }

    private String leaf(String parser, String field, String value) {
        return "{!" + parser + " f=" + field + " v=" + ref(value) + "}";
    }

    /** Stores a value as its own parameter and returns the reference to it. */
    private String ref(String value) {
        String name = "aq" + (next++);
        params.set(name, value);
        return "$" + name;
    }

    /** Escapes query syntax in a term for Solr's standard parser, keeping wildcards if asked. */
    static String escape(String term, boolean keepWildcards) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean wildcard = c == '*' || c == '?';
            if ((wildcard && !keepWildcards) || (!wildcard && "\\+-!():^[]\"{}~/&| ".indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
