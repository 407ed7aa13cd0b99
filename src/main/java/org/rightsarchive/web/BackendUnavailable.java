package org.rightsarchive.web;

import io.javalin.config.RoutesConfig;
import java.util.function.Consumer;
import org.rightsarchive.search.BackendUnavailableException;

/**
 * Maps a search engine that cannot answer now ({@link BackendUnavailableException}: a distributed backend lost its
 * cluster) to {@code 503 Service Unavailable} with a {@code Retry-After}, instead of an internal error. The message
 * for the client names no host; the server log has the details.
 */
public final class BackendUnavailable {
    private static final System.Logger LOG = System.getLogger(BackendUnavailable.class.getName());

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private BackendUnavailable() {}

    /** The exception mapping, as a server extension ({@link ServerConfig#withExtension}). */
    public static Consumer<RoutesConfig> mapping() {
        return routes -> routes.exception(BackendUnavailableException.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.WARNING, ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            ctx.status(503);
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            ctx.json(ApiJson.error("the search engine is unavailable; try again shortly"));
        });
    }
}
