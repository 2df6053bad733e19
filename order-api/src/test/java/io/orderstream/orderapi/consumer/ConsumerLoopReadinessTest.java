package io.orderstream.orderapi.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.health.HealthCheckResponse;
import io.orderstream.localstack.Eventually;
import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.consumer.ConsumerLoopReadiness;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A consumer loop on Kafka's mock consumer, as its readiness reports it. */
class ConsumerLoopReadinessTest {

    private static final TopicPartition PARTITION = new TopicPartition("orders.events", 0);
    private static final Duration ASYNC = Duration.ofSeconds(10);

    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final AtomicBoolean failing = new AtomicBoolean(true);
    private ConsumerLoop loop;

    @AfterEach
    void close() {
        if (loop != null) {
            loop.close();
        }
    }

    private ConsumerLoopReadiness startWithOneRecord(Duration stuckAfter) {
        consumer.assign(java.util.List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.addRecord(new ConsumerRecord<>(PARTITION.topic(), 0, 0L, new byte[0], new byte[0]));
        loop = ConsumerLoop.start("order-api-events", consumer, (records, attempt) -> {
            if (failing.get()) {
                throw new IllegalStateException("the database refuses the row");
            }
        });
        return new ConsumerLoopReadiness(loop, stuckAfter, Clock.systemUTC());
    }

    @Test
    void a_loop_failing_for_longer_than_allowed_is_down_as_stuck_with_its_reason() throws Exception {
        ConsumerLoopReadiness readiness = startWithOneRecord(Duration.ZERO);

        HealthCheckResponse response = Eventually.await(ASYNC, readiness::call,
                r -> r.status() == HealthCheckResponse.Status.DOWN);

        assertThat(response.details()).containsEntry("state", "stuck");
        assertThat(response.details().get("reason").toString()).contains("the database refuses the row");
    }

    @Test
    void a_loop_failing_for_less_than_allowed_is_still_up() throws Exception {
        ConsumerLoopReadiness readiness = startWithOneRecord(Duration.ofHours(1));

        Eventually.await(ASYNC, () -> loop.stall(), java.util.Optional::isPresent);

        assertThat(readiness.call().status()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void a_loop_that_gets_its_batches_through_is_up() throws Exception {
        failing.set(false);
        ConsumerLoopReadiness readiness = startWithOneRecord(Duration.ZERO);

        Eventually.await(ASYNC, () -> consumer.position(PARTITION), position -> position == 1L);

        assertThat(loop.stall()).isEmpty();
        assertThat(readiness.call().status()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void a_closed_loop_is_down() {
        ConsumerLoopReadiness readiness = startWithOneRecord(Duration.ofHours(1));

        loop.close();

        assertThat(readiness.call().status()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(readiness.call().details()).containsEntry("state", "stopped");
    }

    @Test
    void the_backoff_doubles_from_its_first_value_up_to_its_maximum() {
        assertThat(ConsumerLoop.backoff(1)).isEqualTo(ConsumerLoop.FIRST_BACKOFF);
        assertThat(ConsumerLoop.backoff(2)).isEqualTo(ConsumerLoop.FIRST_BACKOFF.multipliedBy(2));
        assertThat(ConsumerLoop.backoff(100)).isEqualTo(ConsumerLoop.MAX_BACKOFF);
    }
}
