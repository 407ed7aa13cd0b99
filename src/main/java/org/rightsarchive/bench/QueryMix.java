package org.rightsarchive.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rightsarchive.lang.Language;
import org.rightsarchive.search.SearchRequest;

/**
 * A realistic mix of searches over a synthetic archive, built from the facts of its pages so that queries find
 * documents: names in pinyin and in characters, topic words and topic filters, province plus date-range filters,
 * phrases, and place-plus-word queries. Reproducible from the seed.
 */
public final class QueryMix {
    /** Kinds of query, each about as frequent as the others. */
    public enum Kind {
        NAME_PINYIN,
        NAME_HANZI,
        TOPIC_WORDS,
        TOPIC_FILTER,
        PROVINCE_DATES,
        PHRASE,
        PLACE_WORD
    }

    /** One query of the mix. */
    public record BenchQuery(Kind kind, SearchRequest request) {}

    private static final List<String> PHRASES = List.of(
            "\"detention center\"",
            "\"inciting subversion of state power\"",
            "\"house arrest\"",
            "\"hunger strike\"",
            "\"煽动颠覆国家政权\"",
            "\"看守所\"",
            "\"寻衅滋事\"",
            "\"intermediate people's court\"");
    private static final List<String> WORDS = List.of("detained", "lawyer", "sentenced", "protest", "released", "拘留");

    private QueryMix() {}

    /** {@code count} queries about the first {@code docs} pages of {@code archive}. */
    public static List<BenchQuery> of(SyntheticArchive archive, long docs, int count) {
        SplittableRandom r = new SplittableRandom(archive.seed() * 31 + 7);
        Kind[] kinds = Kind.values();
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            AlertCase page = archive.draw(r.nextLong(docs));
            Kind kind = kinds[i % kinds.length];
            queries.add(new BenchQuery(kind, request(kind, page, r)));
        }
        return queries;
    }

    private static SearchRequest request(Kind kind, AlertCase page, SplittableRandom r) {
        WordLists.TopicEntry topic = page.topics().get(r.nextInt(page.topics().size()));
        return switch (kind) {
            case NAME_PINYIN -> SearchRequest.of(page.subject().pinyin());
            case NAME_HANZI ->
                SearchRequest.of(
                        page.language() == Language.CHINESE_TRADITIONAL
                                ? AlertPageRenderer.toTraditional(page.subject().hanzi())
                                : page.subject().hanzi());
            case TOPIC_WORDS -> SearchRequest.of(r.nextBoolean() ? topic.label() : topic.labelZh());
            case TOPIC_FILTER -> SearchRequest.of("").withFilters(Map.of("topic", List.of(topic.id())));
            case PROVINCE_DATES -> {
                LocalDate from = page.published().minusYears(2);
                LocalDate to = page.published().plusYears(1);
                yield new SearchRequest(
                        WORDS.get(r.nextInt(WORDS.size())),
                        Map.of("province", List.of(page.place().provinceEn())),
                        null,
                        null,
                        from,
                        to,
                        SearchRequest.Sort.RELEVANCE,
                        1,
                        10);
            }
            case PHRASE -> SearchRequest.of(PHRASES.get(r.nextInt(PHRASES.size())));
            case PLACE_WORD ->
                SearchRequest.of((r.nextBoolean()
                                ? page.place().prefectureEn()
                                : page.place().prefectureZh()) + " " + WORDS.get(r.nextInt(WORDS.size())));
        };
    }
}
