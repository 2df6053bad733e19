package io.orderstream.paymentprovider.http;

import static io.orderstream.paymentprovider.http.ProviderClient.chargeJson;
import static io.orderstream.paymentprovider.http.ProviderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.paymentprovider.PaymentProviderService;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.Problem;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API of a gateway without latency, random declines or faults; each test uses its own keys and references. */
class ChargeApiTest {

    private static PaymentProviderService service;
    private static ProviderClient client;

    @BeforeAll
    static void start() {
        service = PaymentProviderService.start(new Env(Map.of(
                "PAYMENT_PROVIDER_PORT", "0",
                "PAYMENT_PROVIDER_LATENCY_MIN", "0",
                "PAYMENT_PROVIDER_LATENCY_MAX", "0",
                "PAYMENT_PROVIDER_DECLINE_RATIO", "0",
                "PAYMENT_PROVIDER_FAULT_RATIO", "0",
                "PAYMENT_PROVIDER_SEED", "1")));
        client = new ProviderClient(service.port());
    }

    @AfterAll
    static void stop() {
        client.close();
        service.close();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(json(response).get("code").asText()).isEqualTo(code);
    }

    @Test
    void a_new_charge_is_201_with_its_charge_id_and_status_succeeded() throws Exception {
        String reference = unique("order");

        var response = client.charge(unique("key"), chargeJson("cust-1", 1250, "EUR", reference));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("chargeId").asText()).startsWith("ch_");
        assertThat(body.get("status").asText()).isEqualTo("succeeded");
        assertThat(body.get("amount").asLong()).isEqualTo(1250);
        assertThat(body.get("reference").asText()).isEqualTo(reference);
        assertThat(body.has("code")).isFalse();
    }

    @Test
    void a_declined_charge_is_402_with_code_insufficient_funds() throws Exception {
        var response = client.charge(unique("key"), chargeJson("decline-cust", 1250, "EUR", unique("order")));

        assertThat(response.statusCode()).isEqualTo(402);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("declined");
        assertThat(body.get("code").asText()).isEqualTo("insufficient_funds");
        assertThat(body.get("chargeId").asText()).startsWith("ch_");
    }

    @Test
    void an_unknown_customer_is_404_customer_not_found() throws Exception {
        var response = client.charge(unique("key"), chargeJson("missing-cust", 1250, "EUR", unique("order")));

        assertProblem(response, 404, "customer_not_found");
    }

    @Test
    void a_charge_in_another_currency_than_the_customers_is_422_currency_mismatch() throws Exception {
        var response = client.charge(unique("key"), chargeJson("cust-1:USD", 1250, "EUR", unique("order")));

        assertProblem(response, 422, "currency_mismatch");
    }

    @Test
    void a_repeated_key_with_the_same_body_answers_the_first_charge_marked_as_replayed() throws Exception {
        String key = unique("key");
        String body = chargeJson("cust-1", 1250, "EUR", unique("order"));
        var first = client.charge(key, body);

        var second = client.charge(key, body);

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue(ChargeResponses.REPLAYED_HEADER)).hasValue("true");
    }

    @Test
    void a_repeated_key_with_another_body_is_422_idempotency_key_reused() throws Exception {
        String key = unique("key");
        client.charge(key, chargeJson("cust-1", 1250, "EUR", unique("order")));

        var response = client.charge(key, chargeJson("cust-1", 9999, "EUR", unique("order")));

        assertProblem(response, 422, "idempotency_key_reused");
    }

    @Test
    void a_charge_without_an_idempotency_key_is_400_missing_idempotency_key() throws Exception {
        var response = client.chargeWithoutKey(chargeJson("cust-1", 1250, "EUR", unique("order")));

        assertProblem(response, 400, "missing_idempotency_key");
    }

    @Test
    void an_idempotency_key_over_255_characters_is_400_invalid_idempotency_key() throws Exception {
        var response = client.charge("k".repeat(256), chargeJson("cust-1", 1250, "EUR", unique("order")));

        assertProblem(response, 400, "invalid_idempotency_key");
    }

    @Test
    void a_body_that_is_not_json_is_400_malformed_json() throws Exception {
        var response = client.charge(unique("key"), "{\"customerId\": ");

        assertProblem(response, 400, "malformed_json");
    }

    @Test
    void a_fractional_amount_is_400_invalid_json_type() throws Exception {
        var response = client.charge(unique("key"),
                "{\"customerId\":\"cust-1\",\"amount\":12.5,\"currency\":\"EUR\",\"reference\":\"r\"}");

        assertProblem(response, 400, "invalid_json_type");
    }

    @Test
    void missing_fields_are_400_invalid_request_naming_each_field() throws Exception {
        var response = client.charge(unique("key"), "{\"amount\":0}");

        assertProblem(response, 400, "invalid_request");
        assertThat(json(response).get("errors").findValuesAsText("field"))
                .containsExactly("customerId", "amount", "currency", "reference");
    }

    @Test
    void a_rejected_request_charges_nothing_and_leaves_its_key_free() throws Exception {
        String key = unique("key");
        String reference = unique("order");
        client.charge(key, "{\"customerId\":\"cust-1\",\"amount\":-5,\"currency\":\"EUR\",\"reference\":\"" + reference + "\"}");

        var valid = client.charge(key, chargeJson("cust-1", 5, "EUR", reference));

        assertThat(valid.statusCode()).isEqualTo(201);
        assertThat(client.chargesWithReference(reference).get("charges")).hasSize(1);
    }

    @Test
    void charges_are_found_by_their_reference() throws Exception {
        String reference = unique("order");
        var charged = json(client.charge(unique("key"), chargeJson("cust-1", 1250, "EUR", reference)));
        client.charge(unique("key"), chargeJson("cust-1", 1250, "EUR", unique("other-order")));

        JsonNode found = client.chargesWithReference(reference);

        assertThat(found.get("charges")).hasSize(1);
        assertThat(found.get("charges").get(0).get("chargeId")).isEqualTo(charged.get("chargeId"));
    }

    @Test
    void listing_charges_without_a_reference_is_400_missing_reference() throws Exception {
        assertProblem(client.get("/v1/charges"), 400, "missing_reference");
    }

    @Test
    void the_ledger_lists_every_charge_with_totals() throws Exception {
        String reference = unique("order");
        var charged = json(client.charge(unique("key"), chargeJson("cust-1", 700, "SEK", reference)));

        JsonNode ledger = client.ledger();

        assertThat(ledger.get("charges").findValuesAsText("chargeId")).contains(charged.get("chargeId").asText());
        assertThat(ledger.get("totals").get("charges").asInt()).isEqualTo(ledger.get("charges").size());
        assertThat(ledger.get("totals").get("succeededAmounts").get("SEK").asLong()).isEqualTo(700);
    }

    @Test
    void the_ledger_pages_list_every_charge_once_in_recording_order() throws Exception {
        String reference = unique("order");
        client.charge(unique("key"), chargeJson("cust-1", 100, "EUR", reference));
        client.charge(unique("key"), chargeJson("cust-1", 200, "EUR", reference));
        int total = client.ledger().get("charges").size();

        JsonNode first = json(client.get("/v1/ledger/charges?from=" + (total - 2) + "&limit=1"));
        JsonNode second = json(client.get("/v1/ledger/charges?from=" + first.get("next").asInt() + "&limit=1"));

        assertThat(first.get("charges").findValuesAsText("amount")).containsExactly("100");
        assertThat(second.get("charges").findValuesAsText("amount")).containsExactly("200");
        assertThat(second.get("next").asInt()).isEqualTo(second.get("total").asInt());
    }

    @Test
    void a_ledger_page_limit_out_of_range_is_400_invalid_query() throws Exception {
        assertProblem(client.get("/v1/ledger/charges?limit=10001"), 400, "invalid_query");
        assertProblem(client.get("/v1/ledger/charges?from=-1"), 400, "invalid_query");
        assertProblem(client.get("/v1/ledger/charges?limit=ten"), 400, "invalid_query");
    }

    @Test
    void charges_are_counted_in_the_metrics_by_outcome() throws Exception {
        client.charge(unique("key"), chargeJson("cust-1", 1250, "EUR", unique("order")));

        var metrics = client.get("/observe/metrics");

        assertThat(metrics.body()).containsPattern("payment_provider_charges_total\\{[^}]*outcome=\"succeeded\"");
    }

    @Test
    void the_openapi_document_describes_the_charge_endpoints() throws Exception {
        var document = client.get("/openapi");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/v1/charges", "/v1/ledger");
    }
}
