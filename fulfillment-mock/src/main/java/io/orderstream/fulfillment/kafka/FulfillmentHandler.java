package io.orderstream.fulfillment.kafka;

import io.orderstream.fulfillment.warehouse.Warehouse;
import io.orderstream.platform.loop.RecordHandler;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Answers one fulfillment request, after the simulated work time, on the results topic keyed by order id. */
public final class FulfillmentHandler implements RecordHandler<FulfillmentRequest, FulfillmentResult> {

    private final Warehouse warehouse;
    private final Duration workTime;
    private final String resultsTopic;
    private final TimeSource time;

    public FulfillmentHandler(Warehouse warehouse, Duration workTime, String resultsTopic, TimeSource time) {
        this.warehouse = warehouse;
        this.workTime = workTime;
        this.resultsTopic = resultsTopic;
        this.time = time;
    }

    @Override
    public List<ProducerRecord<String, FulfillmentResult>> handle(ConsumerRecord<String, FulfillmentRequest> record)
            throws InterruptedException {
        if (record.value() == null) {
            throw new IllegalArgumentException("a fulfillment request without value (a tombstone) for " + record.key());
        }
        time.sleep(workTime);
        FulfillmentResult result = warehouse.fulfil(record.value());
        return List.of(new ProducerRecord<>(resultsTopic, result.getOrderId(), result));
    }
}
