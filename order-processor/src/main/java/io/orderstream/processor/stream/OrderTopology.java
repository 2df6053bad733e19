package io.orderstream.processor.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.Topic;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.serde.StreamsDeadLetters;
import io.orderstream.processor.domain.OrderPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The order-processor's topology. In: client commands, payment results and the warehouse's results,
 * all keyed by order id (so co-partitioned). Out: events, snapshots, command results, payment requests (charges and
 * refunds), payout requests and fulfillment requests.
 */
public final class OrderTopology {

    static final String ORDER_STORE = "orders";
    static final String DEADLINE_STORE = "fulfillment-deadlines";
    static final String EVENTS_SINK = "order-events";
    static final String STATE_SINK = "order-state";
    static final String RESULTS_SINK = "command-results";
    static final String FULFILLMENT_SINK = "fulfillment-requests";
    static final String PAYMENT_SINK = "payment-requests";
    static final String PAYOUT_SINK = "payout-requests";
    static final String DEAD_LETTER_SINK = "dead-letters";
    /** The service named in the dead-letter headers. */
    static final String SERVICE = "order-processor";
    private static final String PROCESSOR = "order-processor";

    /**
     * @param deadlineCheckInterval how often overdue fulfillments are looked for
     * @param snapshotMaxBytes      the largest order snapshot a command may produce ({@link SnapshotBudget})
     */
    public record Settings(OrderPolicy policy, Duration deadlineCheckInterval, int snapshotMaxBytes) {
        public static final Settings DEFAULT = new Settings(OrderPolicy.DEFAULT, Duration.ofSeconds(1));

        public Settings(OrderPolicy policy, Duration deadlineCheckInterval) {
            this(policy, deadlineCheckInterval, SnapshotBudget.DEFAULT_BYTES);
        }
    }

    private OrderTopology() {
    }

    public static Topology build(KafkaSettings kafka, AvroSerdes serdes, Settings settings, MeterRegistry registry) {
        return build(kafka, serdes, settings, registry, new CurrentInputs());
    }

    /**
     * @param inputs shared with the error handlers (given to them in the Streams configuration under
     *               {@link #errorHandlerConfig})
     */
    public static Topology build(KafkaSettings kafka, AvroSerdes serdes, Settings settings, MeterRegistry registry,
                                 CurrentInputs inputs) {
        var topology = new Topology();
        var inputRecords = new InputRecords(kafka, serdes, List.of(TopicCatalog.ORDER_COMMANDS,
                TopicCatalog.FULFILLMENT_RESULTS, TopicCatalog.PAYMENT_RESULTS));
        inputs.closeWith(inputRecords);
        var budget = new SnapshotBudget(settings.snapshotMaxBytes());
        String deadLetterTopic = kafka.prefixed(TopicCatalog.ORDER_COMMANDS.deadLetterName());
        var deadLetters = new StreamsDeadLetters(deadLetterTopic, SERVICE);
        addSource(topology, "order-commands", TopicCatalog.ORDER_COMMANDS, kafka, serdes);
        addSource(topology, "fulfillment-results", TopicCatalog.FULFILLMENT_RESULTS, kafka, serdes);
        addSource(topology, "payment-results", TopicCatalog.PAYMENT_RESULTS, kafka, serdes);
        var metrics = new OrderMetrics(registry);
        topology.addProcessor(PROCESSOR,
                () -> new OrderProcessor(settings.policy(), settings.deadlineCheckInterval(), metrics, budget, inputs,
                        inputRecords, deadLetters),
                "order-commands", "fulfillment-results", "payment-results");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ORDER_STORE),
                Serdes.String(), serdes.valueSerde(TopicCatalog.ORDER_STATE)), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DEADLINE_STORE),
                Serdes.String(), Serdes.String()), PROCESSOR);
        addSink(topology, EVENTS_SINK, TopicCatalog.ORDER_EVENTS, kafka, serdes);
        addSink(topology, STATE_SINK, TopicCatalog.ORDER_STATE, kafka, serdes);
        addSink(topology, RESULTS_SINK, TopicCatalog.ORDER_COMMAND_RESULTS, kafka, serdes);
        addSink(topology, FULFILLMENT_SINK, TopicCatalog.FULFILLMENT_REQUESTS, kafka, serdes);
        addSink(topology, PAYMENT_SINK, TopicCatalog.PAYMENT_REQUESTS, kafka, serdes);
        addSink(topology, PAYOUT_SINK, TopicCatalog.PAYOUT_REQUESTS, kafka, serdes);
        topology.addSink(DEAD_LETTER_SINK, deadLetterTopic, Serdes.String().serializer(),
                (Serializer<SpecificRecord>) inputRecords::value, PROCESSOR);
        return topology;
    }

    /**
     * The processor's Kafka Streams error handling: an input whose processing or one of whose outputs fails for
     * good is dead-lettered and its client answered, and processing goes on. Topology and handlers share
     * {@code inputs}.
     */
    public static Map<String, Object> errorHandlerConfig(CurrentInputs inputs) {
        return Map.of(
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProductionHandler.class,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProcessingHandler.class,
                CurrentInputs.CONFIG, inputs);
    }

    @SuppressWarnings("unchecked")
    private static <V extends SpecificRecord> void addSource(Topology topology, String name, Topic<V> topic,
                                                             KafkaSettings kafka, AvroSerdes serdes) {
        Deserializer<SpecificRecord> values = (Deserializer<SpecificRecord>) serdes.valueSerde(topic).deserializer();
        topology.addSource(name, Serdes.String().deserializer(), values, kafka.prefixed(topic.name()));
    }

    @SuppressWarnings("unchecked")
    private static <V extends SpecificRecord> void addSink(Topology topology, String name, Topic<V> topic,
                                                           KafkaSettings kafka, AvroSerdes serdes) {
        Serializer<SpecificRecord> values = (Serializer<SpecificRecord>) serdes.valueSerde(topic).serializer();
        topology.addSink(name, kafka.prefixed(topic.name()), Serdes.String().serializer(), values, PROCESSOR);
    }
}
