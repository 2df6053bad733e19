package io.orderstream.dlq.kafka;

import io.orderstream.dlq.DlqException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaFuture;

/** Waits for an admin call, turning its failure into a sentence. */
final class KafkaCalls {

    private KafkaCalls() {
    }

    static <T> T await(KafkaFuture<T> call, String what, String bootstrapServers) throws ExecutionException {
        try {
            return call.get(DlqClients.API_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DlqException("could not " + what + ": Kafka at " + bootstrapServers + " did not answer within "
                    + DlqClients.API_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DlqException("interrupted while trying to " + what, e);
        }
    }
}
