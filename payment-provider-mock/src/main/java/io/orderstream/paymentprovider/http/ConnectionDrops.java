package io.orderstream.paymentprovider.http;

import io.helidon.common.Weighted;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpFeature;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

/**
 * Closes a connection without any response, as a network fault would: the client sees the
 * connection end and gets an IOException, never an HTTP status.
 * <p>
 * Helidon closes the socket when {@link CloseConnectionException} leaves the routing. A handler
 * cannot throw it out alone: in Helidon 4.1.3 the metrics feature's filter catches every exception
 * from the routes, so nothing is sent and the client waits until its timeout. So a handler marks
 * the request and throws, and this feature's filter, which wraps every other filter, throws again
 * from outside the metrics filter.
 */
final class ConnectionDrops implements HttpFeature, Weighted {

    // heavier than every Helidon feature (CORS is the heaviest at 850), so this filter runs outermost
    private static final double WEIGHT = 1000;

    private record DropRequested(String reason) {
    }

    /** The exception a handler throws to drop the connection of {@code request}. */
    static CloseConnectionException drop(ServerRequest request, String reason) {
        request.context().register(new DropRequested(reason));
        return new CloseConnectionException(reason);
    }

    @Override
    public void setup(HttpRouting.Builder routing) {
        routing.addFilter(this::closeIfRequested);
    }

    @Override
    public double weight() {
        return WEIGHT;
    }

    private void closeIfRequested(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        chain.proceed();
        var drop = request.context().get(DropRequested.class);
        if (drop.isPresent()) {
            throw new CloseConnectionException(drop.get().reason());
        }
    }
}
