package io.orderstream.orderapi;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.orderapi.merchant.ApiKeyCallers;
import io.orderstream.orderapi.access.Callers;
import io.orderstream.orderapi.merchant.AdminToken;
import io.orderstream.orderapi.merchant.MerchantChanges;
import io.orderstream.orderapi.merchant.MerchantPublisher;
import io.orderstream.orderapi.merchant.MerchantRoutes;
import io.orderstream.orderapi.api.OrderRoutes;
import io.orderstream.orderapi.command.CommandResultListener;
import io.orderstream.orderapi.command.DecodedResults;
import io.orderstream.orderapi.command.KafkaCommandGateway;
import io.orderstream.orderapi.command.PendingCommands;
import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.consumer.ConsumerLoopReadiness;
import io.orderstream.platform.consumer.DeadLetters;
import io.orderstream.platform.consumer.ListenerContext;
import io.orderstream.orderapi.execution.CommandExecutor;
import io.orderstream.orderapi.store.CommandLog;
import io.orderstream.orderapi.store.InvoiceNumbers;
import io.orderstream.orderapi.store.IdempotencyKeys;
import io.orderstream.orderapi.store.MerchantStore;
import io.orderstream.orderapi.store.PayoutStore;
import io.orderstream.orderapi.store.OrderEventLog;
import io.orderstream.orderapi.store.OrderProjection;
import io.orderstream.orderapi.store.OrderReadModel;
import io.orderstream.orderapi.store.ReadModelListeners;
import io.orderstream.orderapi.store.RetentionCleanup;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.health.BrokerReadiness;
import io.orderstream.platform.health.DatabaseReadiness;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.time.TimeSource;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The running order-api: database, Kafka clients and HTTP server, started in dependency order and
 * closed in reverse (server, consumers, producer, database). Configured by {@link OrderApiSettings},
 * ORDER_API_PORT (8080), ORDERSTREAM_ADMIN_TOKEN (the operator's, for the merchant endpoints) and the platform's
 * variables.
 */
public final class OrderApi implements AutoCloseable {

    static final String SERVICE_NAME = "order-api";
    static final int DEFAULT_PORT = 8080;
    /** The largest body a POST reads; larger ones are answered with 413. */
    static final long MAX_PAYLOAD_BYTES = 1024 * 1024;
    /**
     * The topics it writes (commands, merchants) and reads (results, snapshots, events, merchants): their schemas are
     * registered first.
     */
    public static final List<Topic<?>> TOPICS = List.of(TopicCatalog.ORDER_COMMANDS, TopicCatalog.ORDER_COMMAND_RESULTS,
            TopicCatalog.ORDER_STATE, TopicCatalog.ORDER_EVENTS, TopicCatalog.MERCHANTS);

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
            return new OrderApi(resources, startAll(env, OrderApiSettings.from(env), resources));
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    private static ServiceServer startAll(Env env, OrderApiSettings settings, ClosingStack resources) {
        KafkaSettings kafka = KafkaSettings.from(env);
        new TopicProvisioner(kafka).createMissing(TopicCatalog.ALL);
        DataSource database = resources.push(Database.connect(env, SERVICE_NAME).migrate()).dataSource();
        AvroSerdes serdes = AvroSerdes.registry(kafka);
        serdes.registerAll(TOPICS, AvroSerdes.REGISTRATION_TIMEOUT); // before any producer or consumer starts
        MeterRegistry meters = ServiceMetrics.registry();
        TimeSource time = TimeSource.system();
        var pending = new PendingCommands();
        var decoded = new DecodedResults(pending, DecodedResults.DEFAULT_BUDGET_BYTES);
        var gateway = resources.push(KafkaCommandGateway.connect(kafka, serdes, pending, meters, time));
        var commandLog = new CommandLog(database);
        var keys = new IdempotencyKeys(database, settings.idempotencyTtl(), settings.waits().lease());
        resources.push(RetentionCleanup.start(keys, commandLog, settings.idempotencyTtl(),
                settings.idempotencyCleanup()));
        var eventLog = new OrderEventLog(database);
        var merchants = new MerchantStore(database);
        Callers callers = new ApiKeyCallers(merchants);
        var context = new ListenerContext(kafka, serdes, database,
                resources.push(DeadLetters.connect(kafka, SERVICE_NAME)));
        List<ConsumerLoop> listeners = List.of(
                resources.push(CommandResultListener.start(kafka, serdes, pending, decoded)),
                resources.push(ReadModelListeners.orderStates(context, new OrderProjection(database))),
                resources.push(ReadModelListeners.orderEvents(context, eventLog)),
                resources.push(ReadModelListeners.commandOutcomes(context, commandLog, decoded)),
                resources.push(ReadModelListeners.merchants(context, merchants)));
        var executor = new CommandExecutor(gateway, commandLog, keys, settings.waits(), time);
        var routes = new OrderRoutes(executor, new OrderReadModel(database), eventLog, commandLog,
                new InvoiceNumbers(database), callers);
        var changes = new MerchantChanges(merchants, resources.push(MerchantPublisher.connect(kafka, serdes)), time,
                settings.waits().command());
        var merchantRoutes = new MerchantRoutes(changes, merchants, new PayoutStore(database), AdminToken.from(env),
                callers);
        ServiceServer.Builder server = httpServer(env, routes).routes(merchantRoutes::register)
                .readiness(new DatabaseReadiness(database))
                .readiness(resources.push(BrokerReadiness.connect(kafka, "order-api-readiness")));
        listeners.forEach(listener -> server.readiness(
                new ConsumerLoopReadiness(listener, ConsumerLoopReadiness.STUCK_AFTER, Clock.systemUTC())));
        return resources.push(server.start());
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
