package io.orderstream.processor.stream;

import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.platform.serde.RegistryFailures;
import io.orderstream.platform.serde.StreamsDeadLetters;
import io.orderstream.processor.domain.Command;
import io.orderstream.processor.domain.Decision;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderDecider;
import io.orderstream.processor.domain.OrderEvolution;
import io.orderstream.processor.domain.OrderPolicy;
import io.orderstream.processor.domain.OrderReactions;
import io.orderstream.processor.domain.Reactions;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentResult;
import java.time.Duration;
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
 * The shell around the domain. For every input (a client's command, the payment worker's or the
 * warehouse's answer, an expired deadline) it loads the order, decides ({@link OrderDecider}), evolves, asks
 * {@link OrderReactions} what follows, stores the snapshot, and forwards the events, requests, snapshot and reply
 * mapped to Avro. Which reply, which requests, which deadlines and versions are the domain's rules, not the shell's.
 * Kafka Streams commits all of it, with the input offsets, in one transaction (exactly_once_v2).
 * Time is the task's wall clock, so tests drive it with TopologyTestDriver.
 */
final class OrderProcessor implements Processor<String, SpecificRecord, String, SpecificRecord> {

    private static final System.Logger LOG = System.getLogger(OrderProcessor.class.getName());

    private final OrderDecider decider;
    private final OrderReactions reactions;
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
        this.reactions = new OrderReactions(policy);
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
        if (record.value() instanceof OrderCommand command) {
            send(command.getOrderId(), OrderTopology.RESULTS_SINK, InputRecords.failureResult(command, why, now), now);
        }
        metrics.rejected(InputRecords.COMMAND_FAILED);
    }

    private void dispatch(Record<String, SpecificRecord> record) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        switch (record.value()) {
            case OrderCommand envelope -> fromClient(envelope, now);
            case FulfillmentResult result -> handle(result.getOrderId(), AvroMapping.command(result), now);
            case PaymentResult result when result.getOrigin() == PaymentOrigin.ORDER ->
                    handle(result.getOriginId(), AvroMapping.command(result), now);
            case PaymentResult ignored -> { } // an invoice's payment: the billing scheduler's business
            default -> throw new IllegalArgumentException("unexpected input " + record.value().getSchema().getName());
        }
    }

    private void fromClient(OrderCommand envelope, Instant now) {
        Command command;
        try {
            command = AvroMapping.command(envelope);
        } catch (AvroMapping.UnsupportedCommandException e) {
            send(envelope.getOrderId(), OrderTopology.RESULTS_SINK, CommandResult.newBuilder()
                    .setCommandId(envelope.getCommandId()).setOrderId(envelope.getOrderId()).setProcessedAt(now)
                    .setOutcome(CommandOutcome.REJECTED).setErrorCode(RejectionCode.UNSUPPORTED_COMMAND.code())
                    .setErrorMessage(e.getMessage()).build(), now);
            return;
        }
        var idErrors = OrderDecider.checkIds(envelope.getCommandId(), envelope.getOrderId());
        if (idErrors.isEmpty()) {
            handle(envelope.getOrderId(), command, now);
        } else {
            var refused = new Decision.Rejected(RejectionCode.VALIDATION_FAILED, "The command is not valid.",
                    idErrors);
            metrics.rejected(refused.code());
            forward(envelope.getOrderId(), command, reactions.react(null, refused, null, command), null, null, now);
        }
        metrics.answered(command.getClass().getSimpleName(), envelope.getIssuedAt(), now);
    }

    private void expireDue(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        for (Deadlines.Due due : deadlines.takeDue(now)) {
            String commandId = "expire/" + due.kind() + "/" + due.orderId() + "/" + wallClockMillis;
            try {
                handle(due.orderId(), switch (due.kind()) {
                    case FULFILLMENT -> new Command.ExpireFulfillment(commandId);
                    case CHARGE -> new Command.ExpireCharge(commandId);
                }, now);
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

    /** Loads the order, decides, evolves, keeps the snapshot within its budget, reacts and forwards. */
    private void handle(String orderId, Command command, Instant now) {
        OrderState stored = orders.get(orderId);
        Order before = AvroMapping.order(stored);
        Decision decision = decider.decide(before, command, now);
        Order after = OrderEvolution.evolveAll(orderId, before, command, decision.events());
        OrderState snapshot = decision.events().isEmpty() ? stored : AvroMapping.state(after);
        if (!decision.events().isEmpty() && !budget.fits(snapshot)) {
            decision = new Decision.Rejected(RejectionCode.ORDER_LIMIT_REACHED,
                    "The order would exceed its size limit of " + budget.maxBytes() + " bytes.", List.of());
            after = before;
            snapshot = stored;
        }
        if (decision instanceof Decision.Rejected rejected) {
            metrics.rejected(rejected.code());
        }
        forward(orderId, command, reactions.react(before, decision, after, command), after, snapshot, now);
    }

    /**
     * Stores the order and sends what the reactions say. Every record is built before any is written: a failure
     * while building leaves nothing half-done.
     *
     * @param snapshot the order after the command as stored and published; null when there is none
     */
    private void forward(String orderId, Command command, Reactions reactions, Order after, OrderState snapshot,
                         Instant now) {
        List<Runnable> sends = new ArrayList<>();
        for (Reactions.NumberedEvent event : reactions.events()) {
            var published = AvroMapping.event(orderId, event, command.commandId());
            sends.add(() -> send(orderId, OrderTopology.EVENTS_SINK, published, now));
        }
        for (Reactions.Request request : reactions.requests()) {
            Runnable sendRequest = switch (request) {
                case Reactions.Request.Charge charge -> {
                    var sent = AvroMapping.paymentRequest(after, charge.requested());
                    yield () -> send(orderId, OrderTopology.PAYMENT_SINK, sent, now);
                }
                case Reactions.Request.Fulfil fulfil -> {
                    var sent = AvroMapping.fulfillmentRequest(after, fulfil.requested());
                    yield () -> send(orderId, OrderTopology.FULFILLMENT_SINK, sent, now);
                }
                case Reactions.Request.Payout payout -> {
                    var sent = AvroMapping.payoutRequest(after, payout.requested());
                    yield () -> send(orderId, OrderTopology.PAYOUT_SINK, sent, now);
                }
                case Reactions.Request.Refund refund -> {
                    var sent = AvroMapping.refundRequest(after, refund.requested());
                    yield () -> send(orderId, OrderTopology.PAYMENT_SINK, sent, now);
                }
            };
            sends.add(sendRequest);
        }
        var reply = reactions.reply().map(r -> AvroMapping.result(orderId, r, snapshot, now));

        reactions.clearedDeadlines().forEach(deadline -> deadlines.remove(deadline.kind(), orderId, deadline.at()));
        reactions.setDeadlines().forEach(deadline -> deadlines.add(deadline.kind(), orderId, deadline.at()));
        sends.forEach(Runnable::run);
        if (!reactions.events().isEmpty()) {
            orders.put(orderId, snapshot);
            send(orderId, OrderTopology.STATE_SINK, snapshot, now);
            metrics.recorded(reactions.events().stream().map(Reactions.NumberedEvent::event).toList());
        }
        reply.ifPresent(result -> send(orderId, OrderTopology.RESULTS_SINK, result, now));
    }

    private void send(String orderId, String sink, SpecificRecord value, Instant now) {
        context.forward(new Record<>(orderId, value, now.toEpochMilli()), sink);
    }
}
