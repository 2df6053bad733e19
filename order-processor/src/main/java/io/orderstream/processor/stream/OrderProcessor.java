package io.orderstream.processor.stream;

import io.orderstream.processor.domain.Decision;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderCommand;
import io.orderstream.processor.domain.OrderDecider;
import io.orderstream.processor.domain.OrderEvent;
import io.orderstream.processor.domain.OrderEvolution;
import io.orderstream.processor.domain.OrderPolicy;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The shell around the decider. For every input (a client's command, the warehouse's answer, an
 * expired deadline) it loads the order, decides, appends the events, stores and publishes the new
 * snapshot, sends the requests the events call for and answers the client. Kafka Streams commits
 * all of it, with the input offsets, in one transaction (exactly_once_v2).
 * Time is the task's wall clock, so tests drive it with TopologyTestDriver.
 */
final class OrderProcessor implements Processor<String, SpecificRecord, String, SpecificRecord> {

    private final OrderDecider decider;
    private final OrderPolicy policy;
    private final Duration deadlineCheckInterval;
    private final OrderMetrics metrics;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, OrderState> orders;
    private FulfillmentDeadlines deadlines;

    OrderProcessor(OrderPolicy policy, Duration deadlineCheckInterval, OrderMetrics metrics) {
        this.decider = new OrderDecider(policy);
        this.policy = policy;
        this.deadlineCheckInterval = deadlineCheckInterval;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.orders = context.getStateStore(OrderTopology.ORDER_STORE);
        this.deadlines = new FulfillmentDeadlines(context.getStateStore(OrderTopology.DEADLINE_STORE));
        context.schedule(deadlineCheckInterval, PunctuationType.WALL_CLOCK_TIME, this::expireDueFulfillments);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        Instant now = now();
        switch (record.value()) {
            case io.orderstream.schemas.order.OrderCommand envelope -> answerClient(envelope, now);
            case FulfillmentResult result -> handle(result.getOrderId(), AvroMapping.command(result), now);
            default -> throw new IllegalArgumentException("unexpected input " + record.value().getSchema().getName());
        }
    }

    private void answerClient(io.orderstream.schemas.order.OrderCommand envelope, Instant now) {
        var result = CommandResult.newBuilder()
                .setCommandId(envelope.getCommandId())
                .setOrderId(envelope.getOrderId())
                .setProcessedAt(now);
        OrderCommand command;
        try {
            command = AvroMapping.command(envelope);
        } catch (AvroMapping.UnsupportedCommandException e) {
            send(envelope.getOrderId(), OrderTopology.RESULTS_SINK, result.setOutcome(CommandOutcome.REJECTED)
                    .setErrorCode("unsupported_command").setErrorMessage(e.getMessage()).build(), now);
            return;
        }
        Handled handled = handle(envelope.getOrderId(), command, now);
        if (handled.decision() instanceof Decision.Rejected rejected) {
            result.setOutcome(CommandOutcome.REJECTED).setErrorCode(rejected.code())
                    .setErrorMessage(rejected.message()).setFieldErrors(AvroMapping.fieldErrors(rejected));
        } else {
            result.setOutcome(CommandOutcome.ACCEPTED);
        }
        send(envelope.getOrderId(), OrderTopology.RESULTS_SINK, result.setOrder(handled.after()).build(), now);
        metrics.answered(command.getClass().getSimpleName(), envelope.getIssuedAt(), now);
    }

    private void expireDueFulfillments(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        for (String orderId : deadlines.takeDue(now)) {
            handle(orderId, new OrderCommand.ExpireFulfillment("expire/" + orderId + "/" + wallClockMillis), now);
        }
    }

    private Handled handle(String orderId, OrderCommand command, Instant now) {
        OrderState before = orders.get(orderId);
        Order order = AvroMapping.order(before);
        Decision decision = decider.decide(order, command, now);
        if (decision instanceof Decision.Rejected rejected) {
            metrics.rejected(rejected.code());
            return new Handled(decision, before);
        }
        List<OrderEvent> events = ((Decision.Accepted) decision).events();
        if (events.isEmpty()) {
            return new Handled(decision, before);
        }
        Order after = OrderEvolution.evolveAll(orderId, order, events);
        OrderState snapshot = AvroMapping.state(after);
        publishEvents(after, command.commandId(), events, now);
        orders.put(orderId, snapshot);
        send(orderId, OrderTopology.STATE_SINK, snapshot, now);
        metrics.recorded(events);
        return new Handled(decision, snapshot);
    }

    private void publishEvents(Order after, String causationId, List<OrderEvent> events, Instant now) {
        long version = after.version() - events.size();
        for (OrderEvent event : events) {
            version++;
            send(after.id(), OrderTopology.EVENTS_SINK, io.orderstream.schemas.order.OrderEvent.newBuilder()
                    .setEventId(after.id() + "/" + version)
                    .setOrderId(after.id())
                    .setVersion(version)
                    .setOccurredAt(event.at())
                    .setCausationId(causationId)
                    .setPayload(AvroMapping.eventPayload(event))
                    .build(), now);
            if (event instanceof OrderEvent.FulfillmentRequested requested) {
                send(after.id(), OrderTopology.FULFILLMENT_SINK, AvroMapping.fulfillmentRequest(after, requested), now);
                deadlines.add(after.id(), requested.at().plus(policy.fulfillmentTimeout()));
            }
        }
    }

    private void send(String orderId, String sink, SpecificRecord value, Instant now) {
        context.forward(new Record<>(orderId, value, now.toEpochMilli()), sink);
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }

    /** What one input did: the decision, and the order snapshot after it (unchanged when rejected). */
    private record Handled(Decision decision, OrderState after) {
    }
}
