package io.orderstream.billing.api;

import static io.orderstream.billing.api.BillingRoutesHarness.assertProblem;
import static io.orderstream.billing.api.BillingRoutesHarness.fieldCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.billing.api.BillingRoutesHarness.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /invoices} and {@code GET /invoices/{id}} over HTTP, with a real database; every bad input refused. */
class InvoiceRoutesIT {

    private static BillingRoutesHarness api;
    private static String euroCustomer;

    @BeforeAll
    static void start() {
        api = BillingRoutesHarness.start("invoice_routes");
        euroCustomer = "cus-" + UUID.randomUUID();
        assertThat(api.post("/customers", CustomerRoutesIT.customer(euroCustomer, "EUR")).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String invoice(String id, String customerId, String amount, String currency, String period) {
        return """
                {"id": "%s", "customerId": "%s", "amount": %s, "currency": "%s", "period": "%s"}"""
                .formatted(id, customerId, amount, currency, period);
    }

    private static String newId() {
        return "inv-" + UUID.randomUUID();
    }

    /** Asserts the answer and that no invoice and no Idempotency-Key was stored. */
    private static JsonNode refusedAndNothingStored(String body, int status, String code) throws SQLException {
        long invoices = api.count("invoices");
        String key = "key-" + UUID.randomUUID();

        JsonNode problem = assertProblem(api.post("/invoices", body, key), status, code);

        assertThat(api.count("invoices")).isEqualTo(invoices);
        assertThat(new io.orderstream.billing.store.IdempotentRequests(api.data.dataSource()).isKept(key)).isFalse();
        return problem;
    }

    @Test
    void a_created_invoice_is_pending_answered_201_with_its_location_and_read_back_with_no_attempts() {
        String id = newId();

        Response created = api.post("/invoices", invoice(id, euroCustomer, "1999", "EUR", "2026-12"));
        Response read = api.get("/invoices/" + id);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).hasValue("/invoices/" + id);
        JsonNode body = created.json();
        assertThat(body.get("customerId").asText()).isEqualTo(euroCustomer);
        assertThat(body.get("amount").asLong()).isEqualTo(1999);
        assertThat(body.get("currency").asText()).isEqualTo("EUR");
        assertThat(body.get("period").asText()).isEqualTo("2026-12");
        assertThat(body.get("status").asText()).isEqualTo("PENDING");
        assertThat(body.get("failureReason").isNull()).isTrue();
        assertThat(body.get("chargeId").isNull()).isTrue();
        assertThat(body.get("runPeriod").isNull()).isTrue();
        assertThat(body.get("dunningAttempt").asInt()).isZero();
        assertThat(body.get("attempts")).isEmpty();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(body);
    }

    @Test
    void an_invoice_without_an_id_gets_a_generated_one() {
        Response created = api.post("/invoices", """
                {"customerId": "%s", "amount": 500, "currency": "EUR", "period": "2027-01"}""".formatted(euroCustomer));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).matches("inv_[0-9a-f]{32}");
    }

    @Test
    void an_invoice_is_read_with_every_attempt_booked_in_order() throws SQLException {
        String id = newId();
        api.post("/invoices", invoice(id, euroCustomer, "700", "EUR", "2026-12"));
        Instant booked = Instant.parse("2026-12-01T00:00:05Z");
        bookAttempt(id, 1, "DECLINED", "insufficient_funds", "ch_1", booked);
        bookAttempt(id, 2, "CAPTURED", null, "ch_2", booked.plusSeconds(60));

        JsonNode attempts = api.get("/invoices/" + id).json().get("attempts");

        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("outcome").asText()).isEqualTo("DECLINED");
        assertThat(attempts.get(0).get("reason").asText()).isEqualTo("insufficient_funds");
        assertThat(attempts.get(0).get("chargeId").asText()).isEqualTo("ch_1");
        assertThat(attempts.get(0).get("idempotencyKey").asText()).isEqualTo("invoice/" + id + "/charge");
        assertThat(attempts.get(0).get("requestId").asText()).isEqualTo("req-1");
        assertThat(Instant.parse(attempts.get(0).get("bookedAt").asText())).isEqualTo(booked);
        assertThat(attempts.get(1).get("outcome").asText()).isEqualTo("CAPTURED");
        assertThat(attempts.get(1).get("reason").isNull()).isTrue();
    }

    /** What the billing run's bookkeeping writes: the run engineer's code, stood in for by SQL. */
    private static void bookAttempt(String invoiceId, int seq, String outcome, String reason, String chargeId,
                                    Instant bookedAt) throws SQLException {
        try (Connection connection = api.data.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO invoice_attempts (invoice_id, seq, request_id, idempotency_key, outcome, reason,
                         charge_id, requested_at, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, invoiceId);
            insert.setInt(2, seq);
            insert.setString(3, "req-" + seq);
            insert.setString(4, "invoice/" + invoiceId + "/charge");
            insert.setString(5, outcome);
            insert.setString(6, reason);
            insert.setString(7, chargeId);
            insert.setObject(8, bookedAt.minusSeconds(1).atOffset(ZoneOffset.UTC));
            insert.setObject(9, bookedAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    @Test
    void an_unknown_invoice_is_a_404_invoice_not_found() {
        assertProblem(api.get("/invoices/" + newId()), 404, "invoice_not_found");
    }

    @Test
    void an_invoice_of_an_unknown_customer_is_a_422_unknown_customer() throws SQLException {
        refusedAndNothingStored(invoice(newId(), "cus-nobody", "100", "EUR", "2026-12"), 422, "unknown_customer");
    }

    @Test
    void a_zero_or_negative_amount_is_a_422_validation_failed_not_positive() throws SQLException {
        for (String amount : new String[] {"0", "-5"}) {
            JsonNode problem = refusedAndNothingStored(invoice(newId(), euroCustomer, amount, "EUR", "2026-12"),
                    422, "validation_failed");
            assertThat(fieldCodes(problem, "amount")).as(amount).containsExactly("not_positive");
        }
    }

    @Test
    void an_amount_beyond_10_to_the_13_is_out_of_range() throws SQLException {
        JsonNode problem = refusedAndNothingStored(invoice(newId(), euroCustomer, "10000000000001", "EUR", "2026-12"),
                422, "validation_failed");
        assertThat(fieldCodes(problem, "amount")).containsExactly("out_of_range");
    }

    @Test
    void an_unknown_currency_is_a_422_validation_failed_invalid_currency() throws SQLException {
        JsonNode problem = refusedAndNothingStored(invoice(newId(), euroCustomer, "100", "ZZZ", "2026-12"),
                422, "validation_failed");
        assertThat(fieldCodes(problem, "currency")).containsExactly("invalid_currency");
    }

    @Test
    void a_malformed_period_is_a_422_validation_failed_period_invalid() throws SQLException {
        JsonNode problem = refusedAndNothingStored(invoice(newId(), euroCustomer, "100", "EUR", "2026-13"),
                422, "validation_failed");
        assertThat(fieldCodes(problem, "period")).containsExactly("period_invalid");
    }

    @Test
    void a_currency_other_than_the_customers_is_a_422_invoice_currency_mismatch() throws SQLException {
        refusedAndNothingStored(invoice(newId(), euroCustomer, "100", "USD", "2026-12"), 422,
                "invoice_currency_mismatch");
    }

    @Test
    void an_existing_id_is_a_409_invoice_exists_and_the_first_invoice_stays() throws SQLException {
        String id = newId();
        api.post("/invoices", invoice(id, euroCustomer, "100", "EUR", "2026-12"));

        refusedAndNothingStored(invoice(id, euroCustomer, "200", "EUR", "2026-12"), 409, "invoice_exists");

        assertThat(api.data.invoices().find(id).orElseThrow().amount()).isEqualTo(100);
    }

    @Test
    void a_fractional_amount_is_a_400_invalid_json_type_and_a_huge_one_out_of_range() {
        assertProblem(api.post("/invoices", invoice(newId(), euroCustomer, "10.5", "EUR", "2026-12")), 400,
                "invalid_json_type");
        JsonNode problem = assertProblem(api.post("/invoices",
                invoice(newId(), euroCustomer, "99999999999999999999", "EUR", "2026-12")), 422, "validation_failed");
        assertThat(fieldCodes(problem, "amount")).containsExactly("out_of_range");
    }

    @Test
    void an_invalid_idempotency_key_is_a_400_invalid_idempotency_key() {
        assertProblem(api.post("/invoices", invoice(newId(), euroCustomer, "100", "EUR", "2026-12"), "key with spaces"),
                400, "invalid_idempotency_key");
    }
}
