package io.orderstream.dlq.replay;

import io.orderstream.dlq.kafka.DlqTopic;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;

/** Whether the topics records go back to exist: a replay never creates a topic by sending to it. */
final class Destinations implements Predicate<String> {

    private final Admin admin;
    private final String bootstrapServers;
    private final Map<String, Boolean> known = new HashMap<>();

    Destinations(Admin admin, String bootstrapServers) {
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public boolean test(String topic) {
        return known.computeIfAbsent(topic, name -> DlqTopic.find(admin, name, bootstrapServers).isPresent());
    }
}
