package io.orderstream.paymentprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RefundDeciderTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private static Charge charge(String id, long amount, ChargeStatus status) {
        return new Charge(id, "key-" + id, "cust-1", amount, "EUR", "order-1", status, NOW);
    }

    private static RefundDecider deciderOf(Charge... charges) {
        var ids = new AtomicInteger();
        Map<String, Charge> byId = new HashMap<>();
        for (Charge charge : charges) {
            byId.put(charge.id(), charge);
        }
        return new RefundDecider(id -> Optional.ofNullable(byId.get(id)), Clock.fixed(NOW, ZoneOffset.UTC),
                () -> "re_" + ids.incrementAndGet());
    }

    private static RefundRequest refundOf(String charge, long amount) {
        return new RefundRequest("cust-1", amount, "EUR", charge, "order-1");
    }

    @Test
    void refunds_of_a_charge_are_made_up_to_exactly_its_captured_amount() {
        var decider = deciderOf(charge("ch_1", 1000, ChargeStatus.SUCCEEDED));

        var first = decider.decide("refund-1", refundOf("ch_1", 600));
        var second = decider.decide("refund-2", refundOf("ch_1", 400));

        assertThat(first).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(second).isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    void a_refund_beyond_what_is_left_of_the_captured_amount_is_refused_naming_what_is_left() {
        var decider = deciderOf(charge("ch_1", 1000, ChargeStatus.SUCCEEDED));
        decider.decide("refund-1", refundOf("ch_1", 600));

        var outcome = decider.decide("refund-2", refundOf("ch_1", 401));

        assertThat(outcome).isEqualTo(new RefundOutcome.Refused(RefundRefusal.REFUND_EXCEEDS_CAPTURED, 400));
    }

    @Test
    void a_declined_charge_captured_nothing_to_refund() {
        var decider = deciderOf(charge("ch_1", 1000, ChargeStatus.DECLINED));

        assertThat(decider.decide("refund-1", refundOf("ch_1", 1)))
                .isEqualTo(new RefundOutcome.Refused(RefundRefusal.REFUND_EXCEEDS_CAPTURED, 0));
    }

    @Test
    void a_refund_of_an_unknown_charge_is_refused() {
        assertThat(deciderOf().decide("refund-1", refundOf("ch_404", 1)))
                .isEqualTo(new RefundOutcome.Refused(RefundRefusal.CHARGE_NOT_FOUND, 0));
    }

    @Test
    void a_refund_in_another_currency_than_its_charge_is_refused() {
        var decider = deciderOf(charge("ch_1", 1000, ChargeStatus.SUCCEEDED));

        assertThat(decider.decide("refund-1", new RefundRequest("cust-1", 100, "USD", "ch_1", null)))
                .isEqualTo(new RefundOutcome.Refused(RefundRefusal.CURRENCY_MISMATCH, 0));
    }

    @Test
    void a_refund_without_a_charge_is_made_and_has_no_bound() {
        var outcome = deciderOf().decide("refund-1", new RefundRequest("cust-1", 5_000, "EUR", null, null));

        assertThat(outcome).isEqualTo(new RefundOutcome.Refunded(
                new Refund("re_1", "refund-1", "cust-1", 5_000, "EUR", null, null, NOW)));
    }

    @Test
    void concurrent_refunds_of_one_charge_under_distinct_keys_never_exceed_its_captured_amount() throws Exception {
        Gateway gateway = TestGateways.neverDeclining(NetworkFaults.none());
        var charged = (GatewayReply.Answered<ChargeOutcome>) gateway.charge("charge-1", TestGateways.request("order-1"));
        String chargeId = ((ChargeOutcome.Charged) charged.outcome()).charge().id();
        int calls = 40; // 40 × 100 asked of a 1,250 charge: 12 fit
        var barrier = new CyclicBarrier(calls);
        try (var threads = Executors.newFixedThreadPool(calls)) {
            var replies = IntStream.range(0, calls).mapToObj(i -> threads.submit(() -> {
                barrier.await();
                return gateway.refund("refund-" + i, new RefundRequest("cust-1", 100, "EUR", chargeId, "order-1"));
            })).toList();
            long refunded = 0;
            for (Future<GatewayReply<RefundOutcome>> reply : replies) {
                if (((GatewayReply.Answered<RefundOutcome>) reply.get()).outcome() instanceof RefundOutcome.Refunded) {
                    refunded++;
                }
            }
            assertThat(refunded).isEqualTo(12);
        }
        assertThat(gateway.refunds()).hasSize(12);
        assertThat(gateway.refunds().stream().mapToLong(Refund::amount).sum()).isEqualTo(1_200);
    }
}
