package io.orderstream.orderapi.api;

import io.orderstream.orderapi.OrderStates;
import io.orderstream.orderapi.command.CommandGateway;
import io.orderstream.orderapi.command.CommandNotSentException;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Stands in for Kafka and the order-processor behind the gateway: it creates orders as the processor
 * does (a second create of one order id is answered {@code order_exists} with that order), or
 * answers as a test tells it.
 */
final class FakeOrderProcessor implements CommandGateway {

    private final Map<String, OrderState> orders = new ConcurrentHashMap<>();
    private final List<OrderCommand> received = new CopyOnWriteArrayList<>();
    private volatile Function<OrderCommand, Optional<CommandResult>> answer = this::decide;

    @Override
    public Optional<CommandResult> send(OrderCommand command) {
        received.add(command);
        return answer.apply(command);
    }

    List<OrderCommand> received() {
        return received;
    }

    /** Forgets what it received and decides again, as at the start. */
    void reset() {
        received.clear();
        resumeDeciding();
    }

    void resumeDeciding() {
        answer = this::decide;
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

    private Optional<CommandResult> decide(OrderCommand command) {
        OrderState existing = orders.get(command.getOrderId());
        if (existing != null) {
            return Optional.of(result(command, CommandOutcome.REJECTED).setErrorCode("order_exists")
                    .setErrorMessage("An order with this id exists already.").setOrder(existing).build());
        }
        OrderState created = created(command.getOrderId(), (CreateOrder) command.getPayload());
        orders.put(command.getOrderId(), created);
        return Optional.of(result(command, CommandOutcome.ACCEPTED).setOrder(created).build());
    }

    private static OrderState created(String orderId, CreateOrder create) {
        long total = create.getLines().stream().mapToLong(line -> line.getUnitPrice() * line.getQuantity()).sum();
        return OrderStates.created(orderId)
                .setCustomerEmail(create.getCustomerEmail())
                .setCurrency(create.getCurrency())
                .setLines(create.getLines())
                .setTotal(total)
                .setBalanceDue(total)
                .build();
    }

    private static CommandResult.Builder result(OrderCommand command, CommandOutcome outcome) {
        return CommandResult.newBuilder()
                .setCommandId(command.getCommandId())
                .setOrderId(command.getOrderId())
                .setOutcome(outcome)
                .setProcessedAt(Instant.now());
    }
}
