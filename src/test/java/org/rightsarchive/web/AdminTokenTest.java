package org.rightsarchive.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminTokenTest {
    private static final String TOKEN = "correct-horse-battery-staple";

    @Test
    void acceptsBearerWithTheToken() {
        AdminToken token = AdminToken.of(TOKEN).orElseThrow();
        assertTrue(token.accepts("Bearer " + TOKEN));
        assertTrue(token.accepts("bearer " + TOKEN));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "correct-horse-battery-staple",
                "Basic Y29ycmVjdDpob3JzZQ==",
                "Bearer correct-horse-battery-stapl",
                "Bearer correct-horse-battery-staple2",
                "Bearer ",
                "Bearer"
            })
    void rejectsAnythingElse(String header) {
        assertFalse(AdminToken.of(TOKEN).orElseThrow().accepts(header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noTokenConfiguredMeansAdminIsOff(String configured) {
        assertTrue(AdminToken.of(configured).isEmpty());
    }

    @Test
    void refusesAShortToken() {
        assertThrows(IllegalArgumentException.class, () -> AdminToken.of("short"));
    }

    @Test
    void neverPrintsTheToken() {
        assertFalse(AdminToken.of(TOKEN).orElseThrow().toString().contains("horse"));
    }
}
