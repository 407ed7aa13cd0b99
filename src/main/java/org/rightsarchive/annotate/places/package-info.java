/**
 * Places: a gazetteer of China's provinces, prefectures and counties (Chinese names, pinyin, English forms), shipped
 * as a resource built from the MIT-licensed AreaCity division data, and a recognizer that finds places and facilities
 * (detention centers, prisons, courts...) in English and Chinese text and resolves each to its province.
 *
 * <p>{@link org.rightsarchive.annotate.places.Gazetteer#standard()} is the public lookup other stages use (the search
 * layer expands a place query across scripts with it).
 */
package org.rightsarchive.annotate.places;
