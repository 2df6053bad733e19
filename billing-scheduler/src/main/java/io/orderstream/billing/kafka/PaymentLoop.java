package io.orderstream.billing.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.billing.PaymentWorkerSettings;
import io.orderstream.billing.payment.PaymentWorker;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
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
 * PAYMENT_WORKER_BATCH in one poll and one transaction, up to PAYMENT_WORKER_IN_FLIGHT taken and not yet committed
 * (a slow call holds up only the answers behind it on its partition); and into a second loop of its own ({@link #PAYOUT_NAME}: its consumer
 * group, transactional id, retry tiers {@code payouts.requests.retry.N} and {@code payouts.requests.dlq}) from
 * payouts.requests to payments.results, so that merchants' payouts never queue behind a billing run's charges.
 */
public final class PaymentLoop {

    /** The loop's consumer group and the first part of its transactional id. */
    public static final String NAME = "payment-worker";
    /** The payouts loop's consumer group and the first part of its transactional id. */
    public static final String PAYOUT_NAME = "payout-worker";

    private PaymentLoop() {
    }

    /** The loop of payments.requests (charges and refunds). */
    public static LoopSettings settings(KafkaSettings kafka, PaymentWorkerSettings settings) {
        return settings(NAME, TopicCatalog.PAYMENT_REQUESTS, kafka, settings);
    }

    /** The loop of payouts.requests, with the same retry backoffs, concurrency, batch, in-flight bound and commits. */
    public static LoopSettings payoutSettings(KafkaSettings kafka, PaymentWorkerSettings settings) {
        return settings(PAYOUT_NAME, TopicCatalog.PAYOUT_REQUESTS, kafka, settings);
    }

    private static LoopSettings settings(String name, Topic<PaymentRequest> input, KafkaSettings kafka,
                                         PaymentWorkerSettings settings) {
        return LoopSettings.defaults(name, settings.instanceId(), kafka.prefixed(input.name()))
                .withRetryTiers(settings.retryTiers())
                .withConcurrency(settings.concurrency())
                .withMaxRecordsPerTransaction(settings.batch())
                .withMaxInFlight(settings.maxInFlight())
                .withCommitInterval(settings.commitInterval());
    }

    /** The payments.requests loop; registers both topics' schemas first (bounded, retried up to {@link AvroSerdes#REGISTRATION_TIMEOUT}). */
    public static TransactionalLoop<PaymentRequest, PaymentResult> create(
            KafkaSettings kafka, PaymentWorkerSettings settings, PaymentWorker worker, MeterRegistry metrics) {
        return create(settings(kafka, settings), TopicCatalog.PAYMENT_REQUESTS, kafka, worker, metrics);
    }

    /** The payouts.requests loop, schemas registered first like {@link #create}'s. */
    public static TransactionalLoop<PaymentRequest, PaymentResult> createPayouts(
            KafkaSettings kafka, PaymentWorkerSettings settings, PaymentWorker worker, MeterRegistry metrics) {
        return create(payoutSettings(kafka, settings), TopicCatalog.PAYOUT_REQUESTS, kafka, worker, metrics);
    }

    private static TransactionalLoop<PaymentRequest, PaymentResult> create(LoopSettings loop,
            Topic<PaymentRequest> input, KafkaSettings kafka, PaymentWorker worker, MeterRegistry metrics) {
        AvroSerdes serdes = AvroSerdes.registry(kafka);
        serdes.registerAll(List.of(input, TopicCatalog.PAYMENT_RESULTS),
                AvroSerdes.REGISTRATION_TIMEOUT); // no record waits for a registration
        return TransactionalLoop.builder(loop, new KafkaLoopClients(kafka, loop),
                        serdes.valueSerde(input).deserializer(),
                        serdes.valueSerde(TopicCatalog.PAYMENT_RESULTS).serializer())
                .handler(new PaymentRequestHandler(worker, RetryTopics.of(loop),
                        kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name())))
                .listener(new PaymentResultCounter(metrics))
                .metrics(metrics)
                .build();
    }
}
