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
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderLine;
import java.sql.SQLException;

/**
 * {@code POST /orders}: creates an order, or with {@code payNow} creates and charges it in one go; a merchant may
 * create a pay-later one ({@code "paymentTerms": "INVOICE"}).
 */
final class CreateOrderHandler implements Handler {

    static final String OPERATION = "POST /orders";

    private final CommandExecutor executor;
    private final Callers callers;

    CreateOrderHandler(CommandExecutor executor, Callers callers) {
        this.executor = executor;
        this.callers = callers;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) throws SQLException {
        Caller caller = callers.identify(request);
        CreateOrderRequest order = Json.read(request, CreateOrderRequest.class);
        var problems = RequestShapes.problems(order, caller);
        if (!problems.isEmpty()) {
            throw new ProblemException(OrderProblems.invalidFields(problems));
        }
        AnswerResponses.send(response, executor.execute(new CommandRequest(RequestFingerprint.of(OPERATION, order),
                IdempotencyKeyHeader.of(request), null, command(order, caller), caller)));
    }

    static CreateOrder command(CreateOrderRequest order, Caller caller) {
        return CreateOrder.newBuilder()
                .setCustomerEmail(order.customerEmail())
                .setCurrency(order.currency())
                .setLines(order.lines().stream()
                        .map(line -> new OrderLine(line.sku(), line.name(), line.quantity(), line.unitPrice()))
                        .toList())
                .setPayNow(order.paysNow())
                .setPaymentMethod(order.paymentMethod())
                .setMerchantId(caller.merchantId())
                .setMerchantFeeBasisPoints(caller instanceof Caller.Merchant merchant ? merchant.feeBasisPoints() : 0)
                .setPaymentTerms(order.terms())
                .build();
    }
}
