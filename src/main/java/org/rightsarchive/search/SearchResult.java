package org.rightsarchive.search;

import java.util.List;
import java.util.Map;
import org.rightsarchive.annotate.Event;
import org.rightsarchive.annotate.Person;
import org.rightsarchive.annotate.Place;
import org.rightsarchive.annotate.TopicTag;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total number of matching documents
 * @param hits the requested page of hits
 * @param facets counts per facet dimension ({@code topic, province, city, person, event, lang, year}), each value
 *     counted over the documents matching the query and every filter <em>except</em> those of its own dimension
 *     (drill-sideways)
 * @param partial true when some part of the index did not answer (a distributed backend lost a shard)
 * @param estimated true when the facet counts (and the total, unless the index counts it for free) are estimates from
 *     a sample of a large result in a large index; the hits are the best ones all the same
 */
public record SearchResult(
        long total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean partial, boolean estimated) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching document.
     *
     * @param id document id
     * @param title title as extracted (untrusted: escape before display)
     * @param url canonical URL of the capture
     * @param published publication date {@code YYYY-MM-DD}, or {@code null}
     * @param language language tag
     * @param snippet the best passage of the body as <em>safe HTML</em>: the text escaped, matches wrapped in
     *     {@code <mark>}
     * @param score relevance score
     * @param topics topics of the document
     * @param people people named in the document
     * @param places places named in the document
     * @param events events the document tells of
     */
    public record Hit(
            String id,
            String title,
            String url,
            String published,
            String language,
            String snippet,
            float score,
            List<TopicTag> topics,
            List<Person> people,
            List<Place> places,
            List<Event> events) {
        public Hit {
            topics = List.copyOf(topics);
            people = List.copyOf(people);
            places = List.copyOf(places);
            events = List.copyOf(events);
        }
    }

    /** One value of a facet and how many documents have it. */
    public record FacetCount(String value, long count) {}
}
