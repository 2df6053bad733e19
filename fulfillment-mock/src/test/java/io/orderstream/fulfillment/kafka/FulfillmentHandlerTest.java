package io.orderstream.fulfillment.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.fulfillment.warehouse.Warehouse;
import io.orderstream.fulfillment.warehouse.WarehouseSettings;
import io.orderstream.platform.time.ManualTimeSource;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.RequestedLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class FulfillmentHandlerTest {

    private final Warehouse warehouse = new Warehouse(new WarehouseSettings(42, 1.0, Duration.ZERO));
    private final ManualTimeSource time = new ManualTimeSource();
    private final FulfillmentHandler handler =
            new FulfillmentHandler(warehouse, Duration.ZERO, "p.fulfillment.results", time);

    private final FulfillmentRequest request = FulfillmentRequest.newBuilder()
            .setRequestId("order-1/fulfillment").setOrderId("order-1").setAttempt(1).setCurrency("EUR")
            .setTotal(2500).setLines(List.of(new RequestedLine("MUG", 2, 1250L)))
            .setRequestedAt(Instant.parse("2026-11-21T10:00:00Z")).build();

    @Test
    void answersOnTheResultsTopicKeyedByOrderId() throws Exception {
        List<ProducerRecord<String, FulfillmentResult>> answers = handler.handle(record("order-1", request));

        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.topic()).isEqualTo("p.fulfillment.results");
            assertThat(answer.key()).isEqualTo("order-1");
            assertThat(answer.value()).isEqualTo(warehouse.fulfil(request));
        });
    }

    @Test
    void takesTheWorkTimeBeforeAnswering() throws Exception {
        var slowHandler = new FulfillmentHandler(warehouse, Duration.ofMinutes(3), "p.fulfillment.results", time);

        assertThat(slowHandler.handle(record("order-1", request))).hasSize(1);

        assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(3));
    }

    @Test
    void rejectsARequestWithoutValueWithoutWorkingOnIt() {
        assertThatThrownBy(() -> handler.handle(record("order-1", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tombstone");
        assertThat(time.slept()).isZero();
    }

    private static ConsumerRecord<String, FulfillmentRequest> record(String key, FulfillmentRequest value) {
        return new ConsumerRecord<>("p.fulfillment.requests", 0, 0, key, value);
    }
}
