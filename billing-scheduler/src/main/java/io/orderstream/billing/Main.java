package io.orderstream.billing;

import io.orderstream.platform.config.Env;

/**
 * Starts the billing scheduler; SIGTERM closes it gracefully: its loops stop polling, commit what finishes within half the close
 * timeout, and leave the group.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        BillingSchedulerService service = BillingSchedulerService.start(Env.system());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "billing-scheduler-shutdown"));
    }
}
