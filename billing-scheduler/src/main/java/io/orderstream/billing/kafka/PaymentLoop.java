package io.orderstream.billing.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.billing.PaymentWorkerSettings;
import io.orderstream.billing.payment.PaymentWorker;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.loop.KafkaLoopClients;
import io.orderstream.platform.loop.LoopSettings;
import io.orderstream.platform.loop.RetryTopics;
import io.orderstream.platform.loop.TransactionalLoop;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.util.List;

/**
 * Wires the payment worker into a transactional loop from payments.requests (and its retry tiers) to
 * payments.results, handling up to PAYMENT_WORKER_CONCURRENCY requests of different origins at a time, up to
 * PAYMENT_WORKER_BATCH in one transaction.
 */
public final class PaymentLoop {

    /** The loop's consumer group and the first part of its transactional id. */
    public static final String NAME = "payment-worker";

    private PaymentLoop() {
    }

    public static LoopSettings settings(KafkaSettings kafka, PaymentWorkerSettings settings) {
        return LoopSettings.defaults(NAME, settings.instanceId(), kafka.prefixed(TopicCatalog.PAYMENT_REQUESTS.name()))
                .withRetryTiers(settings.retryTiers())
                .withConcurrency(settings.concurrency())
                .withMaxRecordsPerTransaction(settings.batch());
    }

    /** Registers both topics' schemas first (bounded, retried up to {@link AvroSerdes#REGISTRATION_TIMEOUT}). */
    public static TransactionalLoop<PaymentRequest, PaymentResult> create(
            KafkaSettings kafka, PaymentWorkerSettings settings, PaymentWorker worker, MeterRegistry metrics) {
        LoopSettings loop = settings(kafka, settings);
        AvroSerdes serdes = AvroSerdes.registry(kafka);
        serdes.registerAll(List.of(TopicCatalog.PAYMENT_REQUESTS, TopicCatalog.PAYMENT_RESULTS),
                AvroSerdes.REGISTRATION_TIMEOUT); // no record waits for a registration
        return TransactionalLoop.builder(loop, new KafkaLoopClients(kafka, loop),
                        serdes.valueSerde(TopicCatalog.PAYMENT_REQUESTS).deserializer(),
                        serdes.valueSerde(TopicCatalog.PAYMENT_RESULTS).serializer())
                .handler(new PaymentRequestHandler(worker, RetryTopics.of(loop),
                        kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name())))
                .listener(new PaymentResultCounter(metrics))
                .metrics(metrics)
                .build();
    }
}
