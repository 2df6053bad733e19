package io.orderstream.paymentprovider.http;

import io.orderstream.platform.http.Problem;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The field checks every request body shares (charges, payouts, refunds), collecting a problem per invalid field. */
final class BodyRules {

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    private final List<FieldProblem> problems = new ArrayList<>();

    BodyRules text(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(required(field));
        }
        return this;
    }

    /** Absent is fine; present must not be blank. */
    BodyRules optionalText(String field, String value) {
        if (value != null && value.isBlank()) {
            problems.add(new FieldProblem(field, "blank", field + " must not be blank when given"));
        }
        return this;
    }

    BodyRules amount(Long amount) {
        if (amount == null) {
            problems.add(required("amount"));
        } else if (amount <= 0) {
            problems.add(new FieldProblem("amount", "not_positive", "amount must be a positive number of minor units"));
        }
        return this;
    }

    BodyRules currency(String currency) {
        if (currency == null) {
            problems.add(required("currency"));
        } else if (!ISO_CURRENCY.matcher(currency).matches()) {
            problems.add(new FieldProblem("currency", "invalid_currency",
                    "currency must be an upper-case ISO-4217 code such as EUR"));
        }
        return this;
    }

    /** A 400 {@code invalid_request} problem listing every invalid field, if there is one. */
    void throwIfInvalid(String what) {
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.badRequest("invalid_request", "The " + what + " has invalid fields.")
                    .withErrors(problems));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "required", field + " is required");
    }
}
