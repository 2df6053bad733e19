package io.orderstream.orderapi.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.orderapi.view.OrderView;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.http.ProblemResponses;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Clock;

/** {@code POST /orders} and {@code GET /orders/{id}}, and the problems of their failing dependencies. */
public final class OrderRoutes {

    static final String ORDERS_CREATED_METER = "orderstream.orders.created";
    private static final System.Logger LOG = System.getLogger(OrderRoutes.class.getName());

    private final CreateOrderHandler createOrder;
    private final OrderReadModel readModel;

    public OrderRoutes(CommandGateway gateway, OrderReadModel readModel, IdempotencyKeys idempotencyKeys,
                       Clock clock, MeterRegistry meters) {
        this.createOrder = new CreateOrderHandler(new CreateOrderCommands(clock), gateway, idempotencyKeys,
                Counter.builder(ORDERS_CREATED_METER).description("Orders created through POST /orders")
                        .register(meters));
        this.readModel = readModel;
    }

    public void register(HttpRouting.Builder routing) {
        routing.post("/orders", createOrder)
                .get("/orders/{id}", this::getOrder)
                .error(SQLException.class, (request, response, e) -> {
                    LOG.log(Level.ERROR, "database failure on " + request.path().path(), e);
                    ProblemResponses.send(response, OrderProblems.unavailable("The order store is unavailable."));
                })
                .error(CommandNotSentException.class, (request, response, e) -> {
                    LOG.log(Level.ERROR, "command not sent on " + request.path().path(), e);
                    ProblemResponses.send(response, OrderProblems.unavailable("Orders cannot be accepted now."));
                });
    }

    private void getOrder(ServerRequest request, ServerResponse response) throws SQLException {
        String orderId = request.path().pathParameters().get("id");
        OrderView order = readModel.find(orderId)
                .orElseThrow(() -> new ProblemException(OrderProblems.orderNotFound(orderId)));
        Json.send(response, Status.OK_200, order);
    }
}
