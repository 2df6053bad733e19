package io.orderstream.orderapi.api;

import io.orderstream.orderapi.access.Caller;
import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.schemas.order.PaymentTerms;
import java.util.List;

/**
 * The checks the API makes of a request body beyond its JSON types: that the fields the command needs are
 * there, and that every field is within its bounds ({@link RequestBounds}). Whether their values are acceptable
 * (e-mail, currency, quantities, amounts) is the order-processor's rule; its refusal reaches the client as the
 * same 422 {@code validation_failed}.
 */
final class RequestShapes {

    private RequestShapes() {
    }

    /** What is missing and what is beyond its bounds ({@link RequestBounds}), each field once at most. */
    static List<FieldProblem> problems(CreateOrderRequest request) {
        return combined(missingFields(request), RequestBounds.outOfBounds(request));
    }

    /**
     * As {@link #problems(CreateOrderRequest)}, and the terms the caller may choose: pay-later ({@code INVOICE}) is a
     * merchant's only, and never with {@code payNow}.
     */
    static List<FieldProblem> problems(CreateOrderRequest request, Caller caller) {
        return combined(problems(request), termsProblems(request, caller));
    }

    static List<FieldProblem> termsProblems(CreateOrderRequest request, Caller caller) {
        if (request.terms() != PaymentTerms.INVOICE) {
            return List.of();
        }
        if (!(caller instanceof Caller.Merchant)) {
            return List.of(new FieldProblem("paymentTerms", FieldCode.PAYMENT_TERMS_INVALID,
                    "INVOICE terms need a merchant's API key: the platform's own shop sells prepaid only."));
        }
        if (request.paysNow()) {
            return List.of(new FieldProblem("paymentTerms", FieldCode.PAYMENT_TERMS_INVALID,
                    "An order paid now is PREPAID: INVOICE terms cannot go with payNow."));
        }
        return List.of();
    }

    static List<FieldProblem> problems(ShipmentRequest request) {
        return combined(missingFields(request), RequestBounds.outOfBounds(request));
    }

    static List<FieldProblem> problems(PaymentRequest request) {
        return combined(missingFields(request), RequestBounds.outOfBounds(request));
    }

    static List<FieldProblem> problems(CancelRequest request) {
        return RequestBounds.outOfBounds(request);
    }

    private static List<FieldProblem> combined(List<FieldProblem> missing, List<FieldProblem> outOfBounds) {
        return java.util.stream.Stream.concat(missing.stream(), outOfBounds.stream()).toList();
    }

    static List<FieldProblem> missingFields(CreateOrderRequest request) {
        var fields = new RequiredFields()
                .require(request.customerEmail(), "customerEmail")
                .require(request.currency(), "currency")
                .require(request.lines(), "lines");
        List<CreateOrderRequest.Line> lines = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            requireLine(fields, lines.get(i), "lines[" + i + "]");
        }
        return fields.problems();
    }

    static List<FieldProblem> missingFields(PaymentRequest request) {
        return new RequiredFields()
                .requireText(request.paymentId(), "paymentId")
                .require(request.amount(), "amount")
                .problems();
    }

    static List<FieldProblem> missingFields(ShipmentRequest request) {
        var fields = new RequiredFields()
                .requireText(request.shipmentId(), "shipmentId")
                .require(request.amount(), "amount");
        List<ShipmentRequest.Line> lines = request.linesOrNone();
        for (int i = 0; i < lines.size(); i++) {
            String path = "lines[" + i + "]";
            ShipmentRequest.Line line = lines.get(i);
            fields.require(line, path);
            if (line != null) {
                fields.require(line.sku(), path + ".sku").require(line.quantity(), path + ".quantity");
            }
        }
        return fields.problems();
    }

    private static void requireLine(RequiredFields fields, CreateOrderRequest.Line line, String path) {
        fields.require(line, path);
        if (line != null) {
            fields.require(line.sku(), path + ".sku")
                    .require(line.name(), path + ".name")
                    .require(line.quantity(), path + ".quantity")
                    .require(line.unitPrice(), path + ".unitPrice");
        }
    }
}
