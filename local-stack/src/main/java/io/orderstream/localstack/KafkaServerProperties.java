package io.orderstream.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code server.properties} of a single KRaft node that is broker and controller at once. */
final class KafkaServerProperties {

    private KafkaServerProperties() {
    }

    static Map<String, String> singleNode(int port, int controllerPort, Path logDirectory) {
        var properties = new LinkedHashMap<String, String>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDirectory.toString());
        properties.putAll(oneReplicaEverywhere());
        properties.putAll(quickOnOneMachine());
        properties.put("auto.create.topics.enable", "false");
        properties.put("num.partitions", "3");
        return properties;
    }

    static String render(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    /** The defaults ask for three replicas; with one broker, transactions and consumer groups would wait forever. */
    private static Map<String, String> oneReplicaEverywhere() {
        var properties = new LinkedHashMap<String, String>();
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        return properties;
    }

    /** A restarted broker is back in seconds instead of a quarter of a minute; groups start without the initial delay. */
    private static Map<String, String> quickOnOneMachine() {
        var properties = new LinkedHashMap<String, String>();
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("broker.heartbeat.interval.ms", "500");
        properties.put("broker.session.timeout.ms", "2000");
        properties.put("offsets.topic.num.partitions", "10");
        properties.put("transaction.state.log.num.partitions", "10");
        return properties;
    }
}
