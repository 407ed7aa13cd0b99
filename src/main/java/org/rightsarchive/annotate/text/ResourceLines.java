package org.rightsarchive.annotate.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a bundled word list or table, read as UTF-8: blank lines and {@code #} comments left out, so each
 * list can say where it comes from and what its columns are.
 */
public final class ResourceLines {
    private ResourceLines() {}

    /**
     * The data lines of a class-path resource.
     *
     * @param owner the class the resource's name is resolved against
     * @param resource the resource's name, relative to {@code owner}'s package or absolute ({@code /org/...})
     * @throws IOException if the resource is missing or cannot be read
     */
    public static List<String> of(Class<?> owner, String resource) throws IOException {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource + " beside " + owner.getName());
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
