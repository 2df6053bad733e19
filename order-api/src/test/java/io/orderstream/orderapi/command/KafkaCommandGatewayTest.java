package io.orderstream.orderapi.command;

import static io.orderstream.orderapi.command.PendingCommandsTest.resultOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.platform.time.ManualTimeSource;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The gateway around Kafka's MockProducer, whose sends are answered as a test tells, on manual time: a test moves
 * the time on where Kafka or the processor would take it, so nothing waits for real.
 */
class KafkaCommandGatewayTest {

    private static final String TOPIC = "test.orders.commands";
    private static final Duration TIMEOUT = Duration.ofHours(1);
    /** Bounds a test that would wait the whole TIMEOUT if the gateway did not measure on the time source. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    private final PendingCommands pending = new PendingCommands();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ManualTimeSource time = new ManualTimeSource();

    private static OrderCommand command(String commandId) {
        return OrderCommand.newBuilder()
                .setCommandId(commandId)
                .setOrderId("order-1")
                .setIssuedAt(Instant.parse("2026-11-21T12:00:00Z"))
                .setPayload(new CancelOrder(null))
                .build();
    }

    private KafkaCommandGateway gatewayAnsweringWith(BiConsumer<OrderCommand, Callback> answer) {
        return new KafkaCommandGateway(new AnsweringProducer(answer), TOPIC, pending, meters, time);
    }

    @Test
    void the_result_of_the_sent_command_is_returned() {
        // the result comes while send() still runs: only a future registered before producing can catch it
        var gateway = gatewayAnsweringWith((command, callback) -> pending.complete(resultOf(command.getCommandId())));

        assertThat(gateway.send(command("command-1"), TIMEOUT)).contains(resultOf("command-1"));
    }

    @Test
    void the_command_is_keyed_by_its_order_id() {
        var producer = new AnsweringProducer((command, callback) -> pending.complete(resultOf(command.getCommandId())));
        var gateway = new KafkaCommandGateway(producer, TOPIC, pending, meters, time);

        gateway.send(command("command-1"), TIMEOUT);

        assertThat(producer.history()).singleElement()
                .satisfies(record -> assertThat(record.topic()).isEqualTo(TOPIC))
                .satisfies(record -> assertThat(record.key()).isEqualTo("order-1"));
    }

    @Test
    void no_result_within_the_timeout_is_empty_and_not_waited_for_any_longer() {
        var gateway = gatewayAnsweringWith((command, callback) -> { });

        assertThat(gateway.send(command("command-1"), Duration.ofMillis(200))).isEmpty();
        assertThat(pending.size()).isZero();
    }

    @Test
    void time_spent_in_a_slow_send_counts_toward_the_timeout() {
        // a first send blocks on metadata and schema registration; the caller still waits at most the timeout
        var gateway = gatewayAnsweringWith((command, callback) -> time.advance(TIMEOUT.multipliedBy(2)));

        var answer = assertTimeoutPreemptively(PROMPTLY, () -> gateway.send(command("command-1"), TIMEOUT));

        assertThat(answer).isEmpty();
        assertThat(pending.size()).isZero();
    }

    @Test
    void a_command_kafka_refuses_is_not_sent() {
        var gateway = gatewayAnsweringWith((command, callback) ->
                callback.onCompletion(null, new TimeoutException("no broker")));

        assertThatThrownBy(() -> gateway.send(command("command-1"), TIMEOUT))
                .isInstanceOf(CommandNotSentException.class)
                .hasMessageContaining("command-1").hasMessageContaining("no broker");
        assertThat(pending.size()).isZero();
    }

    @Test
    void the_latency_of_answered_commands_is_timed_per_command_and_outcome() {
        var gateway = gatewayAnsweringWith((command, callback) -> pending.complete(resultOf(command.getCommandId())));

        gateway.send(command("command-1"), TIMEOUT);

        assertThat(meters.get(KafkaCommandGateway.LATENCY_METER).tag("command", "CancelOrder")
                .tag("outcome", "ACCEPTED").timer().count()).isOne();
    }

    @Test
    void the_latency_is_the_time_from_sending_to_the_result() {
        var gateway = gatewayAnsweringWith((command, callback) -> {
            time.advance(Duration.ofMillis(70));
            pending.complete(resultOf(command.getCommandId()));
        });

        gateway.send(command("command-1"), TIMEOUT);

        assertThat(meters.get(KafkaCommandGateway.LATENCY_METER).tag("outcome", "ACCEPTED").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(70);
    }

    @Test
    void a_command_answered_too_late_is_timed_as_timed_out() {
        var gateway = gatewayAnsweringWith((command, callback) -> time.advance(TIMEOUT));

        assertTimeoutPreemptively(PROMPTLY, () -> gateway.send(command("command-1"), TIMEOUT));

        assertThat(meters.get(KafkaCommandGateway.LATENCY_METER).tag("outcome", KafkaCommandGateway.TIMED_OUT)
                .timer().totalTime(TimeUnit.MILLISECONDS))
                .isGreaterThanOrEqualTo(TIMEOUT.toMillis());
    }

    /** Kafka's MockProducer, which answers every send as the test says. */
    private static final class AnsweringProducer extends MockProducer<String, OrderCommand> {

        private final BiConsumer<OrderCommand, Callback> answer;

        AnsweringProducer(BiConsumer<OrderCommand, Callback> answer) {
            super(true, null, new StringSerializer(), (topic, value) -> new byte[0]);
            this.answer = answer;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, OrderCommand> record,
                                                        Callback callback) {
            Future<RecordMetadata> sent = super.send(record, null);
            answer.accept(record.value(), callback);
            return sent;
        }
    }
}
