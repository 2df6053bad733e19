package io.orderstream.orderapi;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.orderapi.api.OrderRoutes;
import io.orderstream.orderapi.command.CommandResultListener;
import io.orderstream.orderapi.command.KafkaCommandGateway;
import io.orderstream.orderapi.command.PendingCommands;
import io.orderstream.orderapi.consumer.ConsumerLoop;
import io.orderstream.orderapi.consumer.ConsumerLoopReadiness;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.OrderProjection;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.orderapi.store.ProjectionListener;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.health.DatabaseReadiness;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import java.time.Clock;
import java.time.Duration;

/**
 * The running order-api: read model, Kafka clients and HTTP server, started in dependency order and
 * closed in reverse (server, consumers, producer, database).
 * ORDER_API_PORT (8080), ORDER_API_COMMAND_TIMEOUT (PT5S), and the platform's variables.
 */
public final class OrderApi implements AutoCloseable {

    static final String SERVICE_NAME = "order-api";
    static final int DEFAULT_PORT = 8080;
    static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(5);
    /** The largest body POST /orders reads; larger ones are answered with 413. */
    static final long MAX_PAYLOAD_BYTES = 256 * 1024;

    private final ClosingStack resources;
    private final ServiceServer server;

    private OrderApi(ClosingStack resources, ServiceServer server) {
        this.resources = resources;
        this.server = server;
    }

    /** Starts everything; on a failure closes what did start and rethrows. */
    public static OrderApi start(Env env) {
        var resources = new ClosingStack();
        try {
            return new OrderApi(resources, startAll(env, resources));
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    private static ServiceServer startAll(Env env, ClosingStack resources) {
        KafkaSettings settings = KafkaSettings.from(env);
        new TopicProvisioner(settings).createMissing(TopicCatalog.ALL);
        Database database = resources.push(Database.connect(env, SERVICE_NAME).migrate());
        AvroSerdes serdes = AvroSerdes.registry(settings);
        MeterRegistry meters = ServiceMetrics.registry();
        var pending = new PendingCommands();
        var gateway = resources.push(KafkaCommandGateway.connect(settings, serdes, pending,
                env.duration("ORDER_API_COMMAND_TIMEOUT", DEFAULT_COMMAND_TIMEOUT), meters));
        ConsumerLoop<?> results = resources.push(CommandResultListener.start(settings, serdes, pending));
        ConsumerLoop<?> projection = resources.push(ProjectionListener.start(settings, serdes,
                new OrderProjection(database.dataSource())));
        var routes = new OrderRoutes(gateway, new OrderReadModel(database.dataSource()),
                new IdempotencyKeys(database.dataSource()), Clock.systemUTC(), meters);
        return resources.push(httpServer(env, routes)
                .readiness(new DatabaseReadiness(database.dataSource()))
                .readiness(new ConsumerLoopReadiness(projection))
                .readiness(new ConsumerLoopReadiness(results))
                .start());
    }

    /** The HTTP side without its readiness checks: port, body limit, routes. */
    public static ServiceServer.Builder httpServer(Env env, OrderRoutes routes) {
        return ServiceServer.builder(SERVICE_NAME)
                .port(env, "ORDER_API_PORT", DEFAULT_PORT)
                .maxPayloadSize(MAX_PAYLOAD_BYTES)
                .routes(routes::register);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        resources.close();
    }
}
