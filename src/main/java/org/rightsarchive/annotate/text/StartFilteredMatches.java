package org.rightsarchive.annotate.text;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives, found by trying the pattern only at the positions where the caller says
 * a match can start. A regex find tries every position of the text, each try a pass through the pattern's leading
 * alternation; when few characters can begin a match (a month's capital, a digit, the first character of an
 * introducing word), skipping the others gives the same matches for a fraction of the work.
 *
 * <p>The start test must be a necessary condition: true wherever a match of the pattern can start (it may be true
 * elsewhere too). Matches are tried with transparent bounds, so word boundaries and lookbehinds see the text before
 * the position as they do in {@code find()}; the patterns must not match the empty string.
 */
public final class StartFilteredMatches {
    /** Whether a match can start at position {@code i} of {@code text}. */
    @FunctionalInterface
    public interface StartTest {
        boolean mayStart(String text, int i);
    }

    private StartFilteredMatches() {}

    /**
     * Calls {@code action} with the matcher positioned on each match, in order, as a {@code find()} loop would; the
     * action reads the match (groups, offsets) and must not move the matcher.
     */
    public static void forEach(Pattern pattern, String text, StartTest startTest, Consumer<Matcher> action) {
        Matcher m = matcher(pattern, text);
        int i = 0;
        while (nextMatch(m, text, i, startTest)) {
            action.accept(m);
            i = Math.max(m.end(), m.start() + 1); // find() goes on after the match
        }
    }

    /** The first match {@link Matcher#find()} gives, found as {@link #forEach} finds them; empty if none. */
    public static Optional<MatchResult> first(Pattern pattern, String text, StartTest startTest) {
        Matcher m = matcher(pattern, text);
        return nextMatch(m, text, 0, startTest) ? Optional.of(m.toMatchResult()) : Optional.empty();
    }

    private static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Positions the matcher on the first match starting at {@code from} or later; false when there is none. */
    private static boolean nextMatch(Matcher m, String text, int from, StartTest startTest) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (startTest.mayStart(text, i) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The start test of a pattern whose matches all begin with one of the given characters. */
    public static StartTest startingWith(String characters) {
        // ASCII characters by two bit masks, since the test runs at every position of the text
        long low = 0;
        long high = 0;
        StringBuilder others = new StringBuilder();
        for (int k = 0; k < characters.length(); k++) {
            char c = characters.charAt(k);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            } else {
                others.append(c);
            }
        }
        long lowMask = low;
        long highMask = high;
        String rest = others.toString();
        return (text, i) -> {
            char c = text.charAt(i);
            if (c < 64) {
                return (lowMask & (1L << c)) != 0;
            }
            return c < 128 ? (highMask & (1L << (c - 64))) != 0 : rest.indexOf(c) >= 0;
        };
    }
}
