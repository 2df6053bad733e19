package io.orderstream.billing.kafka;

import io.orderstream.billing.payment.Attempt;
import io.orderstream.billing.payment.PaymentWorker;
import io.orderstream.platform.loop.RecordHandler;
import io.orderstream.platform.loop.RetryTopics;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Charges one payment request, from payments.requests or one of its retry tiers, and answers on payments.results
 * keyed like the request, by its origin's id. An unanswered charge is retried through the tiers (the worker throws a
 * retryable failure); given up on, the request is dead-lettered and its origin still gets an answer.
 */
public final class PaymentRequestHandler implements RecordHandler<PaymentRequest, PaymentResult> {

    private final PaymentWorker worker;
    private final RetryTopics retryTopics;
    private final String resultsTopic;

    public PaymentRequestHandler(PaymentWorker worker, RetryTopics retryTopics, String resultsTopic) {
        this.worker = worker;
        this.retryTopics = retryTopics;
        this.resultsTopic = resultsTopic;
    }

    @Override
    public List<ProducerRecord<String, PaymentResult>> handle(ConsumerRecord<String, PaymentRequest> record)
            throws Exception {
        if (record.value() == null) {
            throw new IllegalArgumentException("a payment request without value (a tombstone) for " + record.key());
        }
        var attempt = new Attempt(retryTopics.attemptOf(record), retryTopics.isLastAttempt(record));
        return answer(worker.pay(record.value(), attempt));
    }

    @Override
    public List<ProducerRecord<String, PaymentResult>> answerDeadLettered(
            ConsumerRecord<String, PaymentRequest> record, Exception lastFailure) throws InterruptedException {
        if (record.value() == null) {
            return List.of();
        }
        return answer(worker.givenUp(record.value(), retryTopics.attemptOf(record), lastFailure));
    }

    private List<ProducerRecord<String, PaymentResult>> answer(PaymentResult result) {
        return List.of(new ProducerRecord<>(resultsTopic, result.getOriginId(), result));
    }
}
