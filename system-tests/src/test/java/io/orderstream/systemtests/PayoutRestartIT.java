package io.orderstream.systemtests;

import static io.orderstream.systemtests.MerchantOrders.create;
import static io.orderstream.systemtests.MerchantOrders.eventTypes;
import static io.orderstream.systemtests.MerchantOrders.everyPayoutSucceeded;
import static io.orderstream.systemtests.MerchantOrders.notice;
import static io.orderstream.systemtests.MerchantOrders.order;
import static io.orderstream.systemtests.MerchantOrders.shipAccepted;
import static io.orderstream.systemtests.RunningSystem.Service.BILLING_SCHEDULER;
import static io.orderstream.systemtests.RunningSystem.Service.ORDER_PROCESSOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderstream.localstack.Eventually;
import io.orderstream.systemtests.Merchants.Merchant;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A crash between a shipment and its payout never pays a shipment twice nor loses one: the payment worker
 * (billing-scheduler) and the order-processor run in JVMs of their own and are killed with {@code kill -9} at that
 * moment, then started again; every shipment is then paid out exactly once, in the provider's ledger and on the order.
 * Payouts take 0.3–0.6 s at the provider, so that a kill lands while some are in flight.
 */
class PayoutRestartIT {

    private static final int SHIPMENTS = 6;
    /** A killed instance's consumers leave their groups only when the broker's session timeout (45 s) passes. */
    private static final Duration AFTER_A_RESTART = Duration.ofMinutes(3);
    private static RunningSystem system;
    private static Merchants merchants;
    private static ProviderLedger ledger;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.options()
                .env(Map.of("RETRY_BACKOFFS", "PT0.5S,PT1S,PT2S",
                        "PAYMENT_PROVIDER_LATENCY_MIN", "PT0.3S",
                        "PAYMENT_PROVIDER_LATENCY_MAX", "PT0.6S",
                        "PAYMENT_PROVIDER_FAULT_RATIO", "0"))
                .inOwnProcess(ORDER_PROCESSOR)
                .inOwnProcess(BILLING_SCHEDULER)
                .start();
        merchants = new Merchants(system);
        ledger = new ProviderLedger(system);
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    void shipments_noticed_while_the_payment_worker_is_down_are_paid_out_once_it_is_back() throws Exception {
        Merchant merchant = merchants.create("Down Worker GmbH", 300);
        ApiClient asMerchant = merchants.as(merchant);
        String orderId = create(asMerchant, order("down@business.example", "INVOICE", SHIPMENTS, 1000));

        system.kill(BILLING_SCHEDULER);
        try {
            shipAll(asMerchant, orderId);
            JsonNode requested = MerchantOrders.awaitOrder(asMerchant, orderId, "every payout REQUESTED",
                    o -> o.get("shipments").size() == SHIPMENTS);
            assertThat(requested.get("shipments")).allSatisfy(shipment ->
                    assertThat(shipment.get("payout").get("status").asText()).isEqualTo("REQUESTED"));
            assertThat(ledger.succeededPayoutsTo(merchant.id())).isEmpty();
        } finally {
            system.startProcess(BILLING_SCHEDULER);
        }

        assertPaidOutOncePerShipment(asMerchant, orderId, merchant);
    }

    @Test
    void the_payment_worker_killed_while_paying_out_pays_every_shipment_once_after_its_restart() throws Exception {
        Merchant merchant = merchants.create("Killed Worker GmbH", 300);
        ApiClient asMerchant = merchants.as(merchant);
        String orderId = create(asMerchant, order("killed@business.example", "INVOICE", SHIPMENTS, 1000));

        shipAll(asMerchant, orderId);
        Eventually.await(MerchantOrders.SETTLES_WITHIN, () -> ledger.succeededPayoutsTo(merchant.id()).size(),
                paid -> paid > 0);
        system.kill(BILLING_SCHEDULER);
        int paidBeforeTheKill = ledger.succeededPayoutsTo(merchant.id()).size();
        system.startProcess(BILLING_SCHEDULER);

        assertPaidOutOncePerShipment(asMerchant, orderId, merchant);
        System.getLogger(PayoutRestartIT.class.getName()).log(System.Logger.Level.INFO,
                "payouts made when the worker was killed: {0} of {1}", paidBeforeTheKill, SHIPMENTS);
    }

    @Test
    void the_processor_killed_after_the_shipments_settles_each_payout_once_after_its_restart() throws Exception {
        Merchant merchant = merchants.create("Killed Processor GmbH", 300);
        ApiClient asMerchant = merchants.as(merchant);
        String orderId = create(asMerchant, order("processor@business.example", "INVOICE", SHIPMENTS, 1000));

        shipAll(asMerchant, orderId);
        system.kill(ORDER_PROCESSOR);
        system.startProcess(ORDER_PROCESSOR);

        assertPaidOutOncePerShipment(asMerchant, orderId, merchant);
        List<String> events = Eventually.await(AFTER_A_RESTART, () -> eventTypes(asMerchant, orderId),
                types -> Collections.frequency(types, "PayoutSettled") >= SHIPMENTS);
        assertThat(Collections.frequency(events, "ShipmentRecorded")).isEqualTo(SHIPMENTS);
        assertThat(Collections.frequency(events, "PayoutRequested")).isEqualTo(SHIPMENTS);
        assertThat(Collections.frequency(events, "PayoutSettled")).isEqualTo(SHIPMENTS);
    }

    /** Ships the whole order, 1000 per notice. */
    private static void shipAll(ApiClient asMerchant, String orderId) {
        for (int i = 1; i <= SHIPMENTS; i++) {
            shipAccepted(asMerchant, orderId, notice("box-" + i, 1000));
        }
    }

    private static void assertPaidOutOncePerShipment(ApiClient asMerchant, String orderId, Merchant merchant)
            throws Exception {
        JsonNode order = Eventually.await(AFTER_A_RESTART, () -> asMerchant.get("/orders/" + orderId).body(),
                o -> o.path("shipments").size() == SHIPMENTS && everyPayoutSucceeded(o));
        MerchantOrders.assertPayoutsNetOfFees(order, merchant.feeBasisPoints());
        ledger.assertOnePayoutPerShipment(order);
        assertThat(ledger.succeededPayoutsTo(merchant.id())).hasSize(SHIPMENTS);
    }
}
