package io.orderstream.archfixture.domain;

import org.apache.kafka.clients.producer.ProducerRecord;

/** A domain class that builds a Kafka record: what the domain rule forbids. */
public final class KafkaAwareDecision {

    public ProducerRecord<String, String> decide(String orderId) {
        return new ProducerRecord<>("orders.events", orderId, "decided");
    }
}
