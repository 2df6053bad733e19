package io.orderstream.billing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The parts of a billing run's JSON (billing-contract: {@code GET /billing-runs/{period}}) the commands show. */
record RunView(String period, String status, Optional<String> startedAt, Optional<String> completedAt, Counts invoices,
               Map<String, Long> failures) {

    static final String COMPLETED = "COMPLETED";

    record Counts(long total, long pending, long charging, long paid, long error, long needsReview) {

        /** Invoices with a final outcome. */
        long done() {
            return paid + error + needsReview;
        }
    }

    boolean completed() {
        return COMPLETED.equals(status);
    }

    static RunView of(JsonNode body) {
        JsonNode invoices = body.path("invoices");
        var failures = new LinkedHashMap<String, Long>();
        body.path("failures").properties().forEach(entry -> failures.put(entry.getKey(), entry.getValue().asLong()));
        return new RunView(body.path("period").asText(), body.path("status").asText(), text(body, "startedAt"),
                text(body, "completedAt"),
                new Counts(invoices.path("total").asLong(), invoices.path("pending").asLong(), invoices.path("charging").asLong(),
                        invoices.path("paid").asLong(), invoices.path("error").asLong(), invoices.path("needsReview").asLong()),
                Map.copyOf(failures));
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
