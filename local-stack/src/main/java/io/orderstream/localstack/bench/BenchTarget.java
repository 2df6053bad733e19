package io.orderstream.localstack.bench;

import io.orderstream.platform.kafka.KafkaSettings;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The running stack the benchmark drives.
 *
 * @param pids the stack's processes by name, whose CPU the summary shows (the benchmark's own JVM is added)
 */
public record BenchTarget(List<URI> orderApis, String bootstrapServers, String registryUrl, String topicPrefix,
                          Map<String, Long> pids) {

    public BenchTarget {
        if (orderApis.isEmpty()) {
            throw new IllegalArgumentException("no order-api to drive");
        }
        orderApis = List.copyOf(orderApis);
        pids = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pids));
    }

    KafkaSettings kafka() {
        return new KafkaSettings(bootstrapServers, registryUrl, topicPrefix, 1, (short) 1);
    }
}
