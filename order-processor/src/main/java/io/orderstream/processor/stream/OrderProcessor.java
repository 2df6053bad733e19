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
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentResult;
import java.time.Duration;
import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.platform.serde.RegistryFailures;
import io.orderstream.platform.serde.StreamsDeadLetters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The shell around the decider. For every input (a client's command, the payment worker's or the
 * warehouse's answer, an expired deadline) it loads the order, decides, appends the events, stores
 * and publishes the new snapshot, sends the requests the events call for and answers the client.
 * Kafka Streams commits all of it, with the input offsets, in one transaction (exactly_once_v2).
 * Time is the task's wall clock, so tests drive it with TopologyTestDriver.
 */
final class OrderProcessor implements Processor<String, SpecificRecord, String, SpecificRecord> {

    private static final System.Logger LOG = System.getLogger(OrderProcessor.class.getName());

    private final OrderDecider decider;
    private final OrderPolicy policy;
    private final Duration deadlineCheckInterval;
    private final OrderMetrics metrics;
    private final SnapshotBudget budget;
    private final CurrentInputs inputs;
    private final InputRecords inputRecords;
    private final StreamsDeadLetters deadLetters;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, OrderState> orders;
    private Deadlines deadlines;

    OrderProcessor(OrderPolicy policy, Duration deadlineCheckInterval, OrderMetrics metrics, SnapshotBudget budget,
                   CurrentInputs inputs, InputRecords inputRecords, StreamsDeadLetters deadLetters) {
        this.decider = new OrderDecider(policy);
        this.policy = policy;
        this.deadlineCheckInterval = deadlineCheckInterval;
        this.metrics = metrics;
        this.budget = budget;
        this.inputs = inputs;
        this.inputRecords = inputRecords;
        this.deadLetters = deadLetters;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.orders = context.getStateStore(OrderTopology.ORDER_STORE);
        this.deadlines = new Deadlines(context.getStateStore(OrderTopology.DEADLINE_STORE));
        context.schedule(deadlineCheckInterval, PunctuationType.WALL_CLOCK_TIME, this::expireDue);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        var metadata = context.recordMetadata();
        var origin = new StreamsDeadLetters.Origin(metadata.map(RecordMetadata::topic).orElse(null),
                metadata.map(RecordMetadata::partition).orElse(-1), metadata.map(RecordMetadata::offset).orElse(-1L),
                record.timestamp(), record.headers());
        var quarantined = inputs.release(origin);
        if (quarantined.isPresent()) {
            deadLetter(record, origin, quarantined.get());
            return;
        }
        // lets the error handlers dead-letter this input should it or one of its outputs fail; kept when processing
        // throws, for the processing handler called after this method
        inputs.processing(context.taskId(), new CurrentInputs.Input(origin, record.key(), record.value(), inputRecords));
        dispatch(record);
        inputs.done(context.taskId());
    }

    /** An input that could not be processed before: set aside with why, and its client answered. */
    private void deadLetter(Record<String, SpecificRecord> record, StreamsDeadLetters.Origin origin, Exception why) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        LOG.log(System.Logger.Level.WARNING, "{0}-{1}@{2} is dead-lettered: {3}", origin.topic(), origin.partition(),
                origin.offset(), why.toString());
        context.forward(new Record<>(record.key(), record.value(), StreamsDeadLetters.timestamp(origin, now),
                deadLetters.headers(origin, why, now)), OrderTopology.DEAD_LETTER_SINK);
        if (record.value() instanceof io.orderstream.schemas.order.OrderCommand command) {
            send(command.getOrderId(), OrderTopology.RESULTS_SINK, InputRecords.failureResult(command, why, now), now);
        }
        metrics.rejected(InputRecords.COMMAND_FAILED);
    }

    private void dispatch(Record<String, SpecificRecord> record) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        switch (record.value()) {
            case io.orderstream.schemas.order.OrderCommand envelope -> answerClient(envelope, now);
            case FulfillmentResult result -> handle(result.getOrderId(), AvroMapping.command(result), now);
            case PaymentResult result when result.getOrigin() == PaymentOrigin.ORDER ->
                    answerCreateAndPay(handle(result.getOriginId(), AvroMapping.command(result), now), now);
            case PaymentResult ignored -> { } // an invoice's payment: the billing scheduler's business
            default -> throw new IllegalArgumentException("unexpected input " + record.value().getSchema().getName());
        }
    }

    private void answerClient(io.orderstream.schemas.order.OrderCommand envelope, Instant now) {
        var result = resultOf(envelope.getCommandId(), envelope.getOrderId(), now);
        OrderCommand command;
        try {
            command = AvroMapping.command(envelope);
        } catch (AvroMapping.UnsupportedCommandException e) {
            answer(result.setOutcome(CommandOutcome.REJECTED).setErrorCode(RejectionCode.UNSUPPORTED_COMMAND.code())
                    .setErrorMessage(e.getMessage()), now);
            return;
        }
        var idErrors = OrderDecider.checkIds(envelope.getCommandId(), envelope.getOrderId());
        if (!idErrors.isEmpty()) {
            metrics.rejected(RejectionCode.VALIDATION_FAILED.code());
            answer(result.setOutcome(CommandOutcome.REJECTED).setErrorCode(RejectionCode.VALIDATION_FAILED.code())
                    .setErrorMessage("The command is not valid.")
                    .setFieldErrors(AvroMapping.fieldErrors(new Decision.Rejected(RejectionCode.VALIDATION_FAILED, "",
                            idErrors))), now);
            return;
        }
        Handled handled = handle(envelope.getOrderId(), command, now);
        switch (handled.decision()) {
            case Decision.Rejected rejected -> answer(result.setOutcome(CommandOutcome.REJECTED)
                    .setErrorCode(rejected.code()).setErrorMessage(rejected.message())
                    .setFieldErrors(AvroMapping.fieldErrors(rejected)).setOrder(handled.after()), now);
            case Decision.Accepted ignored -> answer(result.setOutcome(CommandOutcome.ACCEPTED)
                    .setOrder(handled.after()), now);
            case Decision.Deferred ignored -> { } // a create-and-pay is answered when its charge is settled
        }
        metrics.answered(command.getClass().getSimpleName(), envelope.getIssuedAt(), now);
    }

    /** A create-and-pay order's client waits for the charge: answer it once the order is paid or rejected. */
    private void answerCreateAndPay(Handled handled, Instant now) {
        for (OrderEvent event : handled.events()) {
            var result = switch (event) {
                case OrderEvent.OrderPaid ignored -> CommandOutcome.ACCEPTED;
                case OrderEvent.OrderRejected ignored -> CommandOutcome.REJECTED;
                default -> null;
            };
            if (result != null) {
                var answer = resultOf(handled.after().getCharge().getRequestId(), handled.after().getOrderId(), now)
                        .setOutcome(result).setOrder(handled.after());
                if (event instanceof OrderEvent.OrderRejected rejected) {
                    answer.setErrorCode(rejected.code()).setErrorMessage(rejected.rejection().message());
                }
                answer(answer, now);
            }
        }
    }

    private void expireDue(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        for (Deadlines.Due due : deadlines.takeDue(now)) {
            String commandId = "expire/" + due.kind() + "/" + due.orderId() + "/" + wallClockMillis;
            try {
                switch (due.kind()) {
                    case FULFILLMENT -> handle(due.orderId(), new OrderCommand.ExpireFulfillment(commandId), now);
                    case CHARGE -> answerCreateAndPay(
                            handle(due.orderId(), new OrderCommand.ExpireCharge(commandId), now), now);
                }
            } catch (RuntimeException e) {
                if (RegistryFailures.isTransient(e)) {
                    throw e;
                }
                // one order's deadline must not keep the others' from being handled
                LOG.log(System.Logger.Level.ERROR, "the deadline of order " + due.orderId() + " failed", e);
                metrics.rejected("deadline_failed");
            }
        }
    }

    private Handled handle(String orderId, OrderCommand command, Instant now) {
        OrderState before = orders.get(orderId);
        Order order = AvroMapping.order(before);
        Decision decision = decider.decide(order, command, now);
        if (decision instanceof Decision.Rejected rejected) {
            metrics.rejected(rejected.code());
            return new Handled(decision, List.of(), before);
        }
        List<OrderEvent> events = decision.events();
        if (events.isEmpty()) {
            return new Handled(decision, events, before);
        }
        Order after = OrderEvolution.evolveAll(orderId, order, command, events);
        OrderState snapshot = AvroMapping.state(after);
        if (!budget.fits(snapshot)) {
            var refused = new Decision.Rejected(RejectionCode.ORDER_LIMIT_REACHED,
                    "The order would exceed its size limit of " + budget.maxBytes() + " bytes.", List.of());
            metrics.rejected(refused.code());
            return new Handled(refused, List.of(), before);
        }
        // every record is built before any is written: a failure while building leaves nothing half-done
        List<Runnable> effects = effectsOf(after, command.commandId(), events, now);
        effects.forEach(Runnable::run);
        orders.put(orderId, snapshot);
        send(orderId, OrderTopology.STATE_SINK, snapshot, now);
        metrics.recorded(events);
        return new Handled(decision, events, snapshot);
    }

    private List<Runnable> effectsOf(Order after, String causationId, List<OrderEvent> events, Instant now) {
        List<Runnable> effects = new ArrayList<>();
        long version = after.version() - events.size();
        for (OrderEvent event : events) {
            version++;
            var published = io.orderstream.schemas.order.OrderEvent.newBuilder()
                    .setEventId(after.id() + "/" + version)
                    .setOrderId(after.id())
                    .setVersion(version)
                    .setOccurredAt(event.at())
                    .setCausationId(causationId)
                    .setPayload(AvroMapping.eventPayload(event))
                    .build();
            effects.add(() -> send(after.id(), OrderTopology.EVENTS_SINK, published, now));
            effects.addAll(requestsTheEventAsksFor(after, event));
        }
        return effects;
    }

    private List<Runnable> requestsTheEventAsksFor(Order after, OrderEvent event) {
        return switch (event) {
            case OrderEvent.FulfillmentRequested requested -> {
                var request = AvroMapping.fulfillmentRequest(after, requested);
                yield List.of(() -> {
                    send(after.id(), OrderTopology.FULFILLMENT_SINK, request, requested.at());
                    deadlines.add(Deadlines.Kind.FULFILLMENT, after.id(),
                            requested.at().plus(policy.fulfillmentTimeout()));
                });
            }
            case OrderEvent.ChargeRequested requested -> {
                var request = AvroMapping.paymentRequest(after, requested);
                yield List.of(() -> {
                    send(after.id(), OrderTopology.PAYMENT_SINK, request, requested.at());
                    deadlines.add(Deadlines.Kind.CHARGE, after.id(), requested.at().plus(policy.chargeTimeout()));
                });
            }
            default -> List.of();
        };
    }

    private static CommandResult.Builder resultOf(String commandId, String orderId, Instant now) {
        return CommandResult.newBuilder().setCommandId(commandId).setOrderId(orderId).setProcessedAt(now);
    }

    private void answer(CommandResult.Builder result, Instant now) {
        send(result.getOrderId(), OrderTopology.RESULTS_SINK, result.build(), now);
    }

    private void send(String orderId, String sink, SpecificRecord value, Instant now) {
        context.forward(new Record<>(orderId, value, now.toEpochMilli()), sink);
    }

    /** What one input did: the decision, the events appended, and the order snapshot after it. */
    private record Handled(Decision decision, List<OrderEvent> events, OrderState after) {
    }
}
