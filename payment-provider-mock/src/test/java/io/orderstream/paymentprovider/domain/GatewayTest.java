package io.orderstream.paymentprovider.domain;

import static io.orderstream.paymentprovider.domain.TestGateways.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.paymentprovider.domain.ChargeOutcome.Charged;
import io.orderstream.paymentprovider.domain.GatewayReply.Answered;
import io.orderstream.paymentprovider.domain.GatewayReply.ConnectionDropped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GatewayTest {

    private static Charge chargeOf(GatewayReply<ChargeOutcome> reply) {
        assertThat(reply).isInstanceOf(Answered.class);
        var outcome = ((Answered<ChargeOutcome>) reply).outcome();
        assertThat(outcome).isInstanceOf(Charged.class);
        return ((Charged) outcome).charge();
    }

    @Test
    void a_first_charge_under_a_key_succeeds_and_enters_the_ledger() {
        var gateway = TestGateways.neverDeclining(NetworkFaults.none());

        Charge charge = chargeOf(gateway.charge("key-1", request("order-1")));

        assertThat(charge.status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(charge.idempotencyKey()).isEqualTo("key-1");
        assertThat(charge.createdAt()).isEqualTo(TestGateways.NOW);
        assertThat(gateway.charges()).containsExactly(charge);
    }

    @Test
    void the_same_key_with_the_same_request_answers_the_first_charge_and_charges_once() {
        var gateway = TestGateways.neverDeclining(NetworkFaults.none());
        GatewayReply<ChargeOutcome> first = gateway.charge("key-1", request("order-1"));

        GatewayReply<ChargeOutcome> second = gateway.charge("key-1", request("order-1"));

        assertThat(second).isEqualTo(new Answered<>(((Answered<ChargeOutcome>) first).outcome(), true));
        assertThat(gateway.charges()).hasSize(1);
    }

    @Test
    void the_same_key_with_a_different_request_is_refused_as_reused_and_charges_nothing() {
        var gateway = TestGateways.neverDeclining(NetworkFaults.none());
        gateway.charge("key-1", request("order-1"));

        GatewayReply<ChargeOutcome> reply = gateway.charge("key-1", request("cust-1", 9999, "EUR", "order-1"));

        assertThat(reply).isInstanceOf(GatewayReply.KeyReused.class);
        assertThat(gateway.charges()).extracting(Charge::amount).containsExactly(1250L);
    }

    @Test
    void a_declined_charge_stays_declined_when_its_key_is_replayed() {
        var gateway = TestGateways.neverDeclining(NetworkFaults.none());
        var declined = request("decline-cust", 1250, "EUR", "order-1");
        gateway.charge("key-1", declined);

        Charge replayed = chargeOf(gateway.charge("key-1", declined));

        assertThat(replayed.status()).isEqualTo(ChargeStatus.DECLINED);
        assertThat(gateway.charges()).hasSize(1);
    }

    @Test
    void a_refused_request_is_answered_the_same_on_replay_and_is_no_charge() {
        var gateway = TestGateways.neverDeclining(NetworkFaults.none());
        var unknownCustomer = request("missing-cust", 1250, "EUR", "order-1");
        gateway.charge("key-1", unknownCustomer);

        GatewayReply<ChargeOutcome> replay = gateway.charge("key-1", unknownCustomer);

        assertThat(replay).isEqualTo(new Answered<>(new ChargeOutcome.Refused(Refusal.CUSTOMER_NOT_FOUND), true));
        assertThat(gateway.charges()).isEmpty();
    }

    @Test
    void a_drop_before_the_charge_records_nothing() {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(NetworkFault.DROP_BEFORE_CHARGE));

        GatewayReply<ChargeOutcome> reply = gateway.charge("key-1", request("order-1"));

        assertThat(reply).isEqualTo(new ConnectionDropped<>(NetworkFault.DROP_BEFORE_CHARGE));
        assertThat(gateway.charges()).isEmpty();
    }

    @Test
    void a_retry_after_a_drop_before_the_charge_is_a_fresh_first_attempt() {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(NetworkFault.DROP_BEFORE_CHARGE));
        gateway.charge("key-1", request("order-1"));

        GatewayReply<ChargeOutcome> retry = gateway.charge("key-1", request("order-1"));

        assertThat(retry).isInstanceOf(Answered.class);
        assertThat(((Answered<ChargeOutcome>) retry).replayed()).isFalse();
        assertThat(gateway.charges()).hasSize(1);
    }

    @Test
    void a_drop_after_the_charge_records_the_charge_though_the_client_gets_no_answer() {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(NetworkFault.DROP_AFTER_CHARGE));

        GatewayReply<ChargeOutcome> reply = gateway.charge("key-1", request("order-1"));

        assertThat(reply).isEqualTo(new ConnectionDropped<>(NetworkFault.DROP_AFTER_CHARGE));
        assertThat(gateway.charges()).extracting(Charge::idempotencyKey).containsExactly("key-1");
    }

    @Test
    void a_retry_after_a_drop_after_the_charge_answers_that_charge_as_a_replay() {
        var gateway = TestGateways.neverDeclining(new ScriptedFaults(NetworkFault.DROP_AFTER_CHARGE));
        gateway.charge("key-1", request("order-1"));
        Charge recorded = gateway.charges().getFirst();

        GatewayReply<ChargeOutcome> retry = gateway.charge("key-1", request("order-1"));

        assertThat(retry).isEqualTo(new Answered<>(new Charged(recorded), true));
        assertThat(gateway.charges()).hasSize(1);
    }

    @Test
    void every_call_waits_its_latency_first() {
        var sleeper = new RecordingSleeper();
        var settings = new GatewaySettings(Duration.ofMillis(20), Duration.ofMillis(200), 0.25, 0, 7);
        var gateway = Gateway.create(settings, sleeper, Clock.systemUTC());

        gateway.charge("key-1", request("order-1"));
        gateway.charge("key-2", request("order-2"));

        assertThat(sleeper.sleeps()).hasSize(2)
                .allSatisfy(sleep -> assertThat(sleep).isBetween(Duration.ofMillis(20), Duration.ofMillis(200)));
    }

    @Test
    void two_gateways_with_the_same_seed_answer_the_same_calls_alike() {
        var settings = new GatewaySettings(Duration.ofMillis(20), Duration.ofMillis(200), 0.25, 0.3, 99);
        var firstSleeper = new RecordingSleeper();
        var secondSleeper = new RecordingSleeper();
        var first = Gateway.create(settings, firstSleeper, Clock.systemUTC());
        var second = Gateway.create(settings, secondSleeper, Clock.systemUTC());

        List<String> firstAnswers = outcomesOf(first, 200);
        List<String> secondAnswers = outcomesOf(second, 200);

        assertThat(firstAnswers).isEqualTo(secondAnswers).contains("SUCCEEDED", "DECLINED",
                "DROP_BEFORE_CHARGE", "DROP_AFTER_CHARGE");
        assertThat(firstSleeper.sleeps()).isEqualTo(secondSleeper.sleeps());
    }

    private static List<String> outcomesOf(Gateway gateway, int calls) {
        return IntStream.range(0, calls)
                .mapToObj(i -> gateway.charge("key-" + i, request("order-" + i)))
                .map(reply -> switch (reply) {
                    case ConnectionDropped dropped -> dropped.fault().name();
                    case Answered answered when answered.outcome() instanceof Charged charged ->
                            charged.charge().status().name();
                    default -> reply.toString();
                })
                .toList();
    }
}
