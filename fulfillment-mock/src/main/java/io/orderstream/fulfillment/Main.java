package io.orderstream.fulfillment;

import io.orderstream.platform.config.Env;

/**
 * Starts the fulfillment-mock; SIGTERM closes it gracefully: its loops stop polling, commit what finishes within half the close
 * timeout, and leave the group.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        FulfillmentMockService service = FulfillmentMockService.start(Env.system());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "fulfillment-mock-shutdown"));
    }
}
