package org.rightsarchive.annotate.dates;

import java.util.Locale;

/**
 * A date written in a text, possibly partial.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param year the year, or {@code null} when the text gives none and none was resolved
 * @param month 1-12, or {@code null} for a year alone
 * @param day 1-31, or {@code null} for a month alone
 * @param yearWritten whether the year is written in the text (rather than taken from context)
 */
public record DateMention(int start, int end, Integer year, Integer month, Integer day, boolean yearWritten) {
    public DateMention {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (month == null || day < 1 || day > 31)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    /** ISO form at the precision known ({@code 2002-03-17}, {@code 2002-03}, {@code 2002}), {@code null} without year. */
    public String iso() {
        if (year == null) {
            return null;
        }
        if (month == null) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == null) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** The same date in the given year, taken from context. */
    public DateMention withYear(int resolvedYear) {
        return new DateMention(start, end, resolvedYear, month, day, false);
    }

    /** True when day, month and year are all known. */
    public boolean isComplete() {
        return year != null && month != null && day != null;
    }
}
