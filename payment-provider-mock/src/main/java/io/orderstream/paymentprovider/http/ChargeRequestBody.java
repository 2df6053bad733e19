package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.ChargeRequest;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The JSON body of {@code POST /v1/charges}, as sent: any field may be missing until validated. */
public record ChargeRequestBody(String customerId, Long amount, String currency, String reference) {

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    /** The request, or a 400 {@code invalid_request} problem listing every invalid field. */
    public ChargeRequest toChargeRequest() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.badRequest("invalid_request", "The charge request has invalid fields.")
                    .withErrors(problems));
        }
        return new ChargeRequest(customerId, amount, currency, reference);
    }

    private List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        requireText("customerId", customerId, problems);
        if (amount == null) {
            problems.add(required("amount"));
        } else if (amount <= 0) {
            problems.add(new FieldProblem("amount", "not_positive", "amount must be a positive number of minor units"));
        }
        if (currency == null) {
            problems.add(required("currency"));
        } else if (!ISO_CURRENCY.matcher(currency).matches()) {
            problems.add(new FieldProblem("currency", "invalid_currency",
                    "currency must be an upper-case ISO-4217 code such as EUR"));
        }
        requireText("reference", reference, problems);
        return problems;
    }

    private static void requireText(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(required(field));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "required", field + " is required");
    }
}
