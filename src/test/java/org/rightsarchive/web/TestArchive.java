package org.rightsarchive.web;

import java.nio.file.Path;

/** TEMPORARY (dev only, until the server exists): points at an already running server. */
final class TestArchive implements AutoCloseable {
    private final String baseUrl;

    private TestArchive(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static TestArchive start(Path dir) {
        String dev = System.getProperty("archive.web.devBaseUrl");
        org.junit.jupiter.api.Assumptions.assumeTrue(dev != null, "no server class yet: set archive.web.devBaseUrl");
        return new TestArchive(dev);
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {}
}
