package io.orderstream.billing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderstream.platform.loop.ProcessedBatch;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class PaymentResultCounterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PaymentResultCounter counter = new PaymentResultCounter(registry);

    @Test
    void countsCommittedResultsByStatus() {
        counter.committed(batch(PaymentStatus.CAPTURED, PaymentStatus.CAPTURED, PaymentStatus.FAILED));

        assertThat(count(PaymentStatus.CAPTURED)).isEqualTo(2);
        assertThat(count(PaymentStatus.FAILED)).isEqualTo(1);
        assertThat(count(PaymentStatus.DECLINED)).isZero();
    }

    private double count(PaymentStatus status) {
        return registry.get("orderstream.payments.results").tag("status", status.name()).counter().count();
    }

    private static ProcessedBatch<PaymentResult> batch(PaymentStatus... statuses) {
        List<ProducerRecord<String, PaymentResult>> outputs = List.of(statuses).stream()
                .map(status -> new ProducerRecord<>("results", "o", PaymentResult.newBuilder().setRequestId("r")
                        .setOrigin(PaymentOrigin.ORDER).setOriginId("o").setStatus(status).setAmount(1)
                        .setCurrency("EUR").setCompletedAt(Instant.EPOCH).build()))
                .toList();
        return new ProcessedBatch<>(List.of(), outputs, List.of(), Map.of(), Map.of());
    }
}
