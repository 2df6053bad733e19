package io.orderstream.platform.loop;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Turns a poll's raw records into a {@link ProcessedBatch}: deserializes each, hands it to the handler and serializes
 * the outputs. A record that fails at any of these steps is routed as failed on its own; the others go on.
 */
final class BatchProcessor<I, O> {

    private static final System.Logger LOG = System.getLogger(BatchProcessor.class.getName());

    private final Deserializer<I> valueDeserializer;
    private final Serializer<O> valueSerializer;
    private final RecordHandler<I, O> handler;
    private final FailedRecordRouter failedRecords;
    private final StringDeserializer keyDeserializer = new StringDeserializer();
    private final StringSerializer keySerializer = new StringSerializer();

    BatchProcessor(Deserializer<I> valueDeserializer, Serializer<O> valueSerializer, RecordHandler<I, O> handler,
                   FailedRecordRouter failedRecords) {
        this.valueDeserializer = valueDeserializer;
        this.valueSerializer = valueSerializer;
        this.handler = handler;
        this.failedRecords = failedRecords;
    }

    ProcessedBatch<O> process(ConsumerRecords<byte[], byte[]> records) {
        var batch = new ProcessedBatch.Builder<O>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            process(record, batch);
        }
        return batch.build();
    }

    private void process(ConsumerRecord<byte[], byte[]> record, ProcessedBatch.Builder<O> batch) {
        try {
            List<ProducerRecord<String, O>> outputs = handler.handle(deserialize(record));
            batch.handled(record, outputs, outputs.stream().map(this::serialize).toList());
        } catch (InterruptedException e) {
            throw new InterruptException(e);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "{0}-{1}@{2} cannot be processed and is routed as failed: {3}",
                    record.topic(), record.partition(), record.offset(), e.toString());
            batch.failed(record, failedRecords.route(record, e));
        }
    }

    private ConsumerRecord<String, I> deserialize(ConsumerRecord<byte[], byte[]> raw) {
        String key = keyDeserializer.deserialize(raw.topic(), raw.headers(), raw.key());
        I value = valueDeserializer.deserialize(raw.topic(), raw.headers(), raw.value());
        return new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), raw.timestamp(), raw.timestampType(),
                raw.serializedKeySize(), raw.serializedValueSize(), key, value, raw.headers(), raw.leaderEpoch());
    }

    private ProducerRecord<byte[], byte[]> serialize(ProducerRecord<String, O> output) {
        return new ProducerRecord<>(output.topic(), output.partition(), output.timestamp(),
                keySerializer.serialize(output.topic(), output.headers(), output.key()),
                valueSerializer.serialize(output.topic(), output.headers(), output.value()),
                output.headers());
    }
}
