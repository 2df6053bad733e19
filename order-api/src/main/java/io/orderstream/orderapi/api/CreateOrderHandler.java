package io.orderstream.orderapi.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.core.instrument.Counter;
import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.IdempotencyKeys.Claim;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /orders}: validate, claim the Idempotency-Key, send CreateOrder and answer from its result.
 * A repeated request sends its command again under the first request's order id: the processor then
 * answers with that order, and a first request that never reached Kafka is completed by the repeat.
 */
final class CreateOrderHandler implements Handler {

    static final String OPERATION = "POST /orders";

    private final CreateOrderValidator validator = new CreateOrderValidator();
    private final CreateOrderCommands commands;
    private final CommandGateway gateway;
    private final IdempotencyKeys idempotencyKeys;
    private final Counter ordersCreated;

    CreateOrderHandler(CreateOrderCommands commands, CommandGateway gateway, IdempotencyKeys idempotencyKeys,
                       Counter ordersCreated) {
        this.commands = commands;
        this.gateway = gateway;
        this.idempotencyKeys = idempotencyKeys;
        this.ordersCreated = ordersCreated;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) throws SQLException {
        CreateOrderRequest order = Json.read(request, CreateOrderRequest.class);
        requireValid(order);
        Optional<String> key = IdempotencyKeyHeader.of(request);
        CreateOrderReply reply = switch (claim(key, order)) {
            case Claim.Fresh fresh -> create(fresh.orderId(), order, key, false);
            case Claim.Repeated repeated -> create(repeated.orderId(), order, key, true);
            case Claim.Reused reused -> throw new ProblemException(OrderProblems.idempotencyKeyReused());
        };
        send(response, reply);
    }

    private void requireValid(CreateOrderRequest order) {
        List<FieldProblem> problems = validator.validate(order);
        if (!problems.isEmpty()) {
            throw new ProblemException(OrderProblems.invalidOrder(problems));
        }
    }

    private Claim claim(Optional<String> key, CreateOrderRequest order) throws SQLException {
        String newOrderId = UUID.randomUUID().toString();
        return key.isEmpty()
                ? new Claim.Fresh(newOrderId)
                : idempotencyKeys.claim(key.get(), RequestFingerprint.of(OPERATION, order), newOrderId);
    }

    private CreateOrderReply create(String orderId, CreateOrderRequest order, Optional<String> key,
                                    boolean repeated) {
        var result = gateway.send(commands.create(orderId, order, key));
        CreateOrderReply reply = CreateOrderReply.of(orderId, result, repeated);
        if (reply instanceof CreateOrderReply.Created && !repeated) {
            ordersCreated.increment();
        }
        return reply;
    }

    private static void send(ServerResponse response, CreateOrderReply reply) {
        switch (reply) {
            case CreateOrderReply.Created created -> {
                response.header(HeaderNames.LOCATION, location(created.order().id()));
                Json.send(response, Status.CREATED_201, created.order());
            }
            case CreateOrderReply.Pending pending -> {
                response.header(HeaderNames.LOCATION, location(pending.orderId()));
                Json.send(response, Status.ACCEPTED_202, new PendingOrder(pending.orderId()));
            }
            case CreateOrderReply.Refused refused -> throw new ProblemException(refused.problem());
        }
    }

    private static String location(String orderId) {
        return "/orders/" + orderId;
    }

    /** The body of a 202: the order's id, to be read at its Location later. */
    record PendingOrder(String id) {
    }
}
