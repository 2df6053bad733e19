package io.orderstream.orderapi.api;

import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.processor.domain.Command;
import io.orderstream.processor.domain.Command.ChargeStatus;
import io.orderstream.processor.domain.Command.RecordChargeResult;
import io.orderstream.processor.domain.Decision;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderDecider;
import io.orderstream.processor.domain.OrderEvolution;
import io.orderstream.processor.domain.OrderPolicy;
import io.orderstream.processor.domain.OrderReactions;
import io.orderstream.processor.domain.Reactions;
import io.orderstream.processor.stream.AvroMapping;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Stands in for Kafka, the order-processor's Streams shell and the payment worker behind the gateway, deciding with
 * the processor's real order rules: its decider, evolution and reactions, through its Avro mapping. Every new
 * snapshot goes to the read model; or it answers as a test tells it. Create-and-pay: payment method
 * {@value #DECLINED} is declined, {@value #FAILING} fails, {@value #SLOW} never settles; any other is captured.
 * Fulfillment requests are not answered: a paid order stays IN_FULFILLMENT.
 */
final class InProcessOrderProcessor implements CommandGateway {

    static final String DECLINED = "pm_card_declined";
    static final String FAILING = "pm_card_failing";
    static final String SLOW = "pm_slow";

    private static final OrderDecider DECIDER = new OrderDecider(OrderPolicy.DEFAULT);
    private static final OrderReactions REACTIONS = new OrderReactions(OrderPolicy.DEFAULT);

    private final Map<String, OrderState> orders = new ConcurrentHashMap<>();
    private final List<OrderCommand> received = new CopyOnWriteArrayList<>();
    private final Consumer<OrderState> snapshots;
    private volatile Function<OrderCommand, Optional<CommandResult>> answer = this::decide;
    private volatile CountDownLatch held = new CountDownLatch(0);

    InProcessOrderProcessor(Consumer<OrderState> snapshots) {
        this.snapshots = snapshots;
    }

    /** Answers once released, or nothing when not released within the wait. */
    @Override
    public Optional<CommandResult> send(OrderCommand command, Duration wait) {
        received.add(command);
        try {
            if (!held.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return answer.apply(command);
    }

    List<OrderCommand> received() {
        return received;
    }

    /** Forgets what it received and decides again, as at the start. */
    void reset() {
        received.clear();
        answer = this::decide;
        held = new CountDownLatch(0);
    }

    /** The order as the processor has it now; null when it has none. */
    OrderState order(String orderId) {
        return orders.get(orderId);
    }

    /**
     * Accepts every command from now on with the snapshot {@code decision} makes of it (from the command and the
     * order as it is), which becomes the order and goes to the read model: for commands whose rules are not the
     * API's to test.
     */
    void acceptWith(java.util.function.BiFunction<OrderCommand, OrderState, OrderState> decision) {
        answer = command -> {
            OrderState after = decision.apply(command, orders.get(command.getOrderId()));
            orders.put(command.getOrderId(), after);
            snapshots.accept(after);
            return Optional.of(result(command).setOutcome(CommandOutcome.ACCEPTED).setOrder(after).build());
        };
    }

    void answerNothing() {
        answer = command -> Optional.empty();
    }

    void refuseWith(Function<CommandResult.Builder, CommandResult.Builder> refusal) {
        answer = command -> Optional.of(refusal.apply(result(command).setOutcome(CommandOutcome.REJECTED)).build());
    }

    void beUnreachable() {
        answer = command -> {
            throw new CommandNotSentException(command.getCommandId(), new IllegalStateException("secret broker detail"));
        };
    }

    /** Commands sent from now on are answered once the returned latch is counted down. */
    CountDownLatch holdAnswers() {
        held = new CountDownLatch(1);
        return held;
    }

    private synchronized Optional<CommandResult> decide(OrderCommand envelope) {
        Instant now = Instant.now();
        String orderId = envelope.getOrderId();
        Command command;
        try {
            command = AvroMapping.command(envelope);
        } catch (AvroMapping.UnsupportedCommandException e) {
            return Optional.of(result(envelope).setOutcome(CommandOutcome.REJECTED)
                    .setErrorCode("unsupported_command").setErrorMessage(e.getMessage()).build());
        }
        String paymentMethod = envelope.getPayload() instanceof CreateOrder create
                ? String.valueOf(create.getPaymentMethod()) : null;
        return handle(orderId, command, paymentMethod, now)
                .map(reply -> AvroMapping.result(orderId, reply, orders.get(orderId), now));
    }

    /** Decides, evolves, stores and reacts as the processor does; a charge asked for is settled at once. */
    private Optional<Reactions.Reply> handle(String orderId, Command command, String paymentMethod,
                                             Instant now) {
        Order before = AvroMapping.order(orders.get(orderId));
        Decision decision = DECIDER.decide(before, command, now);
        Order after = OrderEvolution.evolveAll(orderId, before, command, decision.events());
        if (!decision.events().isEmpty()) {
            OrderState snapshot = AvroMapping.state(after);
            orders.put(orderId, snapshot);
            snapshots.accept(snapshot);
        }
        Reactions reactions = REACTIONS.react(before, decision, after, command);
        Optional<Reactions.Reply> reply = reactions.reply();
        for (Reactions.Request request : reactions.requests()) {
            if (request instanceof Reactions.Request.Charge charge) {
                var settled = settle(orderId, charge.requested().requestId(), paymentMethod, now);
                reply = settled.isPresent() ? settled : reply;
            }
        }
        return reply;
    }

    /** The payment worker's answer for this payment method; none for {@value #SLOW}. */
    private Optional<Reactions.Reply> settle(String orderId, String requestId, String paymentMethod, Instant now) {
        if (SLOW.equals(paymentMethod)) {
            return Optional.empty();
        }
        var status = switch (String.valueOf(paymentMethod)) {
            case DECLINED -> ChargeStatus.DECLINED;
            case FAILING -> ChargeStatus.FAILED;
            default -> ChargeStatus.CAPTURED;
        };
        var result = new RecordChargeResult("payment-result/" + requestId, requestId, status,
                status == ChargeStatus.CAPTURED ? "charge-" + orderId : null,
                status == ChargeStatus.DECLINED ? "card_declined" : null,
                status == ChargeStatus.FAILED ? "provider_unavailable" : null);
        return handle(orderId, result, null, now);
    }

    private static CommandResult.Builder result(OrderCommand command) {
        return CommandResult.newBuilder()
                .setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId())
                .setProcessedAt(Instant.now());
    }
}
