package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

    private final Map<String, String> properties = KafkaServerProperties.singleNode(9092, 9093, Path.of("/data/kafka"));

    @Test
    void one_process_is_broker_and_the_only_controller() {
        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@localhost:9093")
                .containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:9092")
                .containsEntry("log.dirs", Path.of("/data/kafka").toString());
    }

    @Test
    void internal_topics_need_a_single_replica_so_that_transactions_and_groups_work() {
        assertThat(properties)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("default.replication.factor", "1");
    }

    @Test
    void a_killed_broker_is_declared_dead_and_back_within_seconds() {
        assertThat(properties)
                .containsEntry("broker.heartbeat.interval.ms", "500")
                .containsEntry("broker.session.timeout.ms", "2000")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void topics_are_created_explicitly_with_three_partitions_by_default() {
        assertThat(properties)
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("num.partitions", "3");
    }

    @Test
    void the_file_has_one_property_per_line() {
        String rendered = KafkaServerProperties.render(Map.of("node.id", "1"));

        assertThat(rendered).isEqualTo("node.id=1" + System.lineSeparator());
    }
}
