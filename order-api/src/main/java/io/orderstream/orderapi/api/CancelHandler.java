package io.orderstream.orderapi.api;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.execution.CommandExecutor;
import io.orderstream.orderapi.execution.CommandRequest;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.http.RequestFingerprint;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CancelRemainder;
import java.sql.SQLException;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/** A POST that cancels, with an optional reason: the whole order, or what has not shipped of it. */
final class CancelHandler implements Handler {

    private final CommandExecutor executor;
    private final Callers callers;
    private final String action;
    private final Function<String, SpecificRecord> command;

    private CancelHandler(CommandExecutor executor, Callers callers, String action,
                          Function<String, SpecificRecord> command) {
        this.executor = executor;
        this.callers = callers;
        this.action = action;
        this.command = command;
    }

    /** {@code POST /orders/{id}/cancel}: only an order with nothing paid (or, paid later, nothing shipped) can be. */
    static CancelHandler order(CommandExecutor executor, Callers callers) {
        return new CancelHandler(executor, callers, "cancel", CancelOrder::new);
    }

    /**
     * {@code POST /orders/{id}/cancel-remainder}: after a partial shipment, what has not shipped never will (a pay-later
     * order is invoiced for what shipped; a prepaid one refunds the rest).
     */
    static CancelHandler remainder(CommandExecutor executor, Callers callers) {
        return new CancelHandler(executor, callers, "cancel-remainder", CancelRemainder::new);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) throws SQLException {
        Caller caller = callers.identify(request);
        String orderId = PathIds.orderId(request);
        CancelRequest cancel = request.content().hasEntity()
                ? Json.read(request, CancelRequest.class)
                : CancelRequest.WITHOUT_REASON;
        var problems = RequestShapes.problems(cancel);
        if (!problems.isEmpty()) {
            throw new ProblemException(OrderProblems.invalidFields(problems));
        }
        String operation = "POST /orders/" + orderId + "/" + action;
        AnswerResponses.send(response, executor.execute(new CommandRequest(RequestFingerprint.of(operation, cancel),
                IdempotencyKeyHeader.of(request), orderId, command.apply(cancel.reason()), caller)));
    }
}
