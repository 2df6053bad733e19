package io.orderstream.systemtests;

import static io.orderstream.systemtests.MerchantOrders.awaitOrder;
import static io.orderstream.systemtests.MerchantOrders.create;
import static io.orderstream.systemtests.MerchantOrders.everyPayoutSucceeded;
import static io.orderstream.systemtests.MerchantOrders.notice;
import static io.orderstream.systemtests.MerchantOrders.order;
import static io.orderstream.systemtests.MerchantOrders.payAccepted;
import static io.orderstream.systemtests.MerchantOrders.ship;
import static io.orderstream.systemtests.MerchantOrders.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.systemtests.Merchants.Merchant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shipment notices of a merchant on the real stack: 20 sent at once for one paid order, adding up to more than its
 * total, never ship more than the total, and every accepted one is paid out to the merchant exactly once (amount less
 * the fee, rounded down), in the provider's ledger as on the order, through the provider's network faults; a notice
 * sent again is applied once, whether with its Idempotency-Key or without one, and another body under its id is
 * refused. The warehouse mock is left out, so that only the merchant's notices ship these prepaid orders.
 */
class ShipmentNoticesIT {

    private static final int FEE_BASIS_POINTS = 333;
    private static RunningSystem system;
    private static Merchants merchants;
    private static ProviderLedger ledger;

    @BeforeAll
    static void startSystem() {
        // short retry tiers: the provider's default 5 % network faults must only cost seconds
        system = RunningSystem.options().env(Map.of("RETRY_BACKOFFS", "PT0.5S,PT1S,PT2S"))
                .without(RunningSystem.Service.FULFILLMENT_MOCK).start();
        merchants = new Merchants(system);
        ledger = new ProviderLedger(system);
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    /** The order of these tests: 10 × 1000 = 10,000, paid in full, so that it accepts notices. */
    private static String paidOrder(ApiClient merchant, String email) {
        String orderId = create(merchant, order(email, "PREPAID", 10, 1000));
        JsonNode paid = payAccepted(merchant, orderId, "pay-1", 10_000);
        assertThat(paid.get("status").asText()).isIn("PAID", "IN_FULFILLMENT");
        return orderId;
    }

    @Test
    void concurrent_notices_ship_exactly_the_total_and_each_accepted_one_is_paid_out_once() throws Exception {
        Merchant acme = merchants.create("Acme GmbH", FEE_BASIS_POINTS);
        ApiClient asAcme = merchants.as(acme);
        String orderId = paidOrder(asAcme, "notices@buyer.example");
        // 8 × 500 + 12 × 1000 = 16,000 for a total of 10,000: whatever the order, the accepted ones add up to exactly
        // 10,000 (a 500 is refused only when nothing remains, a 1000 when at most 500 does, and 9,500 cannot be made
        // of all eight 500s and some 1000s)
        List<Long> amounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            amounts.add(i % 5 == 0 || i % 5 == 3 ? 500L : 1000L);
        }

        List<ApiClient.Response> answers = sendAtOnce(asAcme, orderId, amounts);

        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < answers.size(); i++) {
            outcomes.append("\n").append(amounts.get(i)).append(" → ").append(answers.get(i).status()).append(' ')
                    .append(answers.get(i).body().path("code").asText()).append(' ')
                    .append(answers.get(i).body().path("shipped").asText());
        }
        long acceptedSum = 0;
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            ApiClient.Response answer = answers.get(i);
            if (answer.status() == 200) {
                accepted.add("n-" + i);
                acceptedSum += amounts.get(i);
                assertThat(answer.body().get("shipped").asLong()).as(outcomes.toString()).isLessThanOrEqualTo(10_000);
            } else {
                assertThat(answer.status()).as(answer.raw().body()).isEqualTo(409);
                assertRefusedForWhatRemains(answer.body());
            }
        }
        assertThat(acceptedSum).as(outcomes.toString()).isEqualTo(10_000);

        JsonNode order = awaitOrder(asAcme, orderId, "every payout SUCCEEDED",
                o -> o.get("shipments").size() == accepted.size() && everyPayoutSucceeded(o));
        assertThat(order.get("shipments")).extracting(MerchantOrders::shipmentId)
                .as("the order's shipments are exactly the notices answered 200").containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(order.get("shipped").asLong()).isEqualTo(10_000);
        assertThat(order.get("merchantId").asText()).isEqualTo(acme.id());
        MerchantOrders.assertPayoutsNetOfFees(order, FEE_BASIS_POINTS);
        ledger.assertOnePayoutPerShipment(order);
        assertThat(ledger.succeededPayoutsTo(acme.id())).hasSize(accepted.size());
        awaitOrder(asAcme, orderId, "a prepaid order shipped in full by notices closes", status("CLOSED"));
    }

    @Test
    void a_notice_beyond_the_remainder_is_refused_naming_it_and_the_one_completing_the_total_is_accepted()
            throws Exception {
        ApiClient merchant = merchants.as(merchants.create("Exact GmbH", FEE_BASIS_POINTS));
        String orderId = paidOrder(merchant, "exact@buyer.example");
        assertThat(ship(merchant, orderId, notice("first", 2999), null).status()).isEqualTo(200);

        var beyond = ship(merchant, orderId, notice("beyond", 7002), null);
        var exact = ship(merchant, orderId, notice("exact", 7001), null);

        assertThat(beyond.status()).as(beyond.raw().body()).isEqualTo(409);
        assertThat(beyond.body().get("code").asText()).isEqualTo("shipment_exceeds_remaining");
        assertThat(beyond.body().get("detail").asText()).contains("7001");
        assertThat(exact.status()).as(exact.raw().body()).isEqualTo(200);
        assertThat(exact.body().get("shipped").asLong()).isEqualTo(10_000);
    }

    @Test
    void the_merchants_payouts_list_every_payout_with_totals_by_currency() throws Exception {
        Merchant shop = merchants.create("Listing GmbH", FEE_BASIS_POINTS);
        ApiClient asShop = merchants.as(shop);
        String orderId = paidOrder(asShop, "payouts@buyer.example");
        assertThat(ship(asShop, orderId, notice("a", 4000), null).status()).isEqualTo(200);
        assertThat(ship(asShop, orderId, notice("b", 1001), null).status()).isEqualTo(200);
        awaitOrder(asShop, orderId, "both payouts SUCCEEDED", o -> o.get("shipments").size() == 2 && everyPayoutSucceeded(o));

        var listed = asShop.await("/merchants/" + shop.id() + "/payouts",
                r -> r.status() == 200 && r.body().path("payouts").size() == 2
                        && r.body().path("totals").path(0).path("pending").asLong(-1) == 0,
                MerchantOrders.SETTLES_WITHIN);

        assertThat(listed.status()).as(listed.raw().body()).isEqualTo(200);
        JsonNode body = listed.body();
        assertThat(body.get("merchantId").asText()).isEqualTo(shop.id());
        long fees = Merchants.fee(4000, FEE_BASIS_POINTS) + Merchants.fee(1001, FEE_BASIS_POINTS);
        assertThat(body.get("payouts")).allSatisfy(payout -> {
            assertThat(payout.get("orderId").asText()).isEqualTo(orderId);
            assertThat(payout.get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(payout.get("currency").asText()).isEqualTo("EUR");
        });
        assertThat(body.get("totals")).hasSize(1);
        JsonNode eur = body.get("totals").get(0);
        assertThat(eur.get("currency").asText()).isEqualTo("EUR");
        assertThat(eur.get("count").asLong()).isEqualTo(2);
        assertThat(eur.get("fees").asLong()).isEqualTo(fees);
        assertThat(eur.get("amount").asLong()).isEqualTo(5001 - fees);
        assertThat(eur.get("succeeded").asLong()).isEqualTo(5001 - fees);
        assertThat(eur.get("failed").asLong()).isZero();
    }

    @Test
    void a_notice_sent_again_is_applied_once_with_or_without_its_key_and_another_body_is_a_conflict() throws Exception {
        Merchant retrier = merchants.create("Retry GmbH", FEE_BASIS_POINTS);
        ApiClient asRetrier = merchants.as(retrier);
        String orderId = paidOrder(asRetrier, "retries@buyer.example");
        String first = """
                {"shipmentId": "box-1", "amount": 3000, "invoiceNumber": "R-1", "trackingCode": "TRK-1"}""";

        var sent = ship(asRetrier, orderId, first, "notice-box-1");
        var sameKey = ship(asRetrier, orderId, first, "notice-box-1");
        var withoutKey = ship(asRetrier, orderId, first, null);
        var otherKey = ship(asRetrier, orderId, first, "notice-box-1-again");
        var otherBody = ship(asRetrier, orderId, """
                {"shipmentId": "box-1", "amount": 3500, "invoiceNumber": "R-1", "trackingCode": "TRK-1"}""", null);

        assertThat(List.of(sent, sameKey, withoutKey, otherKey)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
            assertThat(answer.body().get("shipped").asLong()).isEqualTo(3000);
            assertThat(answer.body().get("shipments")).hasSize(1);
        });
        assertThat(otherBody.status()).as(otherBody.raw().body()).isEqualTo(409);
        assertThat(otherBody.body().get("code").asText()).isEqualTo("shipment_id_conflict");

        JsonNode order = awaitOrder(asRetrier, orderId, "the payout SUCCEEDED", MerchantOrders::everyPayoutSucceeded);
        assertThat(order.get("shipments")).hasSize(1);
        assertThat(order.get("shipped").asLong()).isEqualTo(3000);
        ledger.assertOnePayoutPerShipment(order);
        assertThat(ledger.succeededPayoutsTo(retrier.id())).hasSize(1);
    }

    /**
     * A notice that does not fit: {@code shipment_exceeds_remaining} naming what remained (amounts are multiples of
     * 500, so 0 or 500), or, once the notices before it shipped the whole total and closed the
     * order, {@code invalid_state} (a closed order refuses every notice).
     */
    private static void assertRefusedForWhatRemains(JsonNode problem) {
        String code = problem.get("code").asText();
        assertThat(code).as(problem.toString()).isIn("shipment_exceeds_remaining", "invalid_state");
        if (code.equals("shipment_exceeds_remaining")) {
            assertThat(problem.path("detail").asText()).as("the refusal names the remaining amount")
                    .containsPattern("\\b(0|500)\\b");
        }
    }

    /** Sends one notice per amount, {@code n-<i>}, each with its own Idempotency-Key, all released at once. */
    private static List<ApiClient.Response> sendAtOnce(ApiClient merchant, String orderId, List<Long> amounts)
            throws Exception {
        var start = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ApiClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                String shipmentId = "n-" + i;
                long amount = amounts.get(i);
                sent.add(executor.submit(() -> {
                    start.await();
                    return ship(merchant, orderId, notice(shipmentId, amount), "notice-" + shipmentId);
                }));
            }
            start.countDown();
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        }
    }
}
