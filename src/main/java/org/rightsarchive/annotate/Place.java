package org.rightsarchive.annotate;

import java.util.Objects;
import java.util.Set;

/**
 * A place named on a page, resolved to its province.
 *
 * @param name English or pinyin name as used in the archive ({@code Liaoyang}, {@code Tieling Detention Center})
 * @param nameZh Simplified Chinese name ({@code 辽阳市}), or {@code null}
 * @param province English name of the provincial-level division ({@code Liaoning}, {@code Tibet}, {@code Beijing})
 * @param provinceZh Chinese short name of the province ({@code 辽宁}), or {@code null}
 * @param prefecture English name of the prefecture-level city it lies in, or {@code null}
 * @param kind one of {@link #KINDS}
 */
public record Place(String name, String nameZh, String province, String provinceZh, String prefecture, String kind) {
    /** Kinds of place. Facilities are detention centers, prisons, courts, police stations and the like. */
    public static final Set<String> KINDS = Set.of("province", "prefecture", "county", "facility", "other");

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown place kind " + kind + " for " + name);
        }
    }
}
