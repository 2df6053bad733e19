package io.orderstream.orderapi.command;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.time.Deadline;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces commands to orders.commands, keyed by order id, and waits for their results, which
 * {@link CommandResultListener} hands to the shared {@link PendingCommands}.
 */
public final class KafkaCommandGateway implements CommandGateway, AutoCloseable {

    /** Named apart from the processor's own orderstream.command.latency, which has other tags. */
    static final String LATENCY_METER = "orderstream.api.command.latency";
    static final String TIMED_OUT = "TIMED_OUT";
    /** How long a send may block on Kafka's metadata (broker unreachable) before the POST answers 503. */
    private static final Duration MAX_BLOCK = Duration.ofSeconds(10);

    private final Producer<String, OrderCommand> producer;
    private final String topic;
    private final PendingCommands pending;
    private final MeterRegistry meters;
    private final TimeSource time;

    KafkaCommandGateway(Producer<String, OrderCommand> producer, String topic, PendingCommands pending,
                        MeterRegistry meters, TimeSource time) {
        this.producer = producer;
        this.topic = topic;
        this.pending = pending;
        this.meters = meters;
        this.time = time;
    }

    /**
     * An idempotent producer of orders.commands (values in the registry's Avro), owned by the gateway. The schema
     * must be registered already ({@link AvroSerdes#registerAll}).
     */
    public static KafkaCommandGateway connect(KafkaSettings settings, AvroSerdes serdes, PendingCommands pending,
                                              MeterRegistry meters, TimeSource time) {
        Map<String, Object> config = KafkaClientConfigs.producer(settings, "order-api");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK.toMillis());
        String topic = settings.prefixed(TopicCatalog.ORDER_COMMANDS.name());
        Serializer<OrderCommand> serializer = serdes.valueSerde(TopicCatalog.ORDER_COMMANDS).serializer();
        warmUp(serializer, topic);
        Producer<String, OrderCommand> producer = new KafkaProducer<>(config, new StringSerializer(), serializer);
        ServiceMetrics.bind(producer);
        return new KafkaCommandGateway(producer, topic, pending, meters, time);
    }

    /**
     * Serializes one command before any request comes, so this serializer knows the (registered) schema's id.
     * Otherwise every request of the first burst misses its cache at once and asks the registry: hundreds of
     * registry calls that slow the whole system's start (seen: 11 s). The call is bounded (10 s).
     */
    private static void warmUp(Serializer<OrderCommand> serializer, String topic) {
        serializer.serialize(topic, OrderCommand.newBuilder()
                .setCommandId("schema-registration")
                .setOrderId("schema-registration")
                .setIssuedAt(Instant.EPOCH)
                .setPayload(new CancelOrder(null))
                .build());
    }

    @Override
    public Optional<CommandResult> send(OrderCommand command, Duration wait) {
        String commandId = command.getCommandId();
        long start = time.nanoTime();
        Deadline deadline = time.deadline(wait);
        CompletableFuture<CommandResult> result = pending.expect(commandId, command.getOrderId());
        try {
            produce(command, result);
            Optional<CommandResult> answer = await(result, commandId, deadline);
            latency(command, answer.map(r -> r.getOutcome().name()).orElse(TIMED_OUT)).record(time.since(start));
            return answer;
        } finally {
            pending.forget(commandId);
        }
    }

    private void produce(OrderCommand command, CompletableFuture<CommandResult> result) {
        try {
            producer.send(new ProducerRecord<>(topic, command.getOrderId(), command), (metadata, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(new CommandNotSentException(command.getCommandId(), failure));
                }
            });
        } catch (RuntimeException e) { // the serializer's own failures (registry unreachable) need not be Kafka's
            throw new CommandNotSentException(command.getCommandId(), e);
        }
    }

    /** The deadline counts from before the send, which may block on metadata and schema registration. */
    private static Optional<CommandResult> await(CompletableFuture<CommandResult> result, String commandId,
                                                 Deadline deadline) {
        try {
            return Optional.of(result.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof CommandNotSentException notSent
                    ? notSent : new CommandNotSentException(commandId, e.getCause());
        }
    }

    /** Per command kind and outcome (ACCEPTED, REJECTED, or TIMED_OUT when the request answered 202). */
    private Timer latency(OrderCommand command, String outcome) {
        return Timer.builder(LATENCY_METER)
                .description("From sending a command to receiving its result, or to giving up waiting")
                .tag("command", CommandKind.of(command).displayName())
                .tag("outcome", outcome)
                .register(meters);
    }

    /** Sends what is buffered, then closes the producer. */
    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
