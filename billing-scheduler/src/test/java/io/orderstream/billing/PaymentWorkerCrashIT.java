package io.orderstream.billing;

import static io.orderstream.billing.RunningPaymentWorker.orderCharge;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.testing.StackService;
import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.localstack.testing.TopicWriter;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment worker killed with {@code kill -9} while calls are in flight, some answers committed, some done behind a
 * slower call and not yet committed: started again as the same instance, it answers every request exactly once.
 */
class PaymentWorkerCrashIT {

    /** Long enough for the group to drop the killed member (session timeout 45 s) and the rest to be answered. */
    private static final Duration AFTER_A_KILL = Duration.ofMinutes(3);
    private static final Duration DEADLINE = RunningPaymentWorker.DEADLINE;

    @Test
    void aWorkerKilledWithCallsInFlightAnswersEveryRequestOnceAfterItsRestart(@TempDir Path dir) throws Exception {
        var variables = new HashMap<>(BillingTestStack.isolatedDatabase("payment_worker_crash"));
        variables.putAll(Map.of("RETRY_BACKOFFS", "PT0.3S,PT0.6S", "PAYMENT_PROVIDER_TIMEOUT", "PT5S"));
        try (var provider = new InProcessProvider(Duration.ZERO, PaymentWorkerCrashIT::sleepTwentyTo300Millis)) {
            variables.put("PAYMENT_PROVIDER_URL", provider.url().toString());
            Map<String, String> env = StackService.variables("billing", variables, Map.of());
            KafkaSettings kafka = KafkaSettings.from(new Env(env));
            List<PaymentRequest> sent = new ArrayList<>();
            try (var first = new ChildInstance(env, "3", dir.resolve("first.log"))) {
                first.awaitReady(DEADLINE);
                try (var requests = writer(kafka); var results = reader(kafka)) {
                    sent.addAll(send(requests, 200));
                    results.await(20, record -> true, DEADLINE);
                    sent.addAll(send(requests, 200));

                    first.kill();
                }
            }
            try (var again = new ChildInstance(env, "3", dir.resolve("again.log")); var results = reader(kafka)) {
                again.awaitReady(DEADLINE);
                results.await(sent.size(), record -> true, AFTER_A_KILL);
                results.readToEnd(DEADLINE);

                assertThat(results.seen(record -> true)).extracting(answer -> answer.value().getRequestId())
                        .containsExactlyInAnyOrderElementsOf(sent.stream().map(PaymentRequest::getRequestId).toList());
                assertThat(provider.charges()).extracting(Charge::idempotencyKey)
                        .containsExactlyInAnyOrderElementsOf(
                                sent.stream().map(PaymentRequest::getIdempotencyKey).toList());
            }
        }
    }

    private static List<PaymentRequest> send(TopicWriter<PaymentRequest> requests, int count) {
        List<PaymentRequest> batch = IntStream.range(0, count)
                .mapToObj(i -> orderCharge("cust-" + i % 7, 10 + i)).toList();
        batch.forEach(request -> requests.send(request.getOriginId(), request));
        return batch;
    }

    private static TopicWriter<PaymentRequest> writer(KafkaSettings kafka) {
        return new TopicWriter<>(kafka.bootstrapServers(), kafka.prefixed(TopicCatalog.PAYMENT_REQUESTS.name()),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYMENT_REQUESTS).serializer(), DEADLINE);
    }

    private static TopicReader<PaymentResult> reader(KafkaSettings kafka) {
        return new TopicReader<>(kafka.bootstrapServers(), kafka.prefixed(TopicCatalog.PAYMENT_RESULTS.name()),
                AvroSerdes.registry(kafka).valueSerde(TopicCatalog.PAYMENT_RESULTS).deserializer());
    }

    /** The gateway's default spread, so that answers finish out of order behind slower calls. */
    private static void sleepTwentyTo300Millis(Duration ignored) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 300));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
