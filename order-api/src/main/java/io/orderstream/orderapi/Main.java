package io.orderstream.orderapi;

import io.orderstream.platform.config.Env;

/** Starts the order-api from the environment; SIGTERM closes it gracefully. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OrderApi api = OrderApi.start(Env.system());
        Runtime.getRuntime().addShutdownHook(new Thread(api::close, "order-api-shutdown"));
    }
}
