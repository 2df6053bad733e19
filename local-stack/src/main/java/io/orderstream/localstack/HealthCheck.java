package io.orderstream.localstack;

import java.net.URI;

/** Asks a process whether it serves requests yet. Must answer quickly and never throw. */
@FunctionalInterface
interface HealthCheck {

    boolean isHealthy();

    /** Healthy when a GET of {@code url} answers 200. */
    static HealthCheck httpOk(URI url) {
        return new HttpHealthCheck(url);
    }

    static HealthCheck tcpListening(int port) {
        return () -> PortCheck.isListening("localhost", port);
    }
}
