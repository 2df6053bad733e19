package io.orderstream.processor.stream;

import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import java.time.Clock;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/** The order-processor's topology: commands in; events, snapshots and command results out. */
public final class OrderTopology {

    static final String ORDER_STORE = "orders";
    static final String EVENTS_SINK = "order-events";
    static final String STATE_SINK = "order-state";
    static final String RESULTS_SINK = "command-results";
    private static final String DECIDER = "order-decider";

    private OrderTopology() {
    }

    public static Topology build(KafkaSettings settings, AvroSerdes serdes, Clock clock) {
        Serde<String> keys = Serdes.String();
        var topology = new Topology();
        topology.addSource("order-commands", keys.deserializer(),
                serdes.valueSerde(TopicCatalog.ORDER_COMMANDS).deserializer(),
                settings.prefixed(TopicCatalog.ORDER_COMMANDS.name()));
        topology.addProcessor(DECIDER, () -> new OrderCommandProcessor(clock), "order-commands");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ORDER_STORE), keys,
                serdes.valueSerde(TopicCatalog.ORDER_STATE)), DECIDER);
        addSink(topology, EVENTS_SINK, TopicCatalog.ORDER_EVENTS, settings, serdes);
        addSink(topology, STATE_SINK, TopicCatalog.ORDER_STATE, settings, serdes);
        addSink(topology, RESULTS_SINK, TopicCatalog.ORDER_COMMAND_RESULTS, settings, serdes);
        return topology;
    }

    @SuppressWarnings("unchecked")
    private static <V extends SpecificRecord> void addSink(Topology topology, String name, Topic<V> topic,
                                                           KafkaSettings settings, AvroSerdes serdes) {
        Serializer<SpecificRecord> values = (Serializer<SpecificRecord>) serdes.valueSerde(topic).serializer();
        topology.addSink(name, settings.prefixed(topic.name()), Serdes.String().serializer(), values, DECIDER);
    }
}
