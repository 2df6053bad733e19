package io.orderstream.orderapi.store;

import io.orderstream.orderapi.command.CommandOutcomes;
import io.orderstream.orderapi.consumer.ConsumerLoop;
import io.orderstream.orderapi.consumer.GroupListener;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderState;

/** The consumer groups that keep the PostgreSQL tables in step with the processor's topics. */
public final class ReadModelListeners {

    /** orders.state into {@code orders}: the latest snapshot of every order. */
    public static final String ORDER_STATES = "order-api-projection";
    /** orders.events into {@code order_events}: every order's history. */
    public static final String ORDER_EVENTS = "order-api-events";
    /** orders.command-results into {@code commands}: the outcome of every command sent. */
    public static final String COMMAND_OUTCOMES = "order-api-command-outcomes";

    private ReadModelListeners() {
    }

    public static ConsumerLoop<OrderState> orderStates(KafkaSettings settings, AvroSerdes serdes,
                                                       OrderProjection projection) {
        return GroupListener.start(settings, serdes, ORDER_STATES, TopicCatalog.ORDER_STATE, projection::applyAll);
    }

    public static ConsumerLoop<OrderEvent> orderEvents(KafkaSettings settings, AvroSerdes serdes, OrderEventLog log) {
        return GroupListener.start(settings, serdes, ORDER_EVENTS, TopicCatalog.ORDER_EVENTS, log::appendAll);
    }

    public static ConsumerLoop<CommandResult> commandOutcomes(KafkaSettings settings, AvroSerdes serdes,
                                                              CommandLog log) {
        return GroupListener.start(settings, serdes, COMMAND_OUTCOMES, TopicCatalog.ORDER_COMMAND_RESULTS,
                results -> log.completeAll(results.stream()
                        .map(result -> new CommandLog.Completion(result.getCommandId(), CommandOutcomes.of(result)))
                        .toList()));
    }
}
