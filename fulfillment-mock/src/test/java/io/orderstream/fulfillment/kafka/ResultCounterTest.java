package io.orderstream.fulfillment.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.platform.loop.FailedRecord;
import io.orderstream.platform.loop.ProcessedBatch;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.FulfillmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class ResultCounterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ResultCounter counter = new ResultCounter(registry);

    @Test
    void countsCommittedResultsByStatus() {
        counter.committed(batch(List.of(result(FulfillmentStatus.SUCCEEDED), result(FulfillmentStatus.SUCCEEDED),
                result(FulfillmentStatus.FAILED)), List.of()));

        assertThat(count("orderstream.fulfillment.results", "SUCCEEDED")).isEqualTo(2);
        assertThat(count("orderstream.fulfillment.results", "FAILED")).isEqualTo(1);
    }

    @Test
    void countsDeadLettersButNotRetries() {
        counter.committed(batch(List.of(), List.of(failed(FailedRecord.Route.DEAD_LETTER),
                failed(FailedRecord.Route.RETRY))));

        assertThat(registry.get("orderstream.fulfillment.dead.letters").counter().count()).isEqualTo(1);
    }

    private static FailedRecord failed(FailedRecord.Route route) {
        return new FailedRecord(new ConsumerRecord<>("t", 0, 0, new byte[0], new byte[0]), route, "t", "reason");
    }

    private double count(String name, String status) {
        return registry.get(name).tag("status", status).counter().count();
    }

    private static ProcessedBatch<FulfillmentResult> batch(List<FulfillmentResult> results,
                                                           List<FailedRecord> failed) {
        return new ProcessedBatch<>(List.of(),
                results.stream().map(r -> new ProducerRecord<>("results", r.getOrderId(), r)).toList(),
                failed, Map.of(), Map.of());
    }

    private static FulfillmentResult result(FulfillmentStatus status) {
        return FulfillmentResult.newBuilder().setRequestId("r").setOrderId("o").setStatus(status)
                .setCompletedAt(Instant.EPOCH).build();
    }
}
