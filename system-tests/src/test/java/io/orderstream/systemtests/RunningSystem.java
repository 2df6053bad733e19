package io.orderstream.systemtests;

import io.orderstream.fulfillment.FulfillmentMockService;
import io.orderstream.localstack.LocalStack;
import io.orderstream.orderapi.OrderApi;
import io.orderstream.platform.config.Env;
import io.orderstream.processor.OrderProcessorService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.streams.KafkaStreams;
import java.util.Map;
import java.util.UUID;

/**
 * Every service of Orderstream started in this JVM against the shared real stack,
 * isolated from other tests by its own topic prefix and database.
 */
final class RunningSystem implements AutoCloseable {

    private final OrderProcessorService processor;
    private final FulfillmentMockService warehouse;
    private final OrderApi api;

    private RunningSystem(OrderProcessorService processor, FulfillmentMockService warehouse, OrderApi api) {
        this.processor = processor;
        this.warehouse = warehouse;
        this.api = api;
    }

    static RunningSystem start() {
        LocalStack stack = LocalStack.shared();
        String isolation = "st" + UUID.randomUUID().toString().substring(0, 8);
        Env env = new Env(Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers()),
                Map.entry("SCHEMA_REGISTRY_URL", stack.registryUrl()),
                Map.entry("TOPIC_PREFIX", isolation + "."),
                Map.entry("TOPIC_PARTITIONS", "3"),
                Map.entry("DATABASE_URL", stack.jdbcUrl(isolation)),
                Map.entry("DATABASE_USER", stack.databaseUser()),
                Map.entry("DATABASE_PASSWORD", stack.databasePassword()),
                Map.entry("ORDER_API_PORT", "0"),
                Map.entry("ORDER_PROCESSOR_PORT", "0"),
                Map.entry("FULFILLMENT_MOCK_PORT", "0"),
                Map.entry("STATE_DIR", Path.of("target", "state", isolation).toAbsolutePath().toString())));
        OrderProcessorService processor = OrderProcessorService.start(env);
        awaitRunning(processor);
        return new RunningSystem(processor, FulfillmentMockService.start(env), OrderApi.start(env));
    }

    private static void awaitRunning(OrderProcessorService processor) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (processor.state() != KafkaStreams.State.RUNNING) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("order-processor not RUNNING after 60 s: " + processor.state());
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    String apiUrl() {
        return "http://localhost:" + api.port();
    }

    String processorUrl() {
        return "http://localhost:" + processor.port();
    }

    @Override
    public void close() {
        api.close();
        warehouse.close();
        processor.close();
    }
}
