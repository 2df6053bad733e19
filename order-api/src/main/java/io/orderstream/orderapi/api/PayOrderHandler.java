package io.orderstream.orderapi.api;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.execution.CommandExecutor;
import io.orderstream.orderapi.execution.CommandRequest;
import io.orderstream.platform.http.RequestFingerprint;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.schemas.order.ApplyPayment;
import java.sql.SQLException;

/** {@code POST /orders/{id}/payments}: applies one installment; the same payment id again changes nothing. */
final class PayOrderHandler implements Handler {

    private final CommandExecutor executor;
    private final Callers callers;

    PayOrderHandler(CommandExecutor executor, Callers callers) {
        this.executor = executor;
        this.callers = callers;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) throws SQLException {
        Caller caller = callers.identify(request);
        String orderId = PathIds.orderId(request);
        PaymentRequest payment = Json.read(request, PaymentRequest.class);
        var problems = RequestShapes.problems(payment);
        if (!problems.isEmpty()) {
            throw new ProblemException(OrderProblems.invalidFields(problems));
        }
        String operation = "POST /orders/" + orderId + "/payments";
        AnswerResponses.send(response, executor.execute(new CommandRequest(RequestFingerprint.of(operation, payment),
                IdempotencyKeyHeader.of(request), orderId, new ApplyPayment(payment.paymentId(), payment.amount()),
                caller)));
    }
}
