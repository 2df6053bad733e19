package io.orderstream.platform.metrics;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.micrometer.core.instrument.Timer;
import io.orderstream.platform.time.TimeSource;

/** {@code GET /observe/metrics}, and a timer of every request by method and status. */
public final class HttpMetrics {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final TimeSource TIME = TimeSource.system();

    private HttpMetrics() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.addFilter((chain, req, res) -> {
            long start = TIME.nanoTime();
            try {
                chain.proceed();
            } finally {
                Timer.builder("http.server.requests")
                        .tag("method", req.prologue().method().text())
                        .tag("status", String.valueOf(res.status().code()))
                        .register(ServiceMetrics.registry())
                        .record(TIME.since(start));
            }
        });
        routing.get("/observe/metrics", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, PROMETHEUS_TEXT);
            res.send(ServiceMetrics.scrape());
        });
    }
}
