package org.rightsarchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rightsarchive.index.ReindexService;
import org.rightsarchive.search.SearchBackend;

/**
 * The admin API: {@code POST /api/admin/reindex} starts a rebuild (or {@code ?incremental=true} an update) in the
 * background, {@code GET /api/admin/status} reports its progress with the live generation and document count.
 * Every call needs {@code Authorization: Bearer <token>}; without a valid token the answer is 401 and nothing runs.
 * With no token configured the admin API is off (404) and the server is read-only.
 */
public final class AdminRoutes {
    private final Optional<AdminToken> token;
    private final ReindexService reindex;
    private final SearchBackend backend;

    /**
     * @param token the configured token; empty turns the admin API off
     * @param reindex runs reindexing, or {@code null} when this server cannot reindex (then the API is off too)
     * @param backend the live search backend, for generation and counts
     */
    public AdminRoutes(Optional<AdminToken> token, ReindexService reindex, SearchBackend backend) {
        this.token = reindex == null ? Optional.empty() : token;
        this.reindex = reindex;
        this.backend = backend;
    }

    /** True when admin calls can be made. */
    public boolean enabled() {
        return token.isPresent();
    }

    /** Adds the admin routes. */
    public void register(RoutesConfig routes) {
        routes.post("/api/admin/reindex", this::reindex);
        routes.get("/api/admin/status", this::status);
    }

    private boolean authorized(Context ctx) {
        if (token.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND)
                    .json(Map.of("error", "the admin API is off: no admin token is configured (ARCHIVE_ADMIN_TOKEN)"));
            return false;
        }
        if (!token.get().accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"rights-archive-admin\"");
            ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "a valid admin bearer token is required"));
            return false;
        }
        return true;
    }

    private void reindex(Context ctx) throws IOException {
        if (!authorized(ctx)) {
            return;
        }
        String incremental = ctx.queryParam("incremental");
        if (incremental != null && !incremental.equals("true") && !incremental.equals("false")) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "incremental must be true or false"));
            return;
        }
        try {
            ReindexService.Status started = reindex.start("true".equals(incremental));
            ctx.status(HttpStatus.ACCEPTED).json(describe(started));
        } catch (IllegalStateException e) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("error", e.getMessage()));
        }
    }

    private void status(Context ctx) throws IOException {
        if (authorized(ctx)) {
            ctx.json(describe(reindex.status()));
        }
    }

    private Map<String, Object> describe(ReindexService.Status s) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
        out.put("incremental", s.incremental());
        out.put("done", s.done());
        out.put("total", s.total());
        out.put("startedAt", s.startedAt() == null ? null : s.startedAt().toString());
        out.put("finishedAt", s.finishedAt() == null ? null : s.finishedAt().toString());
        out.put("summary", s.summary());
        out.put("error", s.error());
        out.put("liveGeneration", backend.generation());
        out.put("documents", backend.documentCount());
        return out;
    }
}
