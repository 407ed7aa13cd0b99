package org.rightsarchive.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The archive's configuration, in one place. Every setting is resolved from, in rising priority: its default, the
 * configuration file ({@code archive.properties} in the project home, or the file named by {@code --config} or
 * {@code ARCHIVE_CONFIG}), the environment ({@code ARCHIVE_} + the key in upper case with dots as underscores, e.g.
 * {@code ARCHIVE_ADMIN_TOKEN}), then command-line flags. {@link #describe()} prints each value with where it came
 * from (secrets masked), so a server states its configuration when it starts.
 */
public final class ArchiveConfig {
    /** A known setting. */
    public record Key(String name, String defaultValue, boolean secret, String description) {}

    public static final Key CORPUS = new Key("corpus", "corpus", false, "corpus directory (relative to the home)");
    public static final Key INDEX = new Key("index", "index", false, "index directory (relative to the home)");
    public static final Key HOST = new Key("host", "127.0.0.1", false, "address the server binds to");
    public static final Key PORT = new Key("port", "7070", false, "port the server listens on (0: any free port)");
    public static final Key THREADS =
            new Key("threads", Integer.toString(Runtime.getRuntime().availableProcessors()), false, "indexing threads");
    public static final Key ADMIN_TOKEN =
            new Key("admin.token", null, true, "bearer token of the admin API; unset turns the admin API off");

    public static final Key RATE_LIMIT = new Key(
            "rate.limit", "50", false, "requests per second per client to search, export and feed (0: no limit)");
    public static final Key RATE_BURST =
            new Key("rate.burst", "200", false, "requests a client may make at once before rate.limit applies");

    /** Every key, in the order {@link #describe()} prints them. */
    public static final Key MAX_PAGE_BYTES = new Key(
            "max.page.bytes",
            Long.toString(org.rightsarchive.index.CaptureScreen.DEFAULT_MAX_BYTES),
            false,
            "largest capture the indexer extracts; larger ones are skipped with their size");

    public static final Key PAGES_IN_MEMORY = new Key(
            "pages.in.memory",
            Integer.toString(org.rightsarchive.index.ArchiveIndexer.DEFAULT_PAGES_IN_MEMORY),
            false,
            "extracted pages the indexer holds at once; a larger archive is indexed in two passes");

    public static final List<Key> KEYS = List.of(
            CORPUS, INDEX, HOST, PORT, THREADS, ADMIN_TOKEN, RATE_LIMIT, RATE_BURST, MAX_PAGE_BYTES, PAGES_IN_MEMORY);

    /** A resolved value and where it came from ({@code default}, {@code file}, {@code env} or {@code flag}). */
    public record Setting(Key key, String value, String source) {}

    private final Path home;
    private final Map<String, Setting> settings;

    private ArchiveConfig(Path home, Map<String, Setting> settings) {
        this.home = home;
        this.settings = settings;
    }

    /**
     * Resolves the configuration.
     *
     * @param home the project home; relative paths are resolved against it
     * @param configFile an explicit configuration file, or {@code null} for {@code ARCHIVE_CONFIG} or
     *     {@code home/archive.properties} if present
     * @param env the environment
     * @param flags values given on the command line, by key name (null values are ignored)
     * @throws UserError if the file cannot be read or names an unknown key
     */
    public static ArchiveConfig load(Path home, Path configFile, Map<String, String> env, Map<String, String> flags) {
        Map<String, Setting> resolved = new LinkedHashMap<>();
        for (Key key : KEYS) {
            resolved.put(key.name(), new Setting(key, key.defaultValue(), "default"));
        }
        Path file = configFile;
        if (file == null && env.get("ARCHIVE_CONFIG") != null) {
            file = Path.of(env.get("ARCHIVE_CONFIG"));
        }
        boolean explicit = file != null;
        if (file == null) {
            file = home.resolve("archive.properties");
        }
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new UserError("cannot read configuration file " + file + ": " + e.getMessage());
            }
            for (String name : properties.stringPropertyNames()) {
                Setting current = resolved.get(name);
                if (current == null) {
                    throw new UserError("unknown setting '" + name + "' in " + file + "; known: " + names());
                }
                resolved.put(
                        name,
                        new Setting(current.key(), properties.getProperty(name).strip(), "file"));
            }
        } else if (explicit) {
            throw new UserError("configuration file not found: " + file);
        }
        for (Key key : KEYS) {
            String value = env.get(envName(key));
            if (value != null && !value.isBlank()) {
                resolved.put(key.name(), new Setting(key, value.strip(), "env"));
            }
        }
        flags.forEach((name, value) -> {
            Setting current = resolved.get(name);
            if (current == null) {
                throw new IllegalArgumentException("unknown setting " + name);
            }
            if (value != null) {
                resolved.put(name, new Setting(current.key(), value, "flag"));
            }
        });
        return new ArchiveConfig(home, resolved);
    }

    /** The environment variable of a key: {@code admin.token} is {@code ARCHIVE_ADMIN_TOKEN}. */
    public static String envName(Key key) {
        return "ARCHIVE_" + key.name().toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static List<String> names() {
        return KEYS.stream().map(Key::name).toList();
    }

    /** The value of a key, or {@code null} when unset. */
    public String get(Key key) {
        return settings.get(key.name()).value();
    }

    /** A path setting, resolved against the home. */
    public Path path(Key key) {
        return home.resolve(get(key)).toAbsolutePath().normalize();
    }

    /**
     * An integer setting within bounds.
     *
     * @throws UserError naming the setting and its source when the value is not such an integer
     */
    public int integer(Key key, int min, int max) {
        Setting s = settings.get(key.name());
        try {
            int value = Integer.parseInt(s.value());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UserError(key.name() + " must be an integer from " + min + " to " + max + ", got '" + s.value()
                    + "' (from " + s.source() + ")");
        }
    }

    /** One line per setting: {@code port = 7070 (default)}; secrets masked. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Setting s : settings.values()) {
            String shown = s.value() == null ? "(unset)" : s.key().secret() ? "****" : s.value();
            out.append(String.format(Locale.ROOT, "  %-12s = %s (%s)%n", s.key().name(), shown, s.source()));
        }
        return out.toString();
    }
}
