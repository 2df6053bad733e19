package io.orderstream.billing;

import static io.orderstream.billing.RunningPaymentWorker.DEADLINE;
import static io.orderstream.billing.RunningPaymentWorker.orderCharge;
import static io.orderstream.billing.RunningPaymentWorker.shipmentPayout;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.paymentprovider.domain.Payout;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A payment worker that stops and starts again resumes where it stopped: no request lost, none charged (paid out)
 * twice.
 */
class PaymentWorkerRestartIT {

    @Test
    void answersOnceWhatWasRequestedBeforeWhileAndAfterItWasDown() {
        try (var provider = new InProcessProvider();
             var worker = new RunningPaymentWorker(provider.url(), Map.of());
             TopicReader<PaymentResult> results = worker.readResults()) {
            List<PaymentRequest> sent = new ArrayList<>(send(worker, 10));
            results.await(10, answeringAny(sent), DEADLINE);
            worker.stop();

            sent.addAll(send(worker, 10));
            worker.startAgain();
            sent.addAll(send(worker, 10));

            results.await(sent.size(), answeringAny(sent), DEADLINE);
            results.readToEnd(DEADLINE);
            assertThat(results.seen(answeringAny(sent))).extracting(answer -> answer.value().getRequestId())
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(PaymentRequest::getRequestId).toList());
            assertThat(provider.charges()).extracting(Charge::idempotencyKey)
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(PaymentRequest::getIdempotencyKey).toList());
        }
    }

    @Test
    void paysOutOnceWhatWasRequestedBeforeWhileAndAfterItWasDown() {
        try (var provider = new InProcessProvider();
             var worker = new RunningPaymentWorker(provider.url(), Map.of());
             TopicReader<PaymentResult> results = worker.readResults()) {
            List<PaymentRequest> sent = new ArrayList<>(sendPayouts(worker, 5));
            results.await(5, answeringAny(sent), DEADLINE);
            worker.stop();

            sent.addAll(sendPayouts(worker, 5));
            worker.startAgain();
            sent.addAll(sendPayouts(worker, 5));

            results.await(sent.size(), answeringAny(sent), DEADLINE);
            results.readToEnd(DEADLINE);
            assertThat(results.seen(answeringAny(sent))).extracting(answer -> answer.value().getRequestId())
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(PaymentRequest::getRequestId).toList());
            assertThat(provider.payouts()).extracting(Payout::idempotencyKey)
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(PaymentRequest::getIdempotencyKey).toList());
        }
    }

    private static List<PaymentRequest> sendPayouts(RunningPaymentWorker worker, int count) {
        List<PaymentRequest> requests = IntStream.range(0, count)
                .mapToObj(i -> shipmentPayout("merchant-1", 100 + i)).toList();
        requests.forEach(worker::sendPayout);
        return requests;
    }

    private static List<PaymentRequest> send(RunningPaymentWorker worker, int count) {
        List<PaymentRequest> requests = IntStream.range(0, count).mapToObj(i -> orderCharge("cust-1", 10 + i)).toList();
        requests.forEach(worker::send);
        return requests;
    }

    private static Predicate<ConsumerRecord<String, PaymentResult>> answeringAny(List<PaymentRequest> requests) {
        Set<String> ids = requests.stream().map(PaymentRequest::getRequestId).collect(Collectors.toSet());
        return answer -> ids.contains(answer.value().getRequestId());
    }
}
