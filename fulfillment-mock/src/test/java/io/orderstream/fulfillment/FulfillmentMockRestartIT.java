package io.orderstream.fulfillment;

import static io.orderstream.fulfillment.RunningFulfillmentMock.DEADLINE;
import static io.orderstream.fulfillment.RunningFulfillmentMock.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.localstack.testing.TopicReader;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fulfillment-mock that stops and starts again resumes where it stopped. */
class FulfillmentMockRestartIT {

    @Test
    void answersOnceWhatWasRequestedWhileItWasDown() {
        try (var mock = new RunningFulfillmentMock(Map.of());
             TopicReader<FulfillmentResult> results = mock.readResults()) {
            FulfillmentRequest before = request("order-restart", "order-restart/fulfillment-1");
            mock.send(before);
            results.awaitOne(r -> r.value().getRequestId().equals(before.getRequestId()), DEADLINE);
            mock.stop();

            FulfillmentRequest whileDown = request("order-restart", "order-restart/fulfillment-2");
            mock.send(whileDown);
            mock.startAgain();

            // one key, one partition: once the last answer is read, a duplicate of an earlier one would be too
            FulfillmentRequest after = request("order-restart", "order-restart/fulfillment-3");
            mock.send(after);
            results.awaitOne(r -> r.value().getRequestId().equals(after.getRequestId()), DEADLINE);
            assertThat(results.seen(r -> r.key().equals("order-restart")))
                    .extracting(r -> r.value().getRequestId())
                    .containsExactly(before.getRequestId(), whileDown.getRequestId(), after.getRequestId());
        }
    }
}
