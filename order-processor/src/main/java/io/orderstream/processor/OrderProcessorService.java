package io.orderstream.processor;

import io.orderstream.platform.config.Env;
import io.orderstream.platform.health.BrokerReadiness;
import io.orderstream.platform.health.KafkaStreamsReadiness;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.streams.StreamsConfigs;
import io.orderstream.processor.domain.OrderPolicy;
import io.orderstream.processor.stream.CurrentInputs;
import io.orderstream.processor.stream.OrderTopology;
import io.orderstream.processor.stream.ThreadReplacement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The running order-processor: the Streams application and its HTTP side (health, metrics).
 * ORDER_PROCESSOR_PORT (8081), STATE_DIR (where Streams keeps its stores), the commit interval, threads and linger
 * of {@link StreamsTuning}, and the platform's variables.
 */
public final class OrderProcessorService implements AutoCloseable {

    static final String APPLICATION_ID = "order-processor";

    /** How long start-up waits for the registry to take every topic's schema before it gives up. */
    static final Duration SCHEMA_REGISTRATION_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaStreams streams;
    private final ServiceServer server;
    private final Admin admin;
    private final CurrentInputs inputs;

    private OrderProcessorService(KafkaStreams streams, ServiceServer server, Admin admin, CurrentInputs inputs) {
        this.streams = streams;
        this.server = server;
        this.admin = admin;
        this.inputs = inputs;
    }

    public static OrderProcessorService start(Env env) {
        return start(env, Map.of());
    }

    /** @param streamsOverrides Streams settings that replace the service's own (tests: a smaller record limit) */
    static OrderProcessorService start(Env env, Map<String, Object> streamsOverrides) {
        KafkaSettings settings = KafkaSettings.from(env);
        new TopicProvisioner(settings).createMissing(TopicCatalog.ALL);
        Path stateDir = Path.of(env.string("STATE_DIR",
                Path.of(System.getProperty("java.io.tmpdir"), "orderstream", APPLICATION_ID).toString()));
        AvroSerdes serdes = AvroSerdes.registry(settings);
        serdes.registerAll(TopicCatalog.ALL, SCHEMA_REGISTRATION_TIMEOUT); // no record waits for a registration
        var inputs = new CurrentInputs();
        var config = new Properties();
        config.putAll(StreamsConfigs.exactlyOnce(settings, APPLICATION_ID, stateDir,
                TopicCatalog.ORDER_COMMANDS.deadLetterName()));
        config.putAll(StreamsTuning.from(env).config());
        config.putAll(OrderTopology.errorHandlerConfig(inputs));
        config.putAll(streamsOverrides);
        var topology = OrderTopology.build(settings, serdes, topologySettings(env), ServiceMetrics.registry(), inputs);
        var streams = new KafkaStreams(topology, config);
        streams.setUncaughtExceptionHandler(new ThreadReplacement(inputs));
        ServiceMetrics.bind(streams);
        streams.start();
        Admin admin = Admin.create(KafkaClientConfigs.admin(settings));
        ServiceServer server = ServiceServer.builder(APPLICATION_ID)
                .port(env, "ORDER_PROCESSOR_PORT", 8081)
                .readiness(new KafkaStreamsReadiness(streams))
                .readiness(new BrokerReadiness(admin))
                .start();
        return new OrderProcessorService(streams, server, admin, inputs);
    }

    /**
     * ORDER_MAX_TOTAL (1000000, whole currency units), FULFILLMENT_TIMEOUT (PT60S),
     * FULFILLMENT_MAX_ATTEMPTS (3), FULFILLMENT_CHECK_INTERVAL (PT1S; also for charges),
     * CHARGE_TIMEOUT (PT30S), CHARGE_MAX_ATTEMPTS (5), INVOICE_PAYMENT_TERM (P30D: when a pay-later order's buyer
     * invoice is due after its shipment, an ISO-8601 duration).
     */
    static OrderTopology.Settings topologySettings(Env env) {
        var defaults = OrderTopology.Settings.DEFAULT;
        var policy = new OrderPolicy(
                env.longValue("ORDER_MAX_TOTAL", defaults.policy().maxTotalMajorUnits()),
                env.duration("FULFILLMENT_TIMEOUT", defaults.policy().fulfillmentTimeout()),
                env.integer("FULFILLMENT_MAX_ATTEMPTS", defaults.policy().fulfillmentAttempts()),
                env.duration("CHARGE_TIMEOUT", defaults.policy().chargeTimeout()),
                env.integer("CHARGE_MAX_ATTEMPTS", defaults.policy().chargeAttempts()),
                env.duration("INVOICE_PAYMENT_TERM", defaults.policy().invoicePaymentTerm()));
        return new OrderTopology.Settings(policy,
                env.duration("FULFILLMENT_CHECK_INTERVAL", defaults.deadlineCheckInterval()));
    }

    public int port() {
        return server.port();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        server.close();
        // leaving the group hands the partitions over at once instead of after the session timeout
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        admin.close(Duration.ofSeconds(5));
        inputs.close();
    }
}
