package io.orderstream.processor.stream;

import io.orderstream.processor.domain.Decision;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderDecider;
import io.orderstream.processor.domain.OrderEvent;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The shell around the decider: load the order, decide, append the events, store and publish the
 * new snapshot, answer the command. Kafka Streams commits all of it, with the input offset, in one
 * transaction (exactly_once_v2).
 */
final class OrderCommandProcessor implements Processor<String, OrderCommand, String, SpecificRecord> {

    private final Clock clock;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, OrderState> orders;

    OrderCommandProcessor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.orders = context.getStateStore(OrderTopology.ORDER_STORE);
    }

    @Override
    public void process(Record<String, OrderCommand> record) {
        String orderId = record.key() != null ? record.key() : record.value().getOrderId();
        OrderCommand command = record.value();
        Instant now = clock.instant();
        OrderState before = orders.get(orderId);
        switch (decide(before, command, now)) {
            case Decision.Accepted accepted -> apply(orderId, command, before, accepted.events(), now);
            case Decision.Rejected rejected -> answer(orderId, result(command, now)
                    .setOutcome(CommandOutcome.REJECTED)
                    .setErrorCode(rejected.code())
                    .setErrorMessage(rejected.message())
                    .setFieldErrors(AvroMapping.fieldErrors(rejected))
                    .setOrder(before), now);
        }
    }

    private static Decision decide(OrderState before, OrderCommand command, Instant now) {
        try {
            return OrderDecider.decide(AvroMapping.order(before), AvroMapping.command(command), now);
        } catch (AvroMapping.UnsupportedCommandException e) {
            return Decision.reject("unsupported_command", e.getMessage());
        }
    }

    private void apply(String orderId, OrderCommand command, OrderState before, List<OrderEvent> events,
                       Instant now) {
        OrderState after = before;
        if (!events.isEmpty()) {
            Order order = OrderDecider.evolveAll(orderId, AvroMapping.order(before), events);
            after = AvroMapping.state(order);
            publishEvents(orderId, command.getCommandId(), before == null ? 0 : before.getVersion(), events, now);
            orders.put(orderId, after);
            context.forward(new Record<>(orderId, (SpecificRecord) after, now.toEpochMilli()), OrderTopology.STATE_SINK);
        }
        answer(orderId, result(command, now).setOutcome(CommandOutcome.ACCEPTED).setOrder(after), now);
    }

    private void publishEvents(String orderId, String causationId, long versionBefore, List<OrderEvent> events,
                               Instant now) {
        long version = versionBefore;
        for (OrderEvent event : events) {
            version++;
            var envelope = io.orderstream.schemas.order.OrderEvent.newBuilder()
                    .setEventId(orderId + "/" + version)
                    .setOrderId(orderId)
                    .setVersion(version)
                    .setOccurredAt(event.at())
                    .setCausationId(causationId)
                    .setPayload(AvroMapping.eventPayload(event))
                    .build();
            context.forward(new Record<>(orderId, (SpecificRecord) envelope, now.toEpochMilli()),
                    OrderTopology.EVENTS_SINK);
        }
    }

    private static CommandResult.Builder result(OrderCommand command, Instant now) {
        return CommandResult.newBuilder()
                .setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId())
                .setProcessedAt(now);
    }

    private void answer(String orderId, CommandResult.Builder result, Instant now) {
        context.forward(new Record<>(orderId, (SpecificRecord) result.build(), now.toEpochMilli()),
                OrderTopology.RESULTS_SINK);
    }
}
