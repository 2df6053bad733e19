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
import io.orderstream.schemas.order.CancelRemainder;
import java.sql.SQLException;

/**
 * {@code POST /orders/{id}/cancel-remainder}, with an optional reason: after a partial shipment, what has not shipped
 * never will (a pay-later order is invoiced for what shipped; a prepaid one refunds the rest).
 */
final class CancelRemainderHandler implements Handler {

    private final CommandExecutor executor;
    private final Callers callers;

    CancelRemainderHandler(CommandExecutor executor, Callers callers) {
        this.executor = executor;
        this.callers = callers;
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
        String operation = "POST /orders/" + orderId + "/cancel-remainder";
        AnswerResponses.send(response, executor.execute(new CommandRequest(RequestFingerprint.of(operation, cancel),
                IdempotencyKeyHeader.of(request), orderId, new CancelRemainder(cancel.reason()), caller)));
    }
}
