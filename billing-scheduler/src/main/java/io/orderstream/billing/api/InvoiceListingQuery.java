package io.orderstream.billing.api;

import io.orderstream.billing.domain.FieldViolation;
import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import io.orderstream.billing.store.InvoiceListing;
import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.http.KeysetCursor;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.limits.TextChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query of {@code GET /invoices}: optional filters {@code status} (one of {@link InvoiceStatus}, any case),
 * {@code customerId} (an id) and {@code period} ({@code YYYY-MM}); {@code limit} (1 to 100, 20 by default) and
 * {@code after} (a {@code next} cursor). Every invalid parameter is reported at once, as a 400 {@code invalid_query}.
 */
final class InvoiceListingQuery {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Map<String, List<String>> parameters;
    private final List<FieldViolation> problems = new ArrayList<>();

    private InvoiceListingQuery(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    static InvoiceListing parse(Map<String, List<String>> parameters) {
        return new InvoiceListingQuery(parameters).listing();
    }

    private InvoiceListing listing() {
        var listing = new InvoiceListing(status(), customerId(), period(), limit(), after());
        if (!problems.isEmpty()) {
            throw new ProblemException(BillingProblems.invalidQuery(problems));
        }
        return listing;
    }

    private Optional<InvoiceStatus> status() {
        Optional<String> text = first("status");
        Optional<InvoiceStatus> status = text.flatMap(name -> Arrays.stream(InvoiceStatus.values())
                .filter(candidate -> candidate.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst());
        if (text.isPresent() && status.isEmpty()) {
            problem("status", FieldCode.STATUS_INVALID,
                    "The status is one of " + Arrays.toString(InvoiceStatus.values()) + ".");
        }
        return status;
    }

    private Optional<String> customerId() {
        Optional<String> id = first("customerId");
        if (id.isPresent() && !TextChecks.isId(id.get())) {
            // no customer has such an id, and the database must never see a NUL
            problem("customerId", FieldCode.CUSTOMER_ID_INVALID, "A customer id has 1 to 64 id characters.");
            return Optional.empty();
        }
        return id;
    }

    private Optional<Period> period() {
        Optional<String> text = first("period");
        Optional<Period> period = text.flatMap(Period::parse);
        if (text.isPresent() && period.isEmpty()) {
            problem("period", FieldCode.PERIOD_INVALID, "The period is a month written YYYY-MM, such as 2026-12.");
        }
        return period;
    }

    private int limit() {
        Optional<String> text = first("limit");
        if (text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.get().strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem("limit", FieldCode.LIMIT_INVALID, "The limit is a whole number from 1 to " + MAX_LIMIT + ".");
        return DEFAULT_LIMIT;
    }

    private Optional<String> after() {
        Optional<String> cursor = first("after");
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = KeysetCursor.decode(cursor.get(), 1).map(List::getFirst).filter(TextChecks::isId);
        if (id.isEmpty()) {
            problem("after", FieldCode.CURSOR_INVALID, "Use the next value of a previous page.");
        }
        return id;
    }

    private void problem(String field, FieldCode code, String message) {
        problems.add(new FieldViolation(field, code, message));
    }

    private Optional<String> first(String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }
}
