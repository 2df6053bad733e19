package io.orderstream.orderapi.api;

import io.orderstream.platform.http.Problem.FieldProblem;
import java.util.List;

/**
 * The one check the API makes of a request body beyond its JSON types: that the fields the command needs
 * are there. Whether their values are acceptable (e-mail, currency, quantities, amounts, limits) is the
 * order-processor's rule; its refusal reaches the client as the same 422 {@code validation_failed}.
 */
final class RequestShapes {

    private RequestShapes() {
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
