package io.orderstream.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written byte for byte over a socket, one request a connection: for what a well-behaved client refuses
 * to send (a lone {@code %} in the target, an empty or broken header, bytes that are not text).
 */
final class RawHttp {

    /** A request as it goes on the wire; {@code headerLines} without the line ends, Host and Connection added. */
    record Request(String kind, String method, String target, List<String> headerLines, byte[] body) {

        String describe() {
            String shown = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return "[" + kind + "] " + method + " " + abbreviate(target) + " " + headerLines.stream()
                    .map(RawHttp::abbreviate).toList() + " body(" + body.length + " bytes): " + shown;
        }
    }

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Response send(Request request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            var head = new StringBuilder(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\nConnection: close\r\n");
            request.headerLines().forEach(line -> head.append(line).append("\r\n"));
            if (request.body().length > 0 || request.method().equals("POST")) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(request.body());
            out.flush();
            socket.shutdownOutput(); // nothing more comes: the server may close once it answered
            return read(new java.io.BufferedInputStream(socket.getInputStream()));
        }
    }

    /** One response: its head, then as many body bytes as Content-Length says (or chunks, or up to the end). */
    private static Response read(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0D0A0D0A) { // the blank line ending the head
            int b = in.read();
            if (b < 0) {
                throw new IOException("no complete response: " + abbreviate(head.toString(StandardCharsets.ISO_8859_1)));
            }
            head.write(b);
            lastFour = (lastFour << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(in.readAllBytes());
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0]
                    .strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…(" + text.length() + " chars)";
    }
}
