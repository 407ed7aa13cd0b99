package org.rightsarchive.annotate.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LandmarksTest {
    private static final Landmarks LANDMARKS = Landmarks.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "天安门, Tiananmen",
        "天安門, Tiananmen",
        "tiananmen, Tiananmen",
        "Tiananmen  Square, Tiananmen Square",
        "秦城监狱, Qincheng Prison",
        "維園, Victoria Park",
    })
    void eitherLanguageOrScriptFindsTheLandmark(String written, String name) {
        assertEquals(name, LANDMARKS.lookup(written).orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"天安", "Tianan", "天安门母亲", ""})
    void onlyAWholeNameIsALandmark(String written) {
        assertTrue(LANDMARKS.lookup(written).isEmpty(), written);
    }
}
