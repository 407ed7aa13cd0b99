package org.rightsarchive.acquire.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small alert site served by the JDK's HTTP server on 127.0.0.1: robots.txt with a disallowed path, a sitemap,
 * GBK and Big5 pages, a redirect, a 404, a 500, a 200 error page, a duplicate and an English/Chinese pair. Pages
 * can be changed between crawls; every request is counted by path.
 */
public final class FixtureSite implements AutoCloseable {
    record Response(int status, String contentType, byte[] body, String location) {}

    static final String ALERT_TEXT =
            "Yao Fuxin, a spokesman for laid-off workers in Liaoyang, was seized by plainclothes police on the"
                    + " evening of March 17, 2002. Police told his family he was held for organizing illegal"
                    + " demonstrations. Thousands of workers from the bankrupt Ferroalloy Factory had marched to"
                    + " demand unpaid wages and pensions, and the crowd grew larger after his detention.";

    public static final String ERROR_PAGE = "<html><head><title>Error | Human Rights in China</title></head><body>"
            + "<p>The website encountered an unexpected error. Please try again later.</p></body></html>";

    private final HttpServer server;
    private final Map<String, Response> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();
    private final java.util.Set<String> trickling = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> compressed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.List<Long> requestNanos =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Threads of their own: a trickling page must not hold up the requests after it.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixture-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        String base = base();
        text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nSitemap: " + base + "/sitemap.xml\n");
        text(
                "/sitemap.xml",
                "application/xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>" + base + "/en/alert.html</loc></url>"
                        + "<url><loc>" + base + "/zh/only-in-sitemap.html</loc></url>"
                        + "</urlset>");
        html(
                "/",
                page(
                        "en",
                        "China Rights Alerts",
                        "<p>Latest alerts.</p><ul>"
                                + link("/en/alert.html") + link("/private/secret.html") + link("/old-alert")
                                + link("/missing.html")
                                + link("/broken.html") + link("/oops.html") + link("/gbk.html") + link("/big5.html")
                                + link("/copy/alert.html") + link("/zh/alert.html")
                                + link("https://elsewhere.example/out.html")
                                + "</ul>"));
        html("/en/alert.html", alertPage());
        html("/copy/alert.html", alertPage());
        html(
                "/zh/alert.html",
                "<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
                        + "<title>辽阳工人代表姚福信被便衣警察带走</title>"
                        + "<link rel=\"alternate\" hreflang=\"en\" href=\"/en/alert.html\"></head><body>"
                        + "<div class=\"lang-switch\"><a href=\"/en/alert.html\" lang=\"en\">English</a></div>"
                        + "<article><h1>辽阳工人代表姚福信被便衣警察带走</h1><p class=\"dateline\">2002年3月19日</p>"
                        + "<p>辽阳下岗工人代表姚福信于2002年3月17日晚被便衣警察带走。警方称他组织非法游行。</p></article>"
                        + "</body></html>");
        html("/zh/only-in-sitemap.html", page("zh-Hans", "只在网站地图里", "<p>这一页只在网站地图里列出。</p>"));
        html("/private/secret.html", page("en", "Secret", "<p>Robots say no.</p>"));
        pages.put("/old-alert", new Response(301, "text/html", new byte[0], base + "/en/moved.html"));
        html("/en/moved.html", page("en", "Moved alert", "<p>This alert moved here from its old address.</p>"));
        pages.put("/missing.html", new Response(404, "text/html", bytes("<h1>Not Found</h1>"), null));
        pages.put("/broken.html", new Response(500, "text/html", bytes("<h1>Internal Server Error</h1>"), null));
        html("/oops.html", ERROR_PAGE);
        pages.put(
                "/gbk.html",
                new Response(
                        200,
                        "text/html",
                        encoded(
                                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                        + "<title>朱镕基谈辽阳</title></head><body><article><h1>朱镕基谈辽阳</h1>"
                                        + "<p>国务院总理朱镕基在全国人大会议期间被问及辽阳工人抗议。工人们要求发放拖欠的工资和养老金。</p>"
                                        + "</article></body></html>",
                                Charset.forName("GBK")),
                        null));
        pages.put(
                "/big5.html",
                new Response(
                        200,
                        "text/html; charset=big5",
                        encoded(
                                "<html><head><title>遼寧工人抗議</title></head><body><article><h1>遼寧工人抗議</h1>"
                                        + "<p>遼寧省遼陽市數千名工人上街遊行，要求當局釋放被拘留的工人代表姚福信。</p>"
                                        + "</article></body></html>",
                                Charset.forName("Big5")),
                        null));
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    /** When each request arrived, in order. */
    java.util.List<Long> requestNanos() {
        return java.util.List.copyOf(requestNanos);
    }

    String userAgent(String path) {
        return userAgents.get(path);
    }

    public void html(String path, String html) {
        pages.put(path, new Response(200, "text/html; charset=utf-8", bytes(html), null));
    }

    /** Serves {@code path} gzip-compressed with {@code Content-Encoding: gzip}, which nobody asked for. */
    void gzipped(String path, String html) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes(html));
        }
        pages.put(path, new Response(200, "text/html; charset=utf-8", out.toByteArray(), null));
        compressed.add(path);
    }

    /** Serves {@code path} as a page whose body trickles in, 8 bytes a second, until the client gives up. */
    void trickle(String path) {
        trickling.add(path);
    }

    /** Serves {@code path} as status 200 {@code text/html} with a body of any bytes, text or not. */
    void rawHtml(String path, byte[] body) {
        pages.put(path, new Response(200, "text/html; charset=utf-8", body.clone(), null));
    }

    void respond(String path, int status, String html) {
        pages.put(path, new Response(status, "text/html; charset=utf-8", bytes(html), null));
    }

    void text(String path, String type, String text) {
        pages.put(path, new Response(200, type, bytes(text), null));
    }

    static String alertPage() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Yao Fuxin Taken Away by Plainclothes Police | China Rights Alerts</title>"
                + "<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"/zh/alert.html\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Yao Fuxin Taken Away by Plainclothes Police</h1>"
                + "<p class=\"dateline\">March 19, 2002</p><p>" + ALERT_TEXT + "</p></article>"
                + "<aside class=\"sidebar\"><h2>Explore Topics</h2><ul><li>Tibet</li><li>Olympics</li></ul></aside>"
                + "</body></html>";
    }

    private static String page(String lang, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><article><h1>" + title + "</h1>" + body + "</article></body></html>";
    }

    private static String link(String href) {
        return "<li><a href=\"" + href + "\">" + href + "</a></li>";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encoded(String s, Charset charset) {
        return s.getBytes(charset);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requestNanos.add(System.nanoTime());
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        userAgents.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        if (trickling.contains(path)) {
            trickle(exchange);
            return;
        }
        Response response = pages.get(path);
        if (response == null) {
            response = new Response(404, "text/plain", bytes("not found"), null);
        }
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        if (compressed.contains(path)) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        if (response.location() != null) {
            exchange.getResponseHeaders().set("Location", response.location());
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private static void trickle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 1 << 20);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 120; i++) {
                out.write(bytes("<p>slow.</p>".substring(0, 8)));
                out.flush();
                Thread.sleep(1000);
            }
        } catch (IOException | InterruptedException e) {
            // the client closed the connection: what the test wants
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
