package org.rightsarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, so a test can send what no well-behaved client would: invalid percent-encoding,
 * raw non-UTF-8 bytes, dot segments left as they are, oversized request lines and headers. One request per
 * connection; the answer is read to the end (HTTP/1.0: no chunking).
 */
final class RawHttp {
    /** Most bytes of an answer read; a test never needs more and must not fill the heap. */
    private static final int MAX_ANSWER = 4 << 20;

    /** A response: status, headers (names in lower case, last value wins) and body as text. */
    record Response(int status, Map<String, String> headers, String body, long millis) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    /** {@code GET target} on 127.0.0.1:{@code port}; the target bytes go out exactly as given. */
    static Response get(int port, byte[] target) throws IOException {
        return request(port, "GET", target, Map.of());
    }

    static Response get(int port, String target) throws IOException {
        return get(port, target.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Response request(int port, String method, byte[] target, Map<String, String> headers) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
            head.writeBytes(target);
            head.writeBytes(" HTTP/1.0\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            headers.forEach((name, value) ->
                    head.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(head.toByteArray());
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before reading a huge request: read what it said.
            }
            byte[] answer = readAnswer(socket.getInputStream());
            return parse(answer, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0 && all.size() < MAX_ANSWER; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // A reset after the answer (the server closed with unread request bytes): keep what arrived.
            if (all.size() == 0) {
                throw e;
            }
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] answer, long millis) throws IOException {
        String text = new String(answer, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            throw new IOException("not an HTTP answer: " + text.substring(0, Math.min(200, text.length())));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        return new Response(status, headers, text.substring(end + 4), millis);
    }
}
