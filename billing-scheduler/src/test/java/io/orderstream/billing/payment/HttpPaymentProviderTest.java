package io.orderstream.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.billing.InProcessProvider;
import io.orderstream.paymentprovider.domain.NetworkFault;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP client against the real payment-provider-mock, and against stubs for what the mock never does. */
class HttpPaymentProviderTest {

    private static InProcessProvider mock;
    private static HttpPaymentProvider provider;

    @BeforeAll
    static void startTheProvider() {
        mock = new InProcessProvider();
        provider = new HttpPaymentProvider(URI.create(mock.url() + "/"), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopTheProvider() {
        provider.close();
        mock.close();
    }

    @Test
    void chargesOnceUnderAKeyAndAnswersTheSameChargeWhenAskedAgain() throws Exception {
        ChargeCall call = call("cust-1", 1250);

        ChargeOutcome first = provider.charge(call);
        ChargeOutcome again = provider.charge(call);

        assertThat(first).isInstanceOf(ChargeOutcome.Captured.class);
        assertThat(again).isEqualTo(first);
        assertThat(mock.chargesFor(call.reference())).singleElement().satisfies(charge -> {
            assertThat(charge.id()).isEqualTo(((ChargeOutcome.Captured) first).chargeId());
            assertThat(charge.idempotencyKey()).isEqualTo(call.idempotencyKey());
            assertThat(charge.customerId()).isEqualTo("cust-1");
            assertThat(charge.amount()).isEqualTo(1250);
            assertThat(charge.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void seesADroppedConnectionAsUnansweredAndChargesOnRetry() throws Exception {
        ChargeCall call = call("cust-1", 100);
        mock.faults.then(NetworkFault.DROP_BEFORE_CHARGE);

        assertThat(provider.charge(call)).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                unanswered -> assertThat(unanswered.reason()).isEqualTo("network_error"));
        assertThat(provider.lookUp(call)).isEqualTo(new LedgerLookup.NotFound());
        assertThat(provider.charge(call)).isInstanceOf(ChargeOutcome.Captured.class);
        assertThat(mock.chargesFor(call.reference())).hasSize(1);
    }

    @Test
    void namesTheIoFailureOfADroppedConnectionInTheUnansweredDetail() throws Exception {
        mock.faults.then(NetworkFault.DROP_BEFORE_CHARGE);

        assertThat(provider.charge(call("cust-1", 100))).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                unanswered -> assertThat(unanswered.detail()).startsWith("java.io.IOException"));
    }

    @Test
    void findsAChargeWhoseAnswerWasLostAndGetsItAgainOnRetry() throws Exception {
        ChargeCall call = call("cust-1", 200);
        mock.faults.then(NetworkFault.DROP_AFTER_CHARGE);

        assertThat(provider.charge(call)).isInstanceOf(ChargeOutcome.Unanswered.class);
        LedgerLookup found = provider.lookUp(call);
        ChargeOutcome retried = provider.charge(call);

        String chargeId = mock.chargesFor(call.reference()).getFirst().id();
        assertThat(found).isEqualTo(new LedgerLookup.Found(new ChargeOutcome.Captured(chargeId)));
        assertThat(retried).isEqualTo(new ChargeOutcome.Captured(chargeId));
        assertThat(mock.chargesFor(call.reference())).hasSize(1);
    }

    @Test
    void getsTheDeclineOfACustomerWhoCannotPay() throws Exception {
        ChargeOutcome outcome = provider.charge(call("decline-1", 300));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Declined.class,
                declined -> assertThat(declined.code()).isEqualTo("insufficient_funds"));
    }

    @Test
    void getsTheRefusalsOfAMissingCustomerAndOfAForeignCurrency() throws Exception {
        assertThat(provider.charge(call("missing-1", 300))).isInstanceOfSatisfying(ChargeOutcome.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("customer_not_found"));
        assertThat(provider.charge(call("cust-2:USD", 300))).isInstanceOfSatisfying(ChargeOutcome.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("currency_mismatch"));
    }

    @Test
    void seesARequestThatIsNoChargeAsMalformed() throws Exception {
        assertThat(provider.charge(call("cust-1", 0))).isInstanceOfSatisfying(ChargeOutcome.Malformed.class,
                malformed -> assertThat(malformed.detail()).contains("400").contains("invalid_request"));
    }

    @Test
    void seesAServerErrorAsUnanswered() throws Exception {
        try (var stub = StubProvider.answering(503, "{\"code\":\"overloaded\"}");
             var client = new HttpPaymentProvider(stub.url(), Duration.ofSeconds(5))) {
            assertThat(client.charge(call("cust-1", 1))).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                    unanswered -> assertThat(unanswered.reason()).isEqualTo("server_error"));
            assertThat(client.lookUp(call("cust-1", 1))).isInstanceOf(LedgerLookup.Unreadable.class);
        }
    }

    @Test
    void givesUpWaitingAfterItsTimeout() throws Exception {
        try (var stub = StubProvider.silent();
             var client = new HttpPaymentProvider(stub.url(), Duration.ofMillis(200))) {
            assertThat(client.charge(call("cust-1", 1))).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                    unanswered -> assertThat(unanswered.reason()).isEqualTo("timeout"));
        }
    }

    @Test
    void seesAProviderThatIsNotThereAsUnanswered() throws Exception {
        URI nowhere;
        try (var stub = StubProvider.answering(200, "")) {
            nowhere = stub.url();
        }
        try (var client = new HttpPaymentProvider(nowhere, Duration.ofSeconds(2))) {
            assertThat(client.charge(call("cust-1", 1))).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                    unanswered -> assertThat(unanswered.reason()).isEqualTo("network_error"));
            assertThat(client.lookUp(call("cust-1", 1))).isInstanceOf(LedgerLookup.Unreadable.class);
        }
    }

    @Test
    void findsTheChargeOfAReferenceThatMustBeEncodedInTheQuery() throws Exception {
        String reference = "order 1/+&=ü?" + UUID.randomUUID();
        ChargeCall call = new ChargeCall("order/" + UUID.randomUUID() + "/charge", "cust-1", 700, "EUR", reference);

        ChargeOutcome charged = provider.charge(call);

        assertThat(mock.chargesFor(reference)).singleElement()
                .satisfies(charge -> assertThat(charge.reference()).isEqualTo(reference));
        assertThat(provider.lookUp(call)).isEqualTo(new LedgerLookup.Found(charged));
    }

    @Test
    void chargesEveryOneOfManyCallsInFlightAtOnceExactlyOnce() throws Exception {
        List<ChargeCall> calls = IntStream.range(0, 300).mapToObj(i -> call("cust-1", 10 + i)).toList();

        List<ChargeOutcome> outcomes;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ChargeOutcome>> inFlight = new ArrayList<>();
            for (ChargeCall call : calls) {
                inFlight.add(threads.submit(() -> provider.charge(call)));
            }
            outcomes = new ArrayList<>();
            for (Future<ChargeOutcome> outcome : inFlight) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ChargeOutcome.Captured.class));
        assertThat(calls).allSatisfy(call -> assertThat(mock.chargesFor(call.reference())).singleElement()
                .satisfies(charge -> assertThat(charge.amount()).isEqualTo(call.amount())));
    }

    @Test
    void aCallOfAnInterruptedThreadIsAnInterruptionAndChargesNothing() {
        ChargeCall call = call("cust-1", 100);

        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> provider.charge(call)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> provider.lookUp(call)).isInstanceOf(InterruptedException.class);
        assertThat(mock.chargesFor(call.reference())).isEmpty();
    }

    @Test
    void aCallInterruptedWhileWaitingForItsAnswerIsAnInterruptionNotANetworkError() throws Exception {
        try (var stub = StubProvider.silent();
             var client = new HttpPaymentProvider(stub.url(), Duration.ofSeconds(30))) {
            var thrown = new CompletableFuture<Throwable>();
            Thread caller = Thread.ofVirtual().start(() -> {
                try {
                    thrown.complete(new AssertionError("answered: " + client.charge(call("cust-1", 1))));
                } catch (Throwable e) {
                    thrown.complete(e);
                }
            });
            stub.awaitRequest();

            caller.interrupt();

            assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void givesUpOnAProviderThatNeverTakesTheConnectionAfterItsTimeout() throws Exception {
        try (var full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             var first = new Socket(full.getInetAddress(), full.getLocalPort());
             var second = new Socket(full.getInetAddress(), full.getLocalPort());
             var client = new HttpPaymentProvider(URI.create("http://localhost:" + full.getLocalPort()),
                     Duration.ofMillis(300))) {
            assertThat(client.charge(call("cust-1", 1))).isInstanceOfSatisfying(ChargeOutcome.Unanswered.class,
                    unanswered -> assertThat(unanswered.reason()).isEqualTo("timeout"));
        }
    }

    private static ChargeCall call(String customerId, long amount) {
        String orderId = "order-" + UUID.randomUUID();
        return new ChargeCall("order/" + orderId + "/charge", customerId, amount, "EUR", orderId);
    }
}
