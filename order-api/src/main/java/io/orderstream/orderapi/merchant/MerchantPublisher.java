package io.orderstream.orderapi.merchant;

import io.orderstream.platform.http.ProblemException;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.merchant.Merchant;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces the whole merchant, as it is after a change, to the compacted merchants topic, keyed by its id. */
public final class MerchantPublisher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MerchantPublisher.class.getName());
    /** How long a send may block on metadata or wait for its acknowledgement before the request answers 503. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final Producer<String, Merchant> producer;
    private final String topic;

    MerchantPublisher(Producer<String, Merchant> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** An idempotent producer; the topic's schema must be registered already ({@link AvroSerdes#registerAll}). */
    public static MerchantPublisher connect(KafkaSettings settings, AvroSerdes serdes) {
        Map<String, Object> config = KafkaClientConfigs.producer(settings, "order-api-merchants");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_WAIT.toMillis());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        var producer = new KafkaProducer<>(config, new StringSerializer(),
                serdes.valueSerde(TopicCatalog.MERCHANTS).serializer());
        ServiceMetrics.bind(producer);
        return new MerchantPublisher(producer, settings.prefixed(TopicCatalog.MERCHANTS.name()));
    }

    /**
     * Sends the merchant and waits for Kafka's acknowledgement.
     *
     * @throws ProblemException 503 when it could not be sent (nothing changed)
     */
    void publish(Merchant merchant) {
        try {
            producer.send(new ProducerRecord<>(topic, merchant.getMerchantId(), merchant))
                    .get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notSent(merchant, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw notSent(merchant, e);
        }
    }

    private static ProblemException notSent(Merchant merchant, Exception cause) {
        LOG.log(Level.ERROR, "merchant " + merchant.getMerchantId() + " not sent", cause);
        return new ProblemException(MerchantProblems.notSent(merchant.getMerchantId()));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
