package org.rightsarchive.annotate.places;

import java.util.List;
import java.util.Objects;

/**
 * One place named in a text.
 *
 * @param start offset of the first character in the scanned text
 * @param end offset after the last character (the facility's last character when there is one)
 * @param surface the text as written
 * @param candidates the divisions the name may mean, most general first; never empty
 * @param facility the facility's name as written ({@code Tieling Detention Center}, {@code 铁岭市看守所}), or
 *     {@code null} when the mention is a plain place
 */
public record PlaceMention(int start, int end, String surface, List<Gazetteer.Division> candidates, String facility) {
    public PlaceMention {
        Objects.requireNonNull(surface, "surface");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a place mention needs a candidate division: " + surface);
        }
    }
}
