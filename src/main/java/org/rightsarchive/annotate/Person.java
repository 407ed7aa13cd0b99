package org.rightsarchive.annotate;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person named on a page, with everything the page says of them.
 *
 * @param id stable identity: toneless pinyin of the Chinese name, surname first, lowercase, hyphen-joined
 *     ({@code yao-fuxin}); for Tibetan and Uyghur names the romanized name the same way ({@code ilham-tohti})
 * @param name the romanized name as best written ({@code Yao Fuxin})
 * @param nameZh the name in Simplified characters ({@code 姚福信}), or {@code null} when unknown
 * @param age age given by the page, or {@code null}
 * @param gender {@code male}, {@code female} or {@code null}
 * @param role one of {@link #ROLES}
 * @param occupation occupation given by the page, or {@code null}
 * @param names every surface form the page used ({@code YAO Fuxin}, {@code 姚福信}, {@code Yao})
 */
public record Person(
        String id,
        String name,
        String nameZh,
        Integer age,
        String gender,
        String role,
        String occupation,
        List<String> names) {
    /** Roles a person may play on a page. Officials are never detainees. */
    public static final Set<String> ROLES = Set.of("detainee", "family", "lawyer", "official", "other");

    /** Compiled once: every person the pipeline finds is checked. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("person id must be lowercase words joined by '-': " + id);
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role + " for " + id);
        }
        if (gender != null && !gender.equals("male") && !gender.equals("female")) {
            throw new IllegalArgumentException("unknown gender " + gender + " for " + id);
        }
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("implausible age " + age + " for " + id);
        }
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** This person in another role on the same page. */
    public Person withRole(String newRole) {
        return new Person(id, name, nameZh, age, gender, newRole, occupation, names);
    }
}
