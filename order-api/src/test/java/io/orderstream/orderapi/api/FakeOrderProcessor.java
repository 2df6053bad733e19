package io.orderstream.orderapi.api;

import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Stands in for Kafka and the order-processor behind the gateway. It decides the API's commands roughly as
 * the processor does (create, create-and-pay, installments, cancel; the real rules are tested in
 * order-processor), hands every new snapshot to the read model, or answers as a test tells it.
 * Create-and-pay: payment method {@value #DECLINED} is declined, {@value #FAILING} fails, {@value #SLOW}
 * never settles in time; any other is captured.
 */
final class FakeOrderProcessor implements CommandGateway {

    static final String DECLINED = "pm_card_declined";
    static final String FAILING = "pm_card_failing";
    static final String SLOW = "pm_slow";

    private final Map<String, OrderState> orders = new ConcurrentHashMap<>();
    private final List<OrderCommand> received = new CopyOnWriteArrayList<>();
    private final Consumer<OrderState> snapshots;
    private volatile Function<OrderCommand, Optional<CommandResult>> answer = this::decide;
    private volatile CountDownLatch held = new CountDownLatch(0);

    FakeOrderProcessor(Consumer<OrderState> snapshots) {
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

    void answerNothing() {
        answer = command -> Optional.empty();
    }

    void refuseWith(Function<CommandResult.Builder, CommandResult.Builder> refusal) {
        answer = command -> Optional.of(refusal.apply(result(command, CommandOutcome.REJECTED)).build());
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

    private synchronized Optional<CommandResult> decide(OrderCommand command) {
        OrderState order = orders.get(command.getOrderId());
        return switch (command.getPayload()) {
            case CreateOrder create -> order != null ? refused(command, "order_exists", order) : create(command, create);
            case ApplyPayment pay -> order == null ? refused(command, "order_not_found", null) : pay(command, order, pay);
            case CancelOrder cancel -> order == null ? refused(command, "order_not_found", null) : cancel(command, order);
            default -> refused(command, "unsupported_command", null);
        };
    }

    private Optional<CommandResult> create(OrderCommand command, CreateOrder create) {
        long total = create.getLines().stream().mapToLong(line -> line.getUnitPrice() * line.getQuantity()).sum();
        OrderState.Builder order = OrderStates.created(command.getOrderId())
                .setCustomerEmail(create.getCustomerEmail())
                .setCurrency(create.getCurrency())
                .setLines(create.getLines())
                .setTotal(total)
                .setBalanceDue(total)
                .setCreatedAt(Instant.now())
                .setUpdatedAt(Instant.now());
        if (!create.getPayNow()) {
            return accepted(command, store(order.build()));
        }
        String method = String.valueOf(create.getPaymentMethod());
        return switch (method) {
            case DECLINED -> refused(command, "payment_declined", store(order.setStatus(OrderStatus.REJECTED).build()));
            case FAILING -> refused(command, "payment_failed", store(order.setStatus(OrderStatus.REJECTED).build()));
            case SLOW -> {
                store(order.setStatus(OrderStatus.PENDING_PAYMENT).build());
                yield Optional.empty();
            }
            default -> accepted(command, store(paid(order, "charge-" + command.getOrderId(), total).build()));
        };
    }

    private Optional<CommandResult> pay(OrderCommand command, OrderState order, ApplyPayment pay) {
        Optional<Payment> earlier = order.getPayments().stream()
                .filter(payment -> payment.getPaymentId().equals(pay.getPaymentId())).findFirst();
        if (earlier.isPresent()) {
            return earlier.get().getAmount() == pay.getAmount()
                    ? accepted(command, order) : refused(command, "payment_id_conflict", order);
        }
        if (order.getStatus() != OrderStatus.CREATED) {
            return refused(command, "invalid_state", order);
        }
        if (pay.getAmount() <= 0) {
            return refused(command, "invalid_amount", order);
        }
        if (pay.getAmount() > order.getBalanceDue()) {
            return refused(command, "payment_exceeds_balance", order);
        }
        return accepted(command, store(paid(OrderState.newBuilder(order), pay.getPaymentId(), pay.getAmount()).build()));
    }

    private Optional<CommandResult> cancel(OrderCommand command, OrderState order) {
        if (order.getStatus() != OrderStatus.CREATED || order.getPaid() > 0) {
            return refused(command, "invalid_state", order);
        }
        return accepted(command, store(OrderState.newBuilder(order).setStatus(OrderStatus.CANCELLED)
                .setVersion(order.getVersion() + 1).build()));
    }

    /** The payment applied; an order paid in full goes to fulfillment at once, as the processor's does. */
    private static OrderState.Builder paid(OrderState.Builder order, String paymentId, long amount) {
        List<Payment> payments = new ArrayList<>(order.hasPayments() ? order.getPayments() : List.of());
        payments.add(new Payment(paymentId, amount, Instant.now()));
        long balance = order.getBalanceDue() - amount;
        return order.setPayments(payments)
                .setPaid(order.getPaid() + amount)
                .setBalanceDue(balance)
                .setStatus(balance == 0 ? OrderStatus.IN_FULFILLMENT : order.getStatus())
                .setVersion(order.getVersion() + (balance == 0 ? 3 : 1));
    }

    private OrderState store(OrderState order) {
        orders.put(order.getOrderId(), order);
        snapshots.accept(order);
        return order;
    }

    private static Optional<CommandResult> accepted(OrderCommand command, OrderState order) {
        return Optional.of(result(command, CommandOutcome.ACCEPTED).setOrder(order).build());
    }

    private static Optional<CommandResult> refused(OrderCommand command, String code, OrderState order) {
        return Optional.of(result(command, CommandOutcome.REJECTED).setErrorCode(code)
                .setErrorMessage("Refused: " + code + ".").setOrder(order).build());
    }

    private static CommandResult.Builder result(OrderCommand command, CommandOutcome outcome) {
        return CommandResult.newBuilder()
                .setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId())
                .setOutcome(outcome)
                .setProcessedAt(Instant.now());
    }
}
