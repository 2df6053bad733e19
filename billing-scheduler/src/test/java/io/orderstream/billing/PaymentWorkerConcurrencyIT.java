package io.orderstream.billing;

import static io.orderstream.billing.RunningPaymentWorker.DEADLINE;
import static io.orderstream.billing.RunningPaymentWorker.orderCharge;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Many requests at once against a provider that takes 100 ms per charge. */
class PaymentWorkerConcurrencyIT {

    private static final int CONCURRENCY = 8;
    private static final int REQUESTS = 64;

    @Test
    void chargesRequestsOfDifferentOriginsSideBySideAndAnswersEachOnce() {
        var inFlight = new InFlightCalls();
        try (var provider = new InProcessProvider(Duration.ofMillis(100), inFlight);
             var worker = new RunningPaymentWorker(provider.url(),
                     Map.of("PAYMENT_WORKER_CONCURRENCY", String.valueOf(CONCURRENCY)));
             TopicReader<PaymentResult> results = worker.readResults()) {
            List<PaymentRequest> requests = IntStream.range(0, REQUESTS)
                    .mapToObj(i -> orderCharge("cust-" + i, 100 + i)).toList();
            Set<String> requestIds = requests.stream().map(PaymentRequest::getRequestId).collect(Collectors.toSet());

            requests.forEach(worker::send);

            List<ConsumerRecord<String, PaymentResult>> answers = results.await(REQUESTS,
                    answer -> requestIds.contains(answer.value().getRequestId()), DEADLINE);
            results.readToEnd(DEADLINE);
            assertThat(results.seen(answer -> requestIds.contains(answer.value().getRequestId())))
                    .extracting(answer -> answer.value().getRequestId())
                    .containsExactlyInAnyOrderElementsOf(requestIds);
            assertThat(answers).allSatisfy(answer ->
                    assertThat(answer.value().getStatus()).isEqualTo(PaymentStatus.CAPTURED));
            assertThat(provider.charges()).extracting(Charge::idempotencyKey).doesNotHaveDuplicates()
                    .hasSize(REQUESTS);
            assertThat(inFlight.most()).isBetween(2, CONCURRENCY);
        }
    }
}
