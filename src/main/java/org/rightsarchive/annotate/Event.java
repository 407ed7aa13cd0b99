package org.rightsarchive.annotate;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something that happened to people, as reported: a detention, a trial, a release...
 *
 * @param type one of {@link #TYPES}
 * @param date ISO date, possibly partial ({@code 2002-03-17}, {@code 2002-03}, {@code 2002}), or {@code null}
 * @param dateTo end of a range in the same form, or {@code null}
 * @param place name of the place (a {@link Place#name()}), or {@code null}
 * @param province province of that place, or {@code null}
 * @param people ids of the people involved
 * @param evidence the sentence the event was read from
 */
public record Event(
        String type, String date, String dateTo, String place, String province, List<String> people, String evidence) {
    /** Event types. */
    public static final Set<String> TYPES = Set.of(
            "detention",
            "arrest",
            "trial",
            "sentencing",
            "release",
            "disappearance",
            "protest",
            "hunger-strike",
            "death-in-custody",
            "house-arrest");

    /** An ISO date at year, month or day precision; compiled once, as every event found is checked. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public Event {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        if (date != null && !DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("event date must be YYYY, YYYY-MM or YYYY-MM-DD: " + date);
        }
        if (dateTo != null && !DATE.matcher(dateTo).matches()) {
            throw new IllegalArgumentException("event end date must be YYYY, YYYY-MM or YYYY-MM-DD: " + dateTo);
        }
        people = people == null ? List.of() : List.copyOf(people);
        Objects.requireNonNullElse(evidence, "");
    }
}
