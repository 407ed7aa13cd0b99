package org.rightsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveConfigTest {
    @TempDir
    Path home;

    @Test
    void defaultsApplyWithoutFileOrEnvironment() {
        ArchiveConfig config = ArchiveConfig.load(home, null, Map.of(), Map.of());
        assertEquals("127.0.0.1", config.get(ArchiveConfig.HOST));
        assertEquals(7070, config.integer(ArchiveConfig.PORT, 0, 65535));
        assertEquals(home.resolve("index"), config.path(ArchiveConfig.INDEX));
        assertEquals(null, config.get(ArchiveConfig.ADMIN_TOKEN));
    }

    @Test
    void flagBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
        Files.writeString(home.resolve("archive.properties"), "port=8000\nhost=0.0.0.0\nthreads=3\n");
        Map<String, String> env = Map.of("ARCHIVE_PORT", "9000", "ARCHIVE_THREADS", "5");
        Map<String, String> flags = new HashMap<>();
        flags.put("port", "9100");
        flags.put("host", null);
        ArchiveConfig config = ArchiveConfig.load(home, null, env, flags);
        assertEquals("9100", config.get(ArchiveConfig.PORT));
        assertEquals("5", config.get(ArchiveConfig.THREADS));
        assertEquals("0.0.0.0", config.get(ArchiveConfig.HOST));
        assertTrue(config.describe().contains("port         = 9100 (flag)"), config.describe());
        assertTrue(config.describe().contains("host         = 0.0.0.0 (file)"), config.describe());
    }

    @Test
    void describeMasksTheAdminToken() {
        ArchiveConfig config =
                ArchiveConfig.load(home, null, Map.of("ARCHIVE_ADMIN_TOKEN", "s3cret-token-of-some-length"), Map.of());
        assertEquals("s3cret-token-of-some-length", config.get(ArchiveConfig.ADMIN_TOKEN));
        assertFalse(config.describe().contains("s3cret"), config.describe());
        assertTrue(config.describe().contains("admin.token  = **** (env)"), config.describe());
    }

    @Test
    void unknownKeyInFileIsAUserErrorNamingIt() throws IOException {
        Files.writeString(home.resolve("archive.properties"), "prot=8000\n");
        UserError e = assertThrows(UserError.class, () -> ArchiveConfig.load(home, null, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("'prot'"), e.getMessage());
    }

    @Test
    void missingExplicitFileIsAUserError() {
        UserError e = assertThrows(
                UserError.class, () -> ArchiveConfig.load(home, home.resolve("nope.properties"), Map.of(), Map.of()));
        assertTrue(e.getMessage().startsWith("configuration file not found"), e.getMessage());
    }

    @Test
    void badIntegerNamesSettingAndSource() {
        ArchiveConfig config = ArchiveConfig.load(home, null, Map.of("ARCHIVE_PORT", "seventy"), Map.of());
        UserError e = assertThrows(UserError.class, () -> config.integer(ArchiveConfig.PORT, 0, 65535));
        assertEquals("port must be an integer from 0 to 65535, got 'seventy' (from env)", e.getMessage());
    }

    @Test
    void serverDefaultsAreLoopbackAndAGenerousRateLimit() {
        ArchiveConfig config = ArchiveConfig.load(home, null, Map.of(), Map.of());
        assertEquals("127.0.0.1", config.get(ArchiveConfig.HOST));
        assertEquals(new org.rightsarchive.web.RateLimit(50, 200), ServeCommand.rateLimit(config));
    }

    @Test
    void rateLimitIsConfigurableAndZeroTurnsItOff() throws IOException {
        Files.writeString(home.resolve("archive.properties"), "rate.limit=5\nrate.burst=9\n");
        assertEquals(
                new org.rightsarchive.web.RateLimit(5, 9),
                ServeCommand.rateLimit(ArchiveConfig.load(home, null, Map.of(), Map.of())));
        ArchiveConfig off = ArchiveConfig.load(home, null, Map.of("ARCHIVE_RATE_LIMIT", "0"), Map.of());
        assertFalse(ServeCommand.rateLimit(off).enabled());
        ArchiveConfig bad = ArchiveConfig.load(home, null, Map.of("ARCHIVE_RATE_BURST", "0"), Map.of());
        UserError e = assertThrows(UserError.class, () -> ServeCommand.rateLimit(bad));
        assertTrue(e.getMessage().contains("rate.burst"), e.getMessage());
    }
}
