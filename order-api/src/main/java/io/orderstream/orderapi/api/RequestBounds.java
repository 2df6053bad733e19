package io.orderstream.orderapi.api;

import static io.orderstream.platform.limits.OrderLimits.MAX_CURRENCY_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_EMAIL_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_ID_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_INVOICE_NUMBER_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_LINES;
import static io.orderstream.platform.limits.OrderLimits.MAX_NAME_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_PAYMENT_METHOD_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_REASON_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_SKU_LENGTH;
import static io.orderstream.platform.limits.OrderLimits.MAX_TRACKING_CODE_LENGTH;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.limits.TextChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounds of every field a client sends ({@link io.orderstream.platform.limits.OrderLimits}), checked before
 * any command is sent: no text holds a control character (NUL included) or a lone surrogate, none is longer than
 * its limit, ids have the id shape, an order has 1 to {@value io.orderstream.platform.limits.OrderLimits#MAX_LINES}
 * lines. So no request can make a record Kafka or PostgreSQL refuse. Whether a value is acceptable beyond its
 * bounds (an e-mail's shape, a known currency, a positive price) stays the order-processor's rule.
 */
final class RequestBounds {

    private final List<FieldProblem> problems = new ArrayList<>();

    private RequestBounds() {
    }

    static List<FieldProblem> outOfBounds(CreateOrderRequest request) {
        var bounds = new RequestBounds()
                .text(request.customerEmail(), "customerEmail", MAX_EMAIL_LENGTH, FieldCode.EMAIL_INVALID)
                .text(request.currency(), "currency", MAX_CURRENCY_LENGTH, FieldCode.CURRENCY_UNSUPPORTED)
                .text(request.paymentMethod(), "paymentMethod", MAX_PAYMENT_METHOD_LENGTH,
                        FieldCode.PAYMENT_METHOD_TOO_LONG);
        List<CreateOrderRequest.Line> lines = request.lines() == null ? List.of() : request.lines();
        if (request.lines() != null && (lines.isEmpty() || lines.size() > MAX_LINES)) {
            bounds.problem("lines", FieldCode.LINES_COUNT_OUT_OF_RANGE, "An order has 1 to " + MAX_LINES + " lines.");
            return bounds.problems;
        }
        for (int i = 0; i < lines.size(); i++) {
            CreateOrderRequest.Line line = lines.get(i);
            if (line != null) {
                bounds.text(line.sku(), "lines[" + i + "].sku", MAX_SKU_LENGTH, FieldCode.SKU_TOO_LONG)
                        .text(line.name(), "lines[" + i + "].name", MAX_NAME_LENGTH, FieldCode.NAME_INVALID);
            }
        }
        return bounds.problems;
    }

    static List<FieldProblem> outOfBounds(PaymentRequest request) {
        return new RequestBounds().id(request.paymentId(), "paymentId", "A payment id", FieldCode.PAYMENT_ID_INVALID)
                .problems;
    }

    /**
     * A shipment notice: an id, 0 to {@value io.orderstream.platform.limits.OrderLimits#MAX_LINES} lines (no more than
     * an order has) of bounded SKUs and positive quantities, and bounded texts. Whether the lines and the amount fit
     * the order is the order-processor's rule.
     */
    static List<FieldProblem> outOfBounds(ShipmentRequest request) {
        var bounds = new RequestBounds()
                .id(request.shipmentId(), "shipmentId", "A shipment id", FieldCode.SHIPMENT_ID_INVALID)
                .nonBlankText(request.invoiceNumber(), "invoiceNumber", MAX_INVOICE_NUMBER_LENGTH,
                        FieldCode.INVOICE_NUMBER_INVALID)
                .nonBlankText(request.trackingCode(), "trackingCode", MAX_TRACKING_CODE_LENGTH,
                        FieldCode.TRACKING_CODE_INVALID);
        List<ShipmentRequest.Line> lines = request.linesOrNone();
        if (lines.size() > MAX_LINES) {
            bounds.problem("lines", FieldCode.LINES_COUNT_OUT_OF_RANGE, "A shipment has at most " + MAX_LINES
                    + " lines.");
            return bounds.problems;
        }
        for (int i = 0; i < lines.size(); i++) {
            ShipmentRequest.Line line = lines.get(i);
            if (line != null) {
                bounds.text(line.sku(), "lines[" + i + "].sku", MAX_SKU_LENGTH, FieldCode.SKU_TOO_LONG);
                if (line.quantity() != null && line.quantity() <= 0) {
                    bounds.problem("lines[" + i + "].quantity", FieldCode.QUANTITY_OUT_OF_RANGE,
                            "A shipped quantity is positive.");
                }
            }
        }
        return bounds.problems;
    }

    static List<FieldProblem> outOfBounds(CancelRequest request) {
        return new RequestBounds().text(request.reason(), "reason", MAX_REASON_LENGTH, FieldCode.REASON_TOO_LONG)
                .problems;
    }

    private RequestBounds text(String value, String field, int maxLength, FieldCode tooLongCode) {
        if (value != null && !hasControlCharacter(value, field) && value.length() > maxLength) {
            problem(field, tooLongCode, "At most " + maxLength + " characters.");
        }
        return this;
    }

    /** A client's id, when given and not blank (blank is a missing one): the id shape of {@link TextChecks#isId}. */
    private RequestBounds id(String value, String field, String what, FieldCode invalidCode) {
        if (value != null && !value.isBlank() && !hasControlCharacter(value, field) && !TextChecks.isId(value)) {
            problem(field, invalidCode, what + " has 1 to " + MAX_ID_LENGTH
                    + " letters, digits, '.', '_', ':' or '-'.");
        }
        return this;
    }

    /** An optional text that, when given, says something: 1 to {@code maxLength} characters, not only blanks. */
    private RequestBounds nonBlankText(String value, String field, int maxLength, FieldCode invalidCode) {
        if (value != null && !hasControlCharacter(value, field) && (value.isBlank() || value.length() > maxLength)) {
            problem(field, invalidCode, "1 to " + maxLength + " characters, not only blanks.");
        }
        return this;
    }

    private boolean hasControlCharacter(String value, String field) {
        if (TextChecks.hasControlCharacter(value)) {
            problem(field, FieldCode.CONTROL_CHARACTER,
                    "Control characters (such as NUL or line breaks) are not allowed.");
            return true;
        }
        return false;
    }

    private void problem(String field, FieldCode code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }
}
