package io.orderstream.fulfillment.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FulfillmentLoopTest {

    @Test
    void takesFullBatchesWhenTheWorkTakesNoTime() {
        assertThat(FulfillmentLoop.recordsPerTransaction(Duration.ZERO)).isEqualTo(500);
    }

    @Test
    void takesAsManyRecordsPerPollAsTenSecondsOfWorkAllow() {
        assertThat(FulfillmentLoop.recordsPerTransaction(Duration.ofMillis(100))).isEqualTo(100);
    }

    @Test
    void takesOneRecordAtATimeWhenTheWorkIsSlow() {
        assertThat(FulfillmentLoop.recordsPerTransaction(Duration.ofMinutes(1))).isEqualTo(1);
    }
}
