package io.orderstream.billing.payment;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** A provider that answers every call with one status and body, or keeps every call waiting until closed. */
final class StubProvider implements AutoCloseable {

    private final HttpServer server;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final CountDownLatch received = new CountDownLatch(1);

    private StubProvider(int status, String body, boolean answers) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.countDown();
            if (!answers) {
                awaitClosing();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    static StubProvider answering(int status, String body) {
        return new StubProvider(status, body, true);
    }

    static StubProvider silent() {
        return new StubProvider(200, "", false);
    }

    URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** Waits until a request has arrived (read in full). */
    void awaitRequest() throws InterruptedException {
        received.await();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }

    private void awaitClosing() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
