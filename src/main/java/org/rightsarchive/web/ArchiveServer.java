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
import java.util.List;
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
 *
 * <p>Limits: a request line and headers of at most {@link #MAX_HEADER_BYTES} (else Jetty answers 414 or 431), a
 * body of at most {@link #MAX_BODY_BYTES} (413; the public API takes no bodies), and a {@link RateLimit} per client
 * address on search, export and feed (429 with {@code Retry-After}). Errors Jetty answers itself (a malformed
 * request line, an ambiguous path) are JSON with the same headers, never Jetty's HTML page.
 */
public final class ArchiveServer implements AutoCloseable {
    /** The Content-Security-Policy of everything but archived captures. */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-src 'self'; frame-ancestors 'self'";
    /** Archived captures are hostile pages: no script, no plugins, no requests to anywhere, own unique origin. */
    static final String CAPTURE_POLICY =
            "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

    /**
     * Most bytes of request line plus headers: room for the longest query the parser takes (1,000 Chinese
     * characters are 9,000 bytes percent-encoded) with its filters.
     */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Most bytes of a request body. */
    public static final int MAX_BODY_BYTES = 16 * 1024;
    /** The routes a client's {@link RateLimit} counts. */
    static final List<String> LIMITED_ROUTES = List.of("/api/search", "/api/export", "/api/feed.atom");

    private static final java.util.regex.Pattern DOT_SEGMENT =
            java.util.regex.Pattern.compile("(^|/)(\\.|%2e){1,2}(/|%2f|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

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
        cfg.http.maxRequestSize = MAX_BODY_BYTES;
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
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
        r.before(ArchiveServer::limitBody);
        r.before(ArchiveServer::requireCleanTarget);
        RateLimiter limiter = new RateLimiter(config.rateLimit());
        LIMITED_ROUTES.forEach(path -> r.before(path, ctx -> rateLimit(ctx, limiter)));
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

    private static void limitBody(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw new HttpResponseException(413, "request body too large (at most " + MAX_BODY_BYTES + " bytes)");
        }
    }

    /**
     * A lenient decoder would turn {@code %ZZ} into some other query, and a path with dot segments names another
     * resource than it seems to: tell the client instead of guessing.
     */
    private static void requireCleanTarget(Context ctx) {
        String path = ctx.req().getRequestURI();
        if (path != null && DOT_SEGMENT.matcher(path).find()) {
            throw new BadRequest("the path has '.' or '..' segments; ask for the resource by its own path");
        }
        requireWellFormedEscapes(path, "path");
        requireWellFormedEscapes(ctx.queryString(), "query string");
    }

    private static void requireWellFormedEscapes(String part, String name) {
        if (part == null) {
            return;
        }
        for (int i = part.indexOf('%'); i >= 0; i = part.indexOf('%', i + 1)) {
            if (i + 2 >= part.length() || !isHex(part.charAt(i + 1)) || !isHex(part.charAt(i + 2))) {
                throw new BadRequest(
                        "malformed percent-escape at character " + (i + 1) + " of the " + name + "; encode '%' as %25");
            }
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    /** Keyed by the socket's peer address: a client-sent X-Forwarded-For must not buy a fresh bucket. */
    private static void rateLimit(Context ctx, RateLimiter limiter) {
        long retryAfter = limiter.acquire(ctx.req().getRemoteAddr());
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            throw new HttpResponseException(
                    429, "too many requests from this address; retry after " + retryAfter + " s");
        }
    }

    static void securityHeaders(Context ctx) {
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

    /**
     * Answers the errors Jetty meets before a request reaches Javalin (bad request line, URI or headers too long,
     * ambiguous path encodings) with a JSON error and the security headers, and without stacks or causes.
     */
    private static final class JettyErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
        JettyErrors() {
            setShowStacks(false);
            setShowCauses(false);
            setShowOrigin(false);
        }

        @Override
        protected void generateResponse(
                org.eclipse.jetty.server.Request request,
                org.eclipse.jetty.server.Response response,
                int code,
                String message,
                Throwable cause,
                org.eclipse.jetty.util.Callback callback) {
            var headers = response.getHeaders();
            headers.put("Content-Security-Policy", PAGE_POLICY);
            headers.put("X-Content-Type-Options", "nosniff");
            headers.put("Referrer-Policy", "no-referrer");
            headers.put("X-Frame-Options", "SAMEORIGIN");
            headers.put("Content-Type", "application/json; charset=utf-8");
            response.write(
                    true,
                    java.nio.ByteBuffer.wrap(errorJson(code).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    callback);
        }

        @Override
        public java.nio.ByteBuffer badMessageError(
                int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
            fields.put("Content-Security-Policy", PAGE_POLICY);
            fields.put("X-Content-Type-Options", "nosniff");
            fields.put("Referrer-Policy", "no-referrer");
            fields.put("X-Frame-Options", "SAMEORIGIN");
            fields.put("Content-Type", "application/json; charset=utf-8");
            return java.nio.ByteBuffer.wrap(errorJson(status).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        private static String errorJson(int code) {
            String reason = org.eclipse.jetty.http.HttpStatus.getMessage(code);
            return "{\"error\":\"" + code + " " + (reason == null ? "error" : reason).replaceAll("[^A-Za-z0-9 -]", "")
                    + "\"}";
        }
    }
}
