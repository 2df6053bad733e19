package io.orderstream.orderapi.api;

import io.orderstream.orderapi.store.ListingPosition;
import io.orderstream.orderapi.store.OrderListing;
import io.orderstream.orderapi.view.OrderViews;
import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.http.Problem.FieldProblem;
import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.limits.OrderLimits;
import io.orderstream.platform.limits.TextChecks;
import io.orderstream.schemas.order.OrderStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query of {@code GET /orders}: {@code customerEmail} (required), {@code status} (one or more visible
 * statuses, comma-separated), {@code limit} (1 to 100, 20 by default) and {@code after} (a {@code next}
 * cursor). An e-mail beyond its bounds (too long, control characters) is invalid, not looked up. Every invalid parameter is reported at once, as a 400 {@code invalid_query}.
 */
final class ListingQuery {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Map<String, List<String>> parameters;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ListingQuery(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    static OrderListing parse(Map<String, List<String>> parameters) {
        return new ListingQuery(parameters).listing();
    }

    private OrderListing listing() {
        String email = customerEmail();
        List<OrderStatus> statuses = statuses();
        int limit = limit();
        Optional<ListingPosition> after = after();
        if (!problems.isEmpty()) {
            throw new ProblemException(OrderProblems.invalidQuery(problems));
        }
        return new OrderListing(email, statuses, limit, after);
    }

    private String customerEmail() {
        Optional<String> email = first("customerEmail").filter(value -> !value.isBlank());
        if (email.isEmpty()) {
            problems.add(new FieldProblem("customerEmail", FieldCode.REQUIRED, "Name the customer's e-mail."));
        } else if (email.get().length() > OrderLimits.MAX_EMAIL_LENGTH || TextChecks.hasControlCharacter(email.get())) {
            // no order has such an e-mail, and the database must never see a NUL
            problems.add(new FieldProblem("customerEmail", FieldCode.EMAIL_INVALID, "An e-mail has at most "
                    + OrderLimits.MAX_EMAIL_LENGTH + " characters and no control characters."));
            return null;
        }
        return email.orElse(null);
    }

    private List<OrderStatus> statuses() {
        List<String> names = first("status").stream()
                .flatMap(value -> Arrays.stream(value.split(",", -1)))
                .map(name -> name.strip().toUpperCase(Locale.ROOT))
                .toList();
        List<OrderStatus> statuses = OrderViews.VISIBLE_STATUSES.stream()
                .filter(status -> names.contains(status.name()))
                .toList();
        if (statuses.size() < names.stream().distinct().count()) {
            problems.add(new FieldProblem("status", FieldCode.STATUS_INVALID,
                    "The status is one or more of " + OrderViews.VISIBLE_STATUSES + ", separated by commas."));
        }
        return statuses;
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
        problems.add(new FieldProblem("limit", FieldCode.LIMIT_INVALID,
                "The limit is a whole number from 1 to " + MAX_LIMIT + "."));
        return DEFAULT_LIMIT;
    }

    private Optional<ListingPosition> after() {
        Optional<String> cursor = first("after");
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        Optional<ListingPosition> position = ListingCursor.decode(cursor.get());
        if (position.isEmpty()) {
            problems.add(new FieldProblem("after", FieldCode.CURSOR_INVALID, "Use the next value of a previous page."));
        }
        return position;
    }

    private Optional<String> first(String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }
}
