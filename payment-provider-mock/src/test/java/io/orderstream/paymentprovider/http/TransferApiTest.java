package io.orderstream.paymentprovider.http;

import static io.orderstream.paymentprovider.http.ProviderClient.chargeJson;
import static io.orderstream.paymentprovider.http.ProviderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.paymentprovider.PaymentProviderService;
import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.paymentprovider.domain.GatewaySettings;
import io.orderstream.paymentprovider.domain.Sleeper;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.Problem;
import io.orderstream.platform.time.TimeSource;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/payouts} and {@code POST /v1/refunds} over real connections, on a gateway with a little latency so
 * that concurrent calls overlap, no declines and no faults; each test uses its own keys and references.
 */
class TransferApiTest {

    private static final int CLIENTS = 30;

    private static PaymentProviderService service;
    private static ProviderClient client;

    @BeforeAll
    static void start() {
        var settings = new GatewaySettings(Duration.ofMillis(1), Duration.ofMillis(20), 0, 0, 7);
        var gateway = Gateway.create(settings, Sleeper.on(TimeSource.system()), Clock.systemUTC());
        service = PaymentProviderService.start(new Env(Map.of("PAYMENT_PROVIDER_PORT", "0")), gateway,
                new SimpleMeterRegistry());
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

    private static String payoutJson(String merchant, long amount, String currency, String reference) {
        return """
                {"amount":%d,"currency":"%s","merchant":"%s","reference":"%s"}"""
                .formatted(amount, currency, merchant, reference);
    }

    private static String refundJson(long amount, String charge, String reference) {
        return """
                {"amount":%d,"currency":"EUR","customer":"cust-1","charge":"%s","reference":"%s"}"""
                .formatted(amount, charge, reference);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(json(response).get("code").asText()).isEqualTo(code);
    }

    private static List<HttpResponse<String>> sendAll(List<CompletableFuture<HttpResponse<String>>> calls) {
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static String chargeOf(long amount) throws Exception {
        return json(client.charge(unique("charge"), chargeJson("approve-1", amount, "EUR", unique("order"))))
                .get("chargeId").asText();
    }

    private static List<JsonNode> listed(String path, String field) throws Exception {
        return StreamSupport.stream(json(client.get(path)).get(field).spliterator(), false).toList();
    }

    @Test
    void a_payout_is_201_with_its_payout_id_and_status_succeeded() throws Exception {
        String key = unique("payout");
        String reference = unique("shipment");

        var response = client.post("/v1/payouts", key, payoutJson("merchant-1", 975, "EUR", reference));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("payoutId").asText()).startsWith("po_");
        assertThat(body.get("status").asText()).isEqualTo("succeeded");
        assertThat(body.get("merchant").asText()).isEqualTo("merchant-1");
        assertThat(body.get("amount").asLong()).isEqualTo(975);
        assertThat(body.get("reference").asText()).isEqualTo(reference);
        assertThat(body.get("idempotencyKey").asText()).isEqualTo(key);
    }

    @Test
    void the_same_payout_retried_with_its_key_answers_the_same_payout_replayed_and_pays_once() throws Exception {
        String key = unique("payout");
        String reference = unique("shipment");
        String body = payoutJson("merchant-1", 975, "EUR", reference);
        var first = client.post("/v1/payouts", key, body);

        var second = client.post("/v1/payouts", key, body);

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue(ChargeResponses.REPLAYED_HEADER)).hasValue("true");
        assertThat(listed("/v1/payouts?reference=" + reference, "payouts")).hasSize(1);
    }

    @Test
    void a_payout_key_reused_with_another_body_is_refused_and_pays_nothing() throws Exception {
        String key = unique("payout");
        String reference = unique("shipment");
        client.post("/v1/payouts", key, payoutJson("merchant-1", 975, "EUR", reference));

        var reused = client.post("/v1/payouts", key, payoutJson("merchant-1", 976, "EUR", reference));

        assertProblem(reused, 422, "idempotency_key_reused");
        assertThat(listed("/v1/payouts?reference=" + reference, "payouts")).hasSize(1);
    }

    @Test
    void concurrent_payouts_with_one_key_pay_once_and_all_answer_the_same() {
        String reference = unique("shipment");
        String body = payoutJson("merchant-1", 975, "EUR", reference);

        var responses = sendAll(IntStream.range(0, CLIENTS)
                .mapToObj(i -> client.postAsync("/v1/payouts", "same-payout-" + reference, body)).toList());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(responses).extracting(response -> json(response).get("payoutId").asText())
                .containsOnly(json(responses.getFirst()).get("payoutId").asText());
        assertThat(responses).extracting(response -> json(response).get("payoutId").asText()).hasSize(CLIENTS);
    }

    @Test
    void concurrent_payouts_with_one_key_leave_one_payout_in_the_ledger() throws Exception {
        String reference = unique("shipment");
        String body = payoutJson("merchant-1", 975, "EUR", reference);

        sendAll(IntStream.range(0, CLIENTS)
                .mapToObj(i -> client.postAsync("/v1/payouts", "one-payout-" + reference, body)).toList());

        assertThat(listed("/v1/payouts?reference=" + reference, "payouts")).hasSize(1);
    }

    @Test
    void a_payout_without_idempotency_key_is_400() throws Exception {
        assertProblem(client.postWithoutKey("/v1/payouts", payoutJson("merchant-1", 975, "EUR", "s-1")),
                400, "missing_idempotency_key");
    }

    @Test
    void a_payout_with_invalid_fields_is_400_naming_each() throws Exception {
        var response = client.post("/v1/payouts", unique("payout"), """
                {"amount":0,"currency":"eur"}""");

        assertProblem(response, 400, "invalid_request");
        assertThat(json(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("amount", "currency", "merchant");
    }

    @Test
    void a_refund_of_a_charge_within_its_captured_amount_is_201() throws Exception {
        String charge = chargeOf(1000);

        var response = client.post("/v1/refunds", unique("refund"), refundJson(1000, charge, unique("order")));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("refundId").asText()).startsWith("re_");
        assertThat(body.get("status").asText()).isEqualTo("succeeded");
        assertThat(body.get("charge").asText()).isEqualTo(charge);
        assertThat(body.get("customer").asText()).isEqualTo("cust-1");
    }

    @Test
    void a_refund_beyond_what_the_charge_has_left_is_422_refund_exceeds_captured() throws Exception {
        String charge = chargeOf(1000);
        client.post("/v1/refunds", unique("refund"), refundJson(600, charge, unique("order")));

        var response = client.post("/v1/refunds", unique("refund"), refundJson(401, charge, unique("order")));

        assertProblem(response, 422, "refund_exceeds_captured");
        assertThat(json(response).get("detail").asText()).contains("400");
    }

    @Test
    void the_same_refund_retried_with_its_key_refunds_once() throws Exception {
        String charge = chargeOf(1000);
        String key = unique("refund");
        String body = refundJson(1000, charge, unique("order"));
        var first = client.post("/v1/refunds", key, body);

        var second = client.post("/v1/refunds", key, body);

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue(ChargeResponses.REPLAYED_HEADER)).hasValue("true");
    }

    @Test
    void concurrent_refunds_of_one_charge_under_distinct_keys_never_exceed_its_captured_amount() throws Exception {
        String charge = chargeOf(1000);
        String reference = unique("order");

        var responses = sendAll(IntStream.range(0, CLIENTS)
                .mapToObj(i -> client.postAsync("/v1/refunds", unique("refund"), refundJson(100, charge, reference)))
                .toList());

        assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(10);
        assertThat(responses).filteredOn(response -> response.statusCode() == 422)
                .allSatisfy(response -> assertThat(json(response).get("code").asText())
                        .isEqualTo("refund_exceeds_captured"))
                .hasSize(CLIENTS - 10);
        assertThat(listed("/v1/refunds?reference=" + reference, "refunds")).hasSize(10);
    }

    @Test
    void a_refund_of_an_unknown_charge_is_404_charge_not_found() throws Exception {
        assertProblem(client.post("/v1/refunds", unique("refund"), refundJson(1, "ch_unknown", unique("order"))),
                404, "charge_not_found");
    }

    @Test
    void a_refund_with_invalid_fields_is_400_naming_each() throws Exception {
        var response = client.post("/v1/refunds", unique("refund"), """
                {"amount":-5,"currency":"EUR","charge":" "}""");

        assertProblem(response, 400, "invalid_request");
        assertThat(json(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("amount", "customer", "charge");
    }

    @Test
    void the_payout_ledger_pages_in_recording_order_to_its_end() throws Exception {
        String reference = unique("shipment");
        for (int i = 0; i < 3; i++) {
            client.post("/v1/payouts", unique("payout"), payoutJson("merchant-1", 100 + i, "EUR", reference));
        }
        int total = json(client.get("/v1/ledger/payouts?limit=1")).get("total").asInt();

        JsonNode page = json(client.get("/v1/ledger/payouts?from=" + (total - 2) + "&limit=5"));

        assertThat(page.get("payouts")).extracting(payout -> payout.get("amount").asLong()).containsExactly(101L, 102L);
        assertThat(page.get("next").asInt()).isEqualTo(total);
        assertThat(page.has("charges")).isFalse();
    }

    @Test
    void the_refund_ledger_pages_like_the_charges_and_refuses_a_bad_query() throws Exception {
        String charge = chargeOf(1000);
        client.post("/v1/refunds", unique("refund"), refundJson(10, charge, unique("order")));

        JsonNode page = json(client.get("/v1/ledger/refunds?from=0&limit=10000"));

        assertThat(page.get("refunds").size()).isEqualTo(page.get("total").asInt());
        assertThat(page.get("next").asInt()).isEqualTo(page.get("total").asInt());
        assertProblem(client.get("/v1/ledger/refunds?limit=0"), 400, "invalid_query");
    }

    @Test
    void the_ledger_totals_count_payouts_and_refunds_per_currency() throws Exception {
        client.post("/v1/payouts", unique("payout"), payoutJson("merchant-1", 700, "SEK", unique("shipment")));
        client.post("/v1/payouts", unique("payout"), payoutJson("merchant-1", 300, "SEK", unique("shipment")));
        client.post("/v1/refunds", unique("refund"), """
                {"amount":250,"currency":"SEK","customer":"cust-1"}""");

        JsonNode ledger = client.ledger();

        JsonNode totals = ledger.get("totals");
        assertThat(totals.get("payouts").get("count").asInt()).isEqualTo(ledger.get("payouts").size());
        assertThat(totals.get("payouts").get("amounts").get("SEK").asLong()).isEqualTo(1000);
        assertThat(totals.get("refunds").get("count").asInt()).isEqualTo(ledger.get("refunds").size());
        assertThat(totals.get("refunds").get("amounts").get("SEK").asLong()).isEqualTo(250);
    }
}
