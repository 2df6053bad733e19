package io.orderstream.orderapi.api;

import io.orderstream.platform.http.Problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What the API checks before a create command is sent: that everything the command needs is there.
 * The order-processor judges the rest (e-mail, currency, amounts, limits); its rejections reach
 * the client as 422 problems just like these.
 */
public final class CreateOrderValidator {

    static final String REQUIRED = "required";
    static final String LINES_COUNT = "lines_count_out_of_range";

    /** Every problem of the request, not only the first; empty when it may be sent. */
    public List<FieldProblem> validate(CreateOrderRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        require(request.customerEmail(), "customerEmail", problems);
        require(request.currency(), "currency", problems);
        if (request.lines() == null) {
            problems.add(required("lines"));
        } else if (request.lines().isEmpty()) {
            problems.add(new FieldProblem("lines", LINES_COUNT, "An order needs at least one line."));
        } else {
            for (int i = 0; i < request.lines().size(); i++) {
                validateLine(request.lines().get(i), "lines[" + i + "]", problems);
            }
        }
        return problems;
    }

    private static void validateLine(CreateOrderRequest.Line line, String path, List<FieldProblem> problems) {
        if (line == null) {
            problems.add(required(path));
            return;
        }
        require(line.sku(), path + ".sku", problems);
        require(line.name(), path + ".name", problems);
        require(line.quantity(), path + ".quantity", problems);
        require(line.unitPrice(), path + ".unitPrice", problems);
    }

    private static void require(Object value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(required(field));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, REQUIRED, "This field is required.");
    }
}
