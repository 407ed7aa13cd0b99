package org.rightsarchive.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to run the {@link ArchiveServer}.
 *
 * @param host interface to bind; {@code 127.0.0.1} by default, so the archive is private until asked otherwise
 * @param port TCP port; {@code 0} picks a free one
 * @param staticFolder classpath folder served at {@code /} ({@code /web}: the web page)
 * @param topics the topic taxonomy, for labels
 * @param extensions further routes (e.g. an admin API), added after the public ones
 * @param rateLimit requests per client to search, export and feed ({@link RateLimit#DEFAULT} unless configured)
 */
public record ServerConfig(
        String host,
        int port,
        String staticFolder,
        TopicDirectory topics,
        List<Consumer<RoutesConfig>> extensions,
        RateLimit rateLimit) {
    /** Default interface. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default port. */
    public static final int DEFAULT_PORT = 7070;
    /** Default classpath folder of the web page. */
    public static final String DEFAULT_STATIC_FOLDER = "/web";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        Objects.requireNonNull(staticFolder, "staticFolder");
        topics = topics == null ? TopicDirectory.NONE : topics;
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        rateLimit = rateLimit == null ? RateLimit.DEFAULT : rateLimit;
    }

    /** A config with the default rate limit. */
    public ServerConfig(
            String host,
            int port,
            String staticFolder,
            TopicDirectory topics,
            List<Consumer<RoutesConfig>> extensions) {
        this(host, port, staticFolder, topics, extensions, RateLimit.DEFAULT);
    }

    /** 127.0.0.1:7070, the web page from {@code /web}, no taxonomy, no extensions, the default rate limit. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STATIC_FOLDER, TopicDirectory.NONE, List.of());
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, staticFolder, topics, extensions, rateLimit);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, staticFolder, topics, extensions, rateLimit);
    }

    public ServerConfig withStaticFolder(String folder) {
        return new ServerConfig(host, port, folder, topics, extensions, rateLimit);
    }

    public ServerConfig withTopics(TopicDirectory directory) {
        return new ServerConfig(host, port, staticFolder, directory, extensions, rateLimit);
    }

    /** This config with one more set of routes. */
    public ServerConfig withExtension(Consumer<RoutesConfig> routes) {
        List<Consumer<RoutesConfig>> all = new java.util.ArrayList<>(extensions);
        all.add(routes);
        return new ServerConfig(host, port, staticFolder, topics, all, rateLimit);
    }

    /** This config with another rate limit ({@link RateLimit#OFF}: none). */
    public ServerConfig withRateLimit(RateLimit limit) {
        return new ServerConfig(host, port, staticFolder, topics, extensions, limit);
    }
}
