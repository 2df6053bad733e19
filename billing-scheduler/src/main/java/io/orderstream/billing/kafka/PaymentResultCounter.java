package io.orderstream.billing.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.platform.loop.LoopListener;
import io.orderstream.platform.loop.ProcessedBatch;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.util.EnumMap;
import java.util.Map;

/** Counts committed results: {@code orderstream.payments.results} tagged {@code status}. */
public final class PaymentResultCounter implements LoopListener<PaymentResult> {

    private final Map<PaymentStatus, Counter> results = new EnumMap<>(PaymentStatus.class);

    public PaymentResultCounter(MeterRegistry registry) {
        for (PaymentStatus status : PaymentStatus.values()) {
            results.put(status, Counter.builder("orderstream.payments.results")
                    .description("Payment results sent")
                    .tag("status", status.name())
                    .register(registry));
        }
    }

    @Override
    public void committed(ProcessedBatch<PaymentResult> batch) {
        batch.outputs().forEach(output -> results.get(output.value().getStatus()).increment());
    }
}
