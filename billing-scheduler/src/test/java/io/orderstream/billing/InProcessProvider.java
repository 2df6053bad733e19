package io.orderstream.billing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.paymentprovider.PaymentProviderService;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.paymentprovider.domain.ChargeBook;
import io.orderstream.paymentprovider.domain.ChargeDecider;
import io.orderstream.paymentprovider.domain.Customers;
import io.orderstream.paymentprovider.domain.DeclinePolicy;
import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.paymentprovider.domain.Latency;
import io.orderstream.paymentprovider.domain.Payout;
import io.orderstream.paymentprovider.domain.Refund;
import io.orderstream.paymentprovider.domain.Sleeper;
import io.orderstream.platform.config.Env;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The real payment-provider-mock on a free port of this JVM: no declines but for {@code decline-} customers, the
 * network faults a test scripts, and a latency that is the test's choice (none by default).
 */
public final class InProcessProvider implements AutoCloseable {

    public final FaultScript faults = new FaultScript();
    private final Gateway gateway;
    private final PaymentProviderService service;

    public InProcessProvider() {
        this(Duration.ZERO, duration -> { });
    }

    /** Every charge call takes {@code latency}, spent in {@code sleeper}. */
    public InProcessProvider(Duration latency, Sleeper sleeper) {
        gateway = new Gateway(new Latency(latency, latency, new Random(1), sleeper), faults,
                new ChargeDecider(new Customers(), new DeclinePolicy(0, 1), Clock.systemUTC(),
                        ChargeDecider.randomChargeIds()),
                new ChargeBook());
        service = PaymentProviderService.start(new Env(Map.of("PAYMENT_PROVIDER_PORT", "0")), gateway,
                new SimpleMeterRegistry());
    }

    public URI url() {
        return URI.create("http://localhost:" + service.port());
    }

    /** The charges made for a reference, declined ones included, oldest first. */
    public List<Charge> chargesFor(String reference) {
        return gateway.chargesWithReference(reference);
    }

    /** The payouts made for a reference (a shipment id), oldest first. */
    public List<Payout> payoutsFor(String reference) {
        return gateway.payouts().stream().filter(payout -> reference.equals(payout.reference())).toList();
    }

    public List<Payout> payouts() {
        return gateway.payouts();
    }

    /** The refunds made for a reference (an order id), oldest first. */
    public List<Refund> refundsFor(String reference) {
        return gateway.refunds().stream().filter(refund -> reference.equals(refund.reference())).toList();
    }

    public List<Charge> charges() {
        return gateway.charges();
    }

    @Override
    public void close() {
        service.close();
    }
}
