package org.rightsarchive.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import org.rightsarchive.acquire.CaptureSource;
import org.rightsarchive.search.QuerySyntaxException;
import org.rightsarchive.search.SearchBackend;

/**
 * The archive's web server: JSON API, exports, feeds, archived captures and the web page, over any {@link
 * SearchBackend}. Start it with {@link #start}; the one place the server is configured.
 *
 * <p>Every answer carries security headers (a same-origin Content-Security-Policy, {@code nosniff}, no referrer,
 * no framing by other sites). A bad request is a 400 with {@code {"error": "..."}}; an unexpected failure is logged
 * and answered with a 500 that reveals nothing.
 */
public final class ArchiveServer implements AutoCloseable {
    /** The Content-Security-Policy of everything but archived captures. */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-src 'self'; frame-ancestors 'self'";
    /** Archived captures are hostile pages: no script, no plugins, no requests to anywhere, own unique origin. */
    static final String CAPTURE_POLICY =
            "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private static final System.Logger LOG = System.getLogger(ArchiveServer.class.getName());

    private final Javalin app;
    private final ServerConfig config;

    private ArchiveServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Starts serving. Returns once the port is bound.
     *
     * @param config host, port, static folder, taxonomy and extra routes
     * @param backend the search engine (opened: {@code /health} answers 200 from the start)
     * @param captures where archived captures are loaded from, for {@code /archive/{id}}
     */
    public static ArchiveServer start(ServerConfig config, SearchBackend backend, CaptureSource captures) {
        ApiRoutes routes = new ApiRoutes(backend, captures, config.topics());
        Javalin app = Javalin.create(cfg -> configure(cfg, config, routes));
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException(
                    "cannot start the server on " + config.host() + ":" + config.port() + ": " + rootMessage(e), e);
        }
        return new ArchiveServer(app, config);
    }

    /** The bound port (the one chosen when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops the server; requests in flight are cut off. */
    @Override
    public void close() {
        app.stop();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** JSON for the API: HTML-significant characters escaped too, so a response is inert even if sniffed as HTML. */
    public static ObjectMapper jsonMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper;
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private static void configure(JavalinConfig cfg, ServerConfig config, ApiRoutes routes) {
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.startup.showJavalinBanner = false;
        cfg.jsonMapper(new JavalinJackson(routes.json, false));
        if (ArchiveServer.class.getResource(config.staticFolder()) != null) {
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = config.staticFolder();
                files.location = Location.CLASSPATH;
            });
        } else {
            LOG.log(System.Logger.Level.WARNING, "no web page on the classpath at " + config.staticFolder());
        }
        var r = cfg.routes;
        r.before(ArchiveServer::securityHeaders);
        r.get("/health", routes::health);
        r.get("/api/search", routes::search);
        r.get("/api/documents/{id}", routes::document);
        r.get("/api/people/{id}", routes::person);
        r.get("/api/topics", routes::topics);
        r.get("/api/places", routes::places);
        r.get("/api/export", routes::export);
        r.get("/api/feed.atom", routes::feed);
        r.get("/api/openapi.json", routes::openApi);
        r.get("/archive/{id}", routes::capture);
        config.extensions().forEach(extension -> extension.accept(r));
        r.exception(BadRequest.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
        r.exception(QuerySyntaxException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> {
            ctx.status(e.getStatus());
            ctx.json(ApiJson.error(e.getMessage()));
        });
        r.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "request failed: " + ctx.method() + " " + ctx.path(), e);
            ctx.status(500);
            ctx.json(ApiJson.error("internal error; the server log has the details"));
        });
        r.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                ctx.json(ApiJson.error("no such resource: " + ctx.path()));
            }
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    private static void badRequest(Context ctx, String message) {
        ctx.status(400);
        ctx.json(ApiJson.error(message == null ? "bad request" : message));
    }
}
