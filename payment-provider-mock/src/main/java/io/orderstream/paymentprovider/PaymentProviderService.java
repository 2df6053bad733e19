package io.orderstream.paymentprovider;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.paymentprovider.domain.GatewaySettings;
import io.orderstream.paymentprovider.domain.Sleeper;
import io.orderstream.paymentprovider.http.ChargeRoutes;
import io.orderstream.paymentprovider.http.TransferRoutes;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.time.TimeSource;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The running payment-provider-mock: the gateway behind its HTTP API, with health, metrics and OpenAPI.
 * PAYMENT_PROVIDER_PORT (8084) and the variables of {@link GatewayEnvironment}.
 */
public final class PaymentProviderService implements AutoCloseable {

    static final String NAME = "payment-provider-mock";
    private static final System.Logger LOG = System.getLogger(NAME);

    private final ServiceServer server;

    private PaymentProviderService(ServiceServer server) {
        this.server = server;
    }

    public static PaymentProviderService start(Env env) {
        GatewaySettings settings = GatewayEnvironment.read(env, () -> ThreadLocalRandom.current().nextLong());
        LOG.log(System.Logger.Level.INFO, "gateway " + settings + " (set " + GatewayEnvironment.SEED
                + "=" + settings.seed() + " to replay its declines and faults)");
        return start(env, Gateway.create(settings, Sleeper.on(TimeSource.system()), Clock.systemUTC()), ServiceMetrics.registry());
    }

    /** Serves the given gateway; tests pass one with scripted faults. */
    public static PaymentProviderService start(Env env, Gateway gateway, MeterRegistry registry) {
        var routes = new ChargeRoutes(gateway, registry);
        var transfers = new TransferRoutes(gateway, registry);
        ServiceServer server = ServiceServer.builder(NAME)
                .port(env, "PAYMENT_PROVIDER_PORT", 8084)
                .routes(routing -> {
                    routes.register(routing);
                    transfers.register(routing);
                })
                .start();
        return new PaymentProviderService(server);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
