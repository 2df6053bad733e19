package io.orderstream.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.orderstream.localstack.LocalStack;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.orderstream.schemas.order.PaymentTerms;

/**
 * The registry answering 500 (as it does while its PostgreSQL is down) in front of the real registry: the processor
 * reaches the registry through a proxy that forwards to it, or answers 500 while "down".
 */
class RegistryOutageIT {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "upgrade",
            "transfer-encoding", "keep-alive", "expect");

    private final AtomicBoolean registryDown = new AtomicBoolean();
    private final AtomicInteger answeredWith500 = new AtomicInteger();
    private final HttpClient forwarder = HttpClient.newHttpClient();
    private HttpServer proxy;
    private LocalStack stack;
    private KafkaSettings direct;
    private Env processorEnv;

    @BeforeEach
    void startProxy() throws IOException {
        stack = LocalStack.shared();
        proxy = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        proxy.createContext("/", this::forwardOrFail);
        proxy.start();
        String prefix = "ro" + UUID.randomUUID().toString().substring(0, 8) + ".";
        URI registry = URI.create(stack.registryUrl());
        String proxiedUrl = "http://localhost:" + proxy.getAddress().getPort() + registry.getPath();
        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "TOPIC_PREFIX", prefix,
                "TOPIC_PARTITIONS", "1",
                "ORDER_PROCESSOR_PORT", "0",
                "STATE_DIR", Path.of("target", "state", prefix).toAbsolutePath().toString());
        var processor = new java.util.HashMap<>(common);
        processor.put("SCHEMA_REGISTRY_URL", proxiedUrl);
        processorEnv = new Env(processor);
        var client = new java.util.HashMap<>(common);
        client.put("SCHEMA_REGISTRY_URL", stack.registryUrl());
        direct = KafkaSettings.from(new Env(client));
    }

    @AfterEach
    void stopProxy() {
        proxy.stop(0);
    }

    @Test
    void a_command_read_while_the_registry_answers_500_is_not_dead_lettered_and_is_processed_once_it_is_back() {
        try (var processor = OrderProcessorService.start(processorEnv)) {
            awaitRunning(processor);
            registryDown.set(true);
            send(create("o-during-outage"));

            await("the processor asked the registry and got 500", () -> answeredWith500.get() > 0);
            registryDown.set(false);

            OrderState created = awaitSnapshot("o-during-outage", Duration.ofSeconds(90));
            assertThat(created.getVersion()).isEqualTo(1);
            assertThat(deadLetters()).isEmpty();
            awaitRunning(processor);
        }
    }

    private void forwardOrFail(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (registryDown.get()) {
                answeredWith500.incrementAndGet();
                byte[] body = "{\"status\":500,\"title\":\"database unavailable\"}".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            URI target = URI.create(stack.registryUrl()).resolve(exchange.getRequestURI().toString());
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            var request = HttpRequest.newBuilder(target)
                    .method(exchange.getRequestMethod(), requestBody.length == 0
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(requestBody));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = forwarder.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static OrderCommand create(String orderId) {
        return new OrderCommand(UUID.randomUUID().toString(), orderId, Instant.now(), null,
                new CreateOrder("a@b.com", "EUR", List.of(new OrderLine("SKU-1", "Mug", 2, 1250L)), false, null, null, 0, PaymentTerms.PREPAID), null);
    }

    private void send(OrderCommand command) {
        var serializer = AvroSerdes.registry(direct).valueSerde(TopicCatalog.ORDER_COMMANDS).serializer();
        try (var producer = new KafkaProducer<>(KafkaClientConfigs.producer(direct, "it"), new StringSerializer(),
                serializer)) {
            producer.send(new ProducerRecord<>(direct.prefixed(TopicCatalog.ORDER_COMMANDS.name()),
                    command.getOrderId(), command));
        }
    }

    private OrderState awaitSnapshot(String orderId, Duration within) {
        var values = AvroSerdes.registry(direct).valueSerde(TopicCatalog.ORDER_STATE).deserializer();
        try (var consumer = new KafkaConsumer<>(KafkaClientConfigs.consumer(direct, "it-" + UUID.randomUUID()),
                new StringDeserializer(), values)) {
            consumer.subscribe(List.of(direct.prefixed(TopicCatalog.ORDER_STATE.name())));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.value().getOrderId().equals(orderId)) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no snapshot of " + orderId + " within " + within);
    }

    private List<byte[]> deadLetters() {
        List<byte[]> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(KafkaClientConfigs.consumer(direct, "it-" + UUID.randomUUID()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(direct.prefixed(TopicCatalog.ORDER_COMMANDS.deadLetterName())));
            Instant deadline = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> found.add(r.value()));
            }
        }
        return found;
    }

    private static void awaitRunning(OrderProcessorService processor) {
        await("the processor is running", () -> processor.state() == KafkaStreams.State.RUNNING);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
