package io.orderstream.orderapi.store;

import io.orderstream.orderapi.command.CommandOutcomes;
import io.orderstream.orderapi.command.DecodedResults;
import io.orderstream.orderapi.command.PendingCommands;
import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.consumer.GroupListener;
import io.orderstream.platform.consumer.ListenerContext;
import io.orderstream.platform.kafka.TopicCatalog;

/**
 * The consumer groups that keep the PostgreSQL tables in step with the processor's topics, each writing its rows
 * and its offsets in one transaction ({@link GroupListener}).
 */
public final class ReadModelListeners {

    /** orders.state into {@code orders}: the latest snapshot of every order. */
    public static final String ORDER_STATES = "order-api-projection";
    /** orders.events into {@code order_events}: every order's history. */
    public static final String ORDER_EVENTS = "order-api-events";
    /** orders.command-results into {@code commands}: the outcome of every command sent. */
    public static final String COMMAND_OUTCOMES = "order-api-command-outcomes";
    /** merchants into {@code merchants}: the latest version of every merchant. */
    public static final String MERCHANTS = "order-api-merchants";

    private ReadModelListeners() {
    }

    public static ConsumerLoop orderStates(ListenerContext context, OrderProjection projection) {
        return GroupListener.start(context, ORDER_STATES, TopicCatalog.ORDER_STATE, projection::applyAll);
    }

    public static ConsumerLoop orderEvents(ListenerContext context, OrderEventLog log) {
        return GroupListener.start(context, ORDER_EVENTS, TopicCatalog.ORDER_EVENTS, log::appendAll);
    }

    public static ConsumerLoop commandOutcomes(ListenerContext context, CommandLog log) {
        return commandOutcomes(context, log, new DecodedResults(new PendingCommands(), 0));
    }

    /** The same, sharing decoded results with this instance's waiter ({@link DecodedResults}). */
    public static ConsumerLoop commandOutcomes(ListenerContext context, CommandLog log, DecodedResults decoded) {
        var reader = decoded.forLog(context.serdes().valueSerde(TopicCatalog.ORDER_COMMAND_RESULTS).deserializer());
        return GroupListener.start(context, COMMAND_OUTCOMES, TopicCatalog.ORDER_COMMAND_RESULTS, reader,
                (connection, results) -> log.completeAll(connection, results.stream()
                        .map(result -> new CommandLog.Completion(result.getCommandId(), CommandOutcomes.of(result)))
                        .toList()));
    }

    public static ConsumerLoop merchants(ListenerContext context, MerchantStore merchants) {
        return GroupListener.start(context, MERCHANTS, TopicCatalog.MERCHANTS, merchants::applyAll);
    }
}
