package io.orderstream.processor;

import io.orderstream.platform.config.Env;

/** Starts the order-processor; SIGTERM closes it gracefully (Streams commits and leaves the group). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OrderProcessorService service = OrderProcessorService.start(Env.system());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "order-processor-shutdown"));
    }
}
