package io.orderstream.orderapi.api;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.execution.Answer;
import io.orderstream.orderapi.execution.CommandExecutor;
import io.orderstream.orderapi.execution.CommandRequest;
import io.orderstream.orderapi.store.InvoiceNumbers;
import io.orderstream.platform.http.Json;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.http.RequestFingerprint;
import io.orderstream.schemas.order.RecordShipment;
import io.orderstream.schemas.order.ShipmentLine;
import java.sql.SQLException;

/**
 * {@code POST /orders/{id}/shipments}: a merchant's shipment notice, answered like a payment (200 with the order, or
 * the order-processor's refusal). Only a merchant ships. Whether the shipment fits the order is the processor's rule;
 * that its invoice number is no other shipment's of the merchant is checked here, by claiming the number
 * ({@link InvoiceNumbers}) before the notice is sent and giving it back when the notice is refused.
 */
final class RecordShipmentHandler implements Handler {

    private final CommandExecutor executor;
    private final Callers callers;
    private final InvoiceNumbers invoiceNumbers;

    RecordShipmentHandler(CommandExecutor executor, Callers callers, InvoiceNumbers invoiceNumbers) {
        this.executor = executor;
        this.callers = callers;
        this.invoiceNumbers = invoiceNumbers;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) throws SQLException {
        if (!(callers.identify(request) instanceof Caller.Merchant merchant)) {
            throw new ProblemException(OrderProblems.merchantKeyRequired());
        }
        String orderId = PathIds.orderId(request);
        ShipmentRequest shipment = Json.read(request, ShipmentRequest.class);
        var problems = RequestShapes.problems(shipment);
        if (!problems.isEmpty()) {
            throw new ProblemException(OrderProblems.invalidFields(problems));
        }
        String operation = "POST /orders/" + orderId + "/shipments";
        var command = new CommandRequest(RequestFingerprint.of(operation, shipment), IdempotencyKeyHeader.of(request),
                orderId, command(shipment), merchant);
        AnswerResponses.send(response, shipment.invoiceNumber() == null
                ? executor.execute(command)
                : withInvoiceNumber(merchant, orderId, shipment, command));
    }

    /** A number claimed by this request goes back when its notice is not accepted (or not sent). */
    private Answer withInvoiceNumber(Caller.Merchant merchant, String orderId, ShipmentRequest shipment,
                                     CommandRequest command) throws SQLException {
        String number = shipment.invoiceNumber();
        var claim = invoiceNumbers.claim(merchant.merchantId(), number, orderId, shipment.shipmentId());
        if (claim == InvoiceNumbers.Claim.TAKEN) {
            throw new ProblemException(OrderProblems.invoiceNumberTaken(number));
        }
        boolean accepted = false;
        try {
            Answer answer = executor.execute(command);
            accepted = answer.reply().status() < 400;
            return answer;
        } finally {
            if (!accepted && claim == InvoiceNumbers.Claim.FRESH) {
                invoiceNumbers.release(merchant.merchantId(), number, orderId, shipment.shipmentId());
            }
        }
    }

    static RecordShipment command(ShipmentRequest shipment) {
        return RecordShipment.newBuilder()
                .setShipmentId(shipment.shipmentId())
                .setAmount(shipment.amount())
                .setLines(shipment.linesOrNone().stream()
                        .map(line -> new ShipmentLine(line.sku(), line.quantity()))
                        .toList())
                .setInvoiceNumber(shipment.invoiceNumber())
                .setTrackingCode(shipment.trackingCode())
                .build();
    }
}
