package org.rightsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.rightsarchive.annotate.people.PersonNames;
import org.rightsarchive.index.ArchiveAnalyzers;
import org.rightsarchive.index.Schema;

/**
 * Parses the user's query language: Lucene's classic syntax (phrases, {@code AND}/{@code OR}/{@code NOT}, {@code +}/
 * {@code -}, grouping, trailing wildcards, fuzzy terms) over every text field at once, each field analyzed its own way
 * (English, Chinese words, Chinese bigrams), plus exact field prefixes ({@code person:yao-fuxin}, {@code
 * topic:labor-rights}, {@code province:Liaoning}, {@code city:}, {@code event:}, {@code lang:}, {@code role:}) and
 * text field groups ({@code title:}, {@code body:}, {@code name:}).
 *
 * <p>Terms are ANDed unless joined by {@code OR}, but for English stopwords among other words, which only rank; a
 * query of exclusions alone means every other page. Slashes are text ({@code 6/4}). A term in Chinese characters is a phrase in every field: text has no
 * spaces between Chinese words, so 姚福信 means those characters in that order, not the three characters anywhere
 * on the page (which a quarter of a large Chinese archive contains). Costly forms are refused with a {@link QuerySyntaxException}:
 * leading wildcards, range syntax, queries over {@link #MAX_QUERY_CHARS} characters, with
 * more than {@link #MAX_MULTI_TERMS} wildcard and fuzzy terms, or with more clauses than {@link
 * IndexSearcher#getMaxClauseCount()}. Not thread-safe: make one per query.
 */
final class ArchiveQueryParser extends MultiFieldQueryParser {
    /** Longest query text accepted. */
    static final int MAX_QUERY_CHARS = 1000;

    /** Most wildcard and fuzzy terms in one query: each is expanded against the terms index before the time limit. */
    static final int MAX_MULTI_TERMS = 5;

    /** Field prefixes that match exact keyword values. */
    static final Set<String> KEYWORD_FIELDS = Set.of(
            Schema.PERSON, Schema.TOPIC, Schema.PROVINCE, Schema.CITY, Schema.EVENT, Schema.LANGUAGE, Schema.ROLE);

    private static final Map<String, List<String>> TEXT_GROUPS = Map.of(
            "title", List.of(Schema.TITLE_EN, Schema.TITLE_ZH, Schema.TITLE_CJK),
            "body", List.of(Schema.BODY_EN, Schema.BODY_ZH, Schema.BODY_CJK),
            "name", List.of(Schema.NAMES_EN, Schema.NAMES_CJK));

    private static final Map<String, Float> BOOSTS = Map.of(
            Schema.TITLE_EN, 3f,
            Schema.TITLE_ZH, 3f,
            Schema.TITLE_CJK, 3f,
            Schema.NAMES_EN, 2f,
            Schema.NAMES_CJK, 2f);

    private static final List<String> LATIN_FIELDS = List.of(Schema.TITLE_EN, Schema.BODY_EN, Schema.NAMES_EN);
    // A person known only in characters has them in names_en too, so Chinese terms keep that field.
    private static final List<String> CJK_FIELDS = Schema.TEXT_FIELDS.stream()
            .filter(f -> !f.equals(Schema.TITLE_EN) && !f.equals(Schema.BODY_EN))
            .toList();

    // Every word kept, unstemmed: what searches a phrase the English analysis would cut to one of its words.
    private static final List<String> UNSTEMMED_FIELDS =
            Schema.TEXT_FIELDS.stream().filter(f -> !LATIN_FIELDS.contains(f)).toList();

    // Another form of what the user typed (a name's other script, a place's other language) ranks below the form typed:
    // a researcher who types Yao Fuxin reads the English pages first, and the Chinese ones next rather than last.
    static final float ALTERNATIVE_WEIGHT = 0.3f;

    private static final List<String> BIGRAM_FIELDS = List.of(Schema.TITLE_CJK, Schema.BODY_CJK, Schema.NAMES_CJK);

    private static final Analyzer ANALYZER = ArchiveAnalyzers.perField();

    private final QueryExpander expander;
    private final BinaryOperator<String> keywordResolver;
    private int multiTerms;
    // Queries of stopwords the user typed among other words: they rank, but do not filter (getBooleanQuery).
    private final Set<Query> optionalWords = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * @param expander alternatives for terms and phrases
     * @param keywordResolver maps (dimension, value as typed) to the value as indexed, e.g. {@code liaoning} to
     *     {@code Liaoning}
     */
    ArchiveQueryParser(QueryExpander expander, BinaryOperator<String> keywordResolver) {
        super(Schema.TEXT_FIELDS.toArray(String[]::new), ANALYZER, BOOSTS);
        this.expander = expander;
        this.keywordResolver = keywordResolver;
        setDefaultOperator(QueryParser.Operator.AND);
        setAllowLeadingWildcard(false);
        setAutoGeneratePhraseQueries(false);
        setSplitOnWhitespace(true);
        setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    }

    /** Parses a query; empty text matches nothing here (the caller decides what an empty query means). */
    Query parseUserQuery(String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new QuerySyntaxException(
                    "query is too long (" + text.length() + " characters; at most " + MAX_QUERY_CHARS + ")");
        }
        try {
            String typed = readable(text);
            Query query = isLabelWithSyntax(text) ? asOneLabel(text) : expandWhole(typed, parse(typed));
            requireFewTerms(query);
            return query;
        } catch (ParseException e) {
            throw new QuerySyntaxException(explain(text, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(
                    "query is too complex (more than " + IndexSearcher.getMaxClauseCount()
                            + " clauses); use fewer terms or wildcards",
                    e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot parse query: " + e.getMessage(), e);
        }
    }

    /**
     * The text as the parser should read it: invisible characters a copied name may carry (zero-width spaces and
     * joiners, soft hyphens, a byte-order mark) removed, and slashes (and the colon before them) made literal. The
     * syntax has no regular expressions to offer, and {@code 6/4}, {@code 2002/03/17} and URLs are how people
     * write dates and links.
     */
    static String readable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {}
                case '\\' -> {
                    out.append(c);
                    if (i + 1 < text.length()) {
                        out.append(text.charAt(++i));
                    }
                }
                case '/' -> out.append("\\/");
                // "http://...": a link, not a field named http
                case ':' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "\\:" : ":");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Counts the leaf queries, so a query that would fan out over too many terms fails before it runs. */
    private static void requireFewTerms(Query query) {
        if (query == null) {
            return;
        }
        int[] leaves = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                leaves[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (leaves[0] > IndexSearcher.getMaxClauseCount()) {
            throw new QuerySyntaxException("query is too complex (" + leaves[0] + " terms over all fields; at most "
                    + IndexSearcher.getMaxClauseCount() + "); use fewer terms");
        }
    }

    /**
     * Whether the text as a whole is a label the dictionaries know, written with characters the syntax would read
     * as grouping or a field ({@code National People's Congress (NPC)}, as the topic facet shows it).
     */
    private boolean isLabelWithSyntax(String text) {
        return text.chars().anyMatch(c -> "()[]{}:!&".indexOf(c) >= 0)
                && !expander.keywords(text).isEmpty();
    }

    /** The label's words, all of them, and its expansions. */
    private Query asOneLabel(String text) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Query own = parse(QueryParser.escape(text));
        if (own != null) {
            any.add(own, BooleanClause.Occur.SHOULD);
        }
        expansions(text).forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** A multi-word query without syntax may be a name as a whole ("Yao Fuxin"): add its expansions. */
    private Query expandWhole(String text, Query parsed) throws ParseException {
        // A hyphen inside a word ("Quan-zhang", as case lists write given names) is part of it, not a NOT.
        String syntax = text.replaceAll("(?<=\\p{L})-(?=\\p{L})", "");
        if (!text.contains(" ") || syntax.chars().anyMatch(c -> "\"():+-!^~*?[]{}\\/".indexOf(c) >= 0)) {
            return parsed;
        }
        List<Query> alternatives = expansions(text);
        if (alternatives.isEmpty()) {
            return parsed;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD);
        alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private List<Query> expansions(String text) throws ParseException {
        return expansions(text, Set.of());
    }

    /** The expansions of {@code text}, but for those {@code searchedElsewhere} names ({@link #searches}). */
    private List<Query> expansions(String text, Set<String> searchedElsewhere) throws ParseException {
        List<Query> out = new ArrayList<>();
        for (String alternative : expander.alternatives(text)) {
            if (!alternative.isBlank() && !alternative.equals(text) && !searchedElsewhere.contains(alternative)) {
                Query q = overFields(
                        expansionFields(alternative), f -> applyBoost(f, super.getFieldQuery(f, alternative, true)));
                if (q != null) {
                    out.add(new BoostQuery(q, ALTERNATIVE_WEIGHT));
                }
            }
        }
        for (var entry : expander.keywords(text).entrySet()) {
            if (!KEYWORD_FIELDS.contains(entry.getKey())) {
                continue;
            }
            for (String value : entry.getValue()) {
                if (!searchedElsewhere.contains(entry.getKey() + ":" + value)) {
                    out.add(new TermQuery(new Term(entry.getKey(), value)));
                }
            }
        }
        return out;
    }

    /**
     * What searching {@code text} with its expansions covers: the text itself, its alternatives and its keyword
     * values as {@code field:value}.
     */
    private Set<String> searches(String text) {
        Set<String> out = new HashSet<>(expander.alternatives(text));
        out.add(text);
        expander.keywords(text).forEach((field, values) -> values.forEach(v -> out.add(field + ":" + v)));
        return out;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field == null && !quoted) {
            List<String> words = ChineseQueryWords.split(queryText);
            if (words.size() > 1) {
                return wordsOrPhrase(queryText, words);
            }
        }
        Query q = termQuery(field, queryText, quoted);
        if (field == null && !quoted && q != null && isEnglishStopword(queryText)) {
            optionalWords.add(q);
        }
        return q;
    }

    /**
     * An English word the English analysis drops ("and", "of") that is no pinyin syllable either: only the
     * unstemmed fields can match it, and no Chinese page has it, so requiring it would keep only English pages
     * ({@code yao and xiao}). The pinyin syllables among the stopwords (the An of An Jie) stay required.
     */
    private static boolean isEnglishStopword(String word) {
        return scriptFields(word) == LATIN_FIELDS
                && tokenCount(Schema.BODY_EN, word) == 0
                && !PersonNames.standard().isPinyin(word.toLowerCase(Locale.ROOT), 1);
    }

    /**
     * Chinese typed without spaces between its words ({@code 姚福信辽阳}): every word, each with its expansions
     * (a name in pinyin, a place in English), or the whole as it was typed.
     */
    private Query wordsOrPhrase(String queryText, List<String> words) throws ParseException {
        Query whole = termQuery(null, queryText, false);
        // A word's expansion that the whole has too (抗议 and 抗议与上访 are aliases of one topic) finds nothing the
        // whole does not: searching it again inside every word only repeats the dearest phrases of the query.
        Set<String> searchedByWhole = whole == null ? Set.of() : searches(queryText);
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (String word : words) {
            Query q = termQuery(null, word, false, searchedByWhole);
            if (q != null) {
                every.add(q, BooleanClause.Occur.MUST);
            }
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(every.build(), BooleanClause.Occur.SHOULD);
        if (whole != null) {
            either.add(whole, BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    private Query termQuery(String field, String queryText, boolean quoted) throws ParseException {
        return termQuery(field, queryText, quoted, Set.of());
    }

    private Query termQuery(String field, String queryText, boolean quoted, Set<String> searchedElsewhere)
            throws ParseException {
        if (field == null) {
            Query own = overFields(fieldsFor(queryText), f -> applyBoost(f, super.getFieldQuery(f, queryText, quoted)));
            List<Query> alternatives = expansions(queryText, searchedElsewhere);
            if (alternatives.isEmpty()) {
                return own;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            if (own != null) {
                any.add(own, BooleanClause.Occur.SHOULD);
            }
            alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
            return any.build();
        }
        if (KEYWORD_FIELDS.contains(field)) {
            return new TermQuery(new Term(field, keywordResolver.apply(field, queryText.strip())));
        }
        return overFields(textFields(field), f -> applyBoost(f, super.getFieldQuery(f, queryText, quoted)));
    }

    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
            throws ParseException {
        return super.newFieldQuery(analyzer, field, queryText, quoted || hasHanCharacters(queryText));
    }

    private static boolean hasHanCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Query applyBoost(String field, Query q) {
        Float boost = BOOSTS.get(field);
        return boost == null || q == null ? q : new BoostQuery(q, boost);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field != null && KEYWORD_FIELDS.contains(field)) {
            return getFieldQuery(field, queryText, true);
        }
        if (field == null && slop == 0 && namesSomeoneOrSomewhere(queryText)) {
            // Quotes keep the words together; the person or place they name still has its other forms. A quoted
            // topic label stays the exact wording the user asked for.
            return termQuery(null, queryText, true);
        }
        return overFields(fields(field, queryText), f -> applyBoost(f, super.getFieldQuery(f, queryText, slop)));
    }

    /** A person, a division, a facility or a landmark ({@code 天安门}, {@code 锦州监狱}): anything but a topic label. */
    private boolean namesSomeoneOrSomewhere(String text) {
        Map<String, Set<String>> keywords = expander.keywords(text);
        return keywords.containsKey(Schema.PERSON)
                || keywords.containsKey(Schema.PROVINCE)
                || keywords.containsKey(Schema.CITY)
                || (!keywords.containsKey(Schema.TOPIC)
                        && !expander.alternatives(text).isEmpty());
    }

    /**
     * The user's clauses, with two readings Lucene's own lacks: a stopword among required words only ranks ({@link
     * #isEnglishStopword}), and a query of exclusions alone, which Lucene matches to nothing, means every other page
     * ({@code NOT Yao}, {@code -person:yao-fuxin}).
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        boolean otherRequired = clauses.stream()
                .anyMatch(c -> c.occur() == BooleanClause.Occur.MUST && !optionalWords.contains(c.query()));
        List<BooleanClause> weighed = otherRequired
                ? clauses.stream()
                        .map(c -> c.occur() == BooleanClause.Occur.MUST && optionalWords.contains(c.query())
                                ? new BooleanClause(c.query(), BooleanClause.Occur.SHOULD)
                                : c)
                        .toList()
                : clauses;
        Query built = super.getBooleanQuery(weighed);
        if (built instanceof BooleanQuery bq
                && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder everyOther =
                    new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            bq.clauses().forEach(everyOther::add);
            return everyOther.build();
        }
        return built;
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (termStr.length() < 2) {
            throw new ParseException("a wildcard needs at least two characters before it: '" + termStr + "*'");
        }
        String term = termStr.toLowerCase(Locale.ROOT);
        return multiTerm(field, term, "wildcards", f -> super.getPrefixQuery(f, term));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (termStr.equals("*")) {
            return new MatchAllDocsQuery(); // "* -person:yao-fuxin": every page but his
        }
        if (firstWildcard(termStr) < 2) {
            throw new ParseException("a wildcard needs at least two characters before it: '" + termStr + "'");
        }
        String term = termStr.toLowerCase(Locale.ROOT);
        return multiTerm(field, term, "wildcards", f -> {
            try {
                return super.getWildcardQuery(f, term);
            } catch (TooComplexToDeterminizeException e) {
                // Lucene refuses to build the pattern's automaton (many * and ? in one term): the user's input.
                throw new ParseException(
                        "the wildcard pattern is too complex: '" + abbreviated(termStr) + "'; use fewer * and ?");
            }
        });
    }

    /** A term short enough to quote in a message. */
    private static String abbreviated(String term) {
        return term.length() <= 40 ? term : term.substring(0, 40) + "...";
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (minSimilarity > 2) {
            throw new ParseException(
                    "a fuzzy term allows at most 2 edits: '" + termStr + "~" + (int) minSimilarity + "'");
        }
        String term = termStr.toLowerCase(Locale.ROOT);
        // As many edits as the term has characters would match every short term of the index (姚~2 matched every
        // page): at most 1 edit below 6 characters, none below 3, as search engines' "auto" fuzziness does.
        int length = term.codePointCount(0, term.length());
        float edits = Math.min(minSimilarity, length < 3 ? 0 : length < 6 ? 1 : 2);
        if (edits == 0) {
            return getFieldQuery(field, termStr, false);
        }
        return multiTerm(field, term, "fuzzy terms", f -> super.getFuzzyQuery(f, term, edits));
    }

    /** One field's query; a lambda so the super implementations can be reused per field. */
    @FunctionalInterface
    private interface FieldQuery {
        Query build(String field) throws ParseException;
    }

    private Query multiTerm(String field, String term, String what, FieldQuery perField) throws ParseException {
        if (++multiTerms > MAX_MULTI_TERMS) {
            throw new ParseException("too many wildcard and fuzzy terms (at most " + MAX_MULTI_TERMS + " in a query)");
        }
        if (field != null && KEYWORD_FIELDS.contains(field)) {
            throw new ParseException(what + " are not supported in " + field + ": values; write the exact value");
        }
        return overFields(fields(field, term), perField);
    }

    /** The text fields a term searches: those of the group named, or with no field, those of the term's script. */
    private static List<String> fields(String field, String text) throws ParseException {
        return field == null ? fieldsFor(text) : textFields(field);
    }

    /**
     * The fields of the term's script ({@link #scriptFields}), and every text field for what only the others hold:
     * a single Chinese character (a surname searched alone), which the bigram field pairs with its neighbours and
     * only the English fields keep alone, and a Latin word the English analysis drops, such as the stopword of the
     * pinyin name An Jie, which only the unstemmed bigram fields keep.
     *
     * <p>When the English analysis leaves one word of several, the English fields are left out: their "phrase"
     * would be that word alone, and {@code "An Jie"} (or 安杰 read as An Jie) would match every Jie of the archive.
     */
    private static List<String> fieldsFor(String text) {
        List<String> fields = scriptFields(text);
        if (fields == CJK_FIELDS
                && text.codePoints().filter(ArchiveQueryParser::isCjk).count() == 1) {
            return Schema.TEXT_FIELDS;
        }
        if (fields != LATIN_FIELDS) {
            return fields;
        }
        int english = tokenCount(Schema.BODY_EN, text);
        int unstemmed = tokenCount(Schema.BODY_CJK, text);
        if (english >= unstemmed) {
            return fields;
        }
        return english == 1 ? UNSTEMMED_FIELDS : Schema.TEXT_FIELDS;
    }

    /**
     * The fields a label or name that the dictionaries add searches: those of {@link #fieldsFor}, but a Latin phrase
     * whose English analysis keeps two or more of its words searches the English fields only. There the phrase has a
     * gap for each stopword ({@code "protest ? petit"} for Protests and Petitions), so it matches every page the exact
     * phrase of the unstemmed fields matches: searching those too found no page more, and took about a tenth of the
     * time of the benchmark's topic queries. A name, place or label in Chinese characters searches the bigram
     * fields only: their phrase is the characters in order, which is what the word fields' phrase finds too, at half
     * the work. The user's own words keep every field, so exact wording ranks first.
     */
    private static List<String> expansionFields(String alternative) {
        if (alternative.length() >= 2 && scriptFields(alternative) == CJK_FIELDS) {
            return BIGRAM_FIELDS;
        }
        List<String> fields = fieldsFor(alternative);
        return fields == Schema.TEXT_FIELDS
                        && scriptFields(alternative) == LATIN_FIELDS
                        && tokenCount(Schema.BODY_EN, alternative) >= 2
                ? LATIN_FIELDS
                : fields;
    }

    private static int tokenCount(String field, String text) {
        try (TokenStream tokens = ANALYZER.tokenStream(field, text)) {
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken()) {
                count++;
            }
            tokens.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query in memory", e);
        }
    }

    /**
     * The text fields that can match a term written in this script: every field holds the whole text, but only the
     * English fields analyse Latin words well and only the Chinese fields Chinese ones, so searching the others too
     * finds nothing new and doubles the work (a common English phrase matches in two fields of 140,000 pages).
     */
    static List<String> scriptFields(String text) {
        boolean cjk = false;
        boolean other = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isCjk(c)) {
                cjk = true;
            } else if (Character.isLetterOrDigit(c)) {
                other = true;
            }
        }
        if (cjk == other) {
            return Schema.TEXT_FIELDS;
        }
        return cjk ? CJK_FIELDS : LATIN_FIELDS;
    }

    /** Whether a term is written in Chinese (or Japanese, Korean) script only, with no Latin letters or digits. */
    static boolean chineseScript(String text) {
        return scriptFields(text) == CJK_FIELDS;
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** The disjunction of a query over some text fields. */
    private static Query overFields(List<String> fields, FieldQuery perField) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (String f : fields) {
            Query q = perField.build(f);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                some = true;
            }
        }
        return some ? any.build() : null;
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions (/.../) are not supported; put the text in quotes to search it");
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        throw new ParseException("range queries ([a TO b]) are not supported; filter dates with from/to");
    }

    private static List<String> textFields(String field) throws ParseException {
        if (Schema.TEXT_FIELDS.contains(field)) {
            return List.of(field);
        }
        List<String> group = TEXT_GROUPS.get(field.toLowerCase(Locale.ROOT));
        if (group == null) {
            Set<String> known = new TreeSet<>(KEYWORD_FIELDS);
            known.addAll(TEXT_GROUPS.keySet());
            throw new ParseException("unknown field '" + field + ":'; known fields: " + String.join(", ", known)
                    + " (put text with a colon in quotes)");
        }
        return group;
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '*' || s.charAt(i) == '?') {
                return i;
            }
        }
        return s.length();
    }

    /** The parser's message without its grammar dump, for the user. */
    private static String explain(String text, ParseException wrapper) {
        Throwable cause = wrapper.getCause() == null ? wrapper : wrapper.getCause();
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return "query is too complex (more than " + IndexSearcher.getMaxClauseCount()
                    + " clauses); use fewer terms or wildcards";
        }
        if (cause instanceof ParseException e && e.currentToken != null && e.expectedTokenSequences != null) {
            var next = e.currentToken.next;
            if (next == null || next.image == null || next.image.isEmpty()) {
                return "query ends unexpectedly: a dangling AND/OR/NOT, an unclosed parenthesis or a field without a"
                        + " value?";
            }
            // The parser's columns count from 0 (it reads through FastCharStream); a user counts from 1.
            return "cannot parse query near '" + next.image + "' (column " + (next.beginColumn + 1)
                    + "): check quotes, parentheses and AND/OR/NOT";
        }
        if (cause instanceof TokenMgrError) {
            return unreadable(text);
        }
        return firstLine(cause.getMessage() == null ? "cannot parse query" : cause.getMessage());
    }

    /** What stops the tokenizer, in the user's terms: the lexer's own message names its internal states. */
    private static String unreadable(String text) {
        int quotes = 0;
        int lastQuote = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i == text.length() - 1) {
                    return "query ends with a backslash: remove it, or write \\\\ to search for one";
                }
                i++;
            } else if (c == '"') {
                quotes++;
                lastQuote = i;
            }
        }
        if (quotes % 2 == 1) {
            return "query has an unclosed quote (the \" at column " + (lastQuote + 1)
                    + "): add the closing quote or remove it";
        }
        return "cannot read query: check its quotes and backslashes";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
