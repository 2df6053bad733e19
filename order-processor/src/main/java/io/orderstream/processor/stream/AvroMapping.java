package io.orderstream.processor.stream;

import io.orderstream.processor.domain.Decision;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderCommand;
import io.orderstream.processor.domain.OrderEvent;
import io.orderstream.processor.domain.OrderLine;
import io.orderstream.processor.domain.OrderStatus;
import io.orderstream.processor.domain.Payment;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.FieldError;
import io.orderstream.schemas.order.OrderCancelled;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderPaid;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.PaymentApplied;
import java.util.List;

/** Translates between the Avro messages on the topics and the plain domain types. */
final class AvroMapping {

    private AvroMapping() {
    }

    static OrderCommand command(io.orderstream.schemas.order.OrderCommand envelope) {
        String id = envelope.getCommandId();
        return switch (envelope.getPayload()) {
            case CreateOrder create -> new OrderCommand.CreateOrder(id, create.getCustomerEmail(),
                    create.getCurrency(), create.getLines().stream().map(AvroMapping::line).toList());
            case ApplyPayment pay -> new OrderCommand.ApplyPayment(id, pay.getPaymentId(), pay.getAmount());
            case CancelOrder cancel -> new OrderCommand.CancelOrder(id, cancel.getReason());
            default -> throw new UnsupportedCommandException(envelope.getPayload().getClass().getSimpleName());
        };
    }

    static Object eventPayload(OrderEvent event) {
        return switch (event) {
            case OrderEvent.OrderCreated created -> new OrderCreated(created.customerEmail(), created.currency(),
                    created.lines().stream().map(AvroMapping::line).toList(), created.total(), false);
            case OrderEvent.PaymentApplied applied -> new PaymentApplied(applied.paymentId(), applied.amount());
            case OrderEvent.OrderPaid paid -> new OrderPaid(paid.paid());
            case OrderEvent.OrderCancelled cancelled -> new OrderCancelled(cancelled.reason());
        };
    }

    static Order order(OrderState state) {
        if (state == null) {
            return null;
        }
        return new Order(state.getOrderId(), state.getCustomerEmail(), state.getCurrency(),
                OrderStatus.valueOf(state.getStatus().name()),
                state.getLines().stream().map(AvroMapping::line).toList(),
                state.getTotal(), state.getPaid(), state.getShipped(),
                state.getPayments().stream()
                        .map(p -> new Payment(p.getPaymentId(), p.getAmount(), p.getAppliedAt())).toList(),
                state.getVersion(), state.getCreatedAt(), state.getUpdatedAt());
    }

    static OrderState state(Order order) {
        return OrderState.newBuilder()
                .setOrderId(order.id())
                .setCustomerEmail(order.customerEmail())
                .setCurrency(order.currency())
                .setStatus(io.orderstream.schemas.order.OrderStatus.valueOf(order.status().name()))
                .setLines(order.lines().stream().map(AvroMapping::line).toList())
                .setTotal(order.total())
                .setPaid(order.paid())
                .setBalanceDue(order.balanceDue())
                .setShipped(order.shipped())
                .setPayments(order.payments().stream()
                        .map(p -> new io.orderstream.schemas.order.Payment(p.paymentId(), p.amount(), p.appliedAt()))
                        .toList())
                .setShipments(List.of())
                .setFulfillment(null)
                .setVersion(order.version())
                .setCreatedAt(order.createdAt())
                .setUpdatedAt(order.updatedAt())
                .build();
    }

    static List<FieldError> fieldErrors(Decision.Rejected rejected) {
        return rejected.fieldErrors().stream()
                .map(e -> new FieldError(e.field(), e.code(), e.message()))
                .toList();
    }

    private static OrderLine line(io.orderstream.schemas.order.OrderLine line) {
        return new OrderLine(line.getSku(), line.getName(), line.getQuantity(), line.getUnitPrice());
    }

    private static io.orderstream.schemas.order.OrderLine line(OrderLine line) {
        return new io.orderstream.schemas.order.OrderLine(line.sku(), line.name(), line.quantity(), line.unitPrice());
    }

    /** A command this version of the processor does not handle yet; it is answered as rejected. */
    static final class UnsupportedCommandException extends RuntimeException {
        UnsupportedCommandException(String type) {
            super(type + " is not supported by this order-processor", null, false, false);
        }
    }
}
