package io.orderstream.paymentprovider;

import io.orderstream.platform.config.Env;

/** Starts the payment-provider-mock; SIGTERM stops it (its in-memory ledger goes with it). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PaymentProviderService service = PaymentProviderService.start(Env.system());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "payment-provider-mock-shutdown"));
    }
}
