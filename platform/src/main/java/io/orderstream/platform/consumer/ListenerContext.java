package io.orderstream.platform.consumer;

import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.serde.AvroSerdes;
import javax.sql.DataSource;

/**
 * What every consumer group of a service shares: the broker, the serdes, the database the rows and offsets go to,
 * and the producer of dead letters.
 */
public record ListenerContext(KafkaSettings kafka, AvroSerdes serdes, DataSource database, DeadLetters deadLetters) {
}
