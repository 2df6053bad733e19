package io.orderstream.orderapi.view;

import io.orderstream.orderapi.view.OrderView.FulfillmentView;
import io.orderstream.orderapi.view.OrderView.InvoiceView;
import io.orderstream.orderapi.view.OrderView.LineView;
import io.orderstream.orderapi.view.OrderView.PaymentView;
import io.orderstream.orderapi.view.OrderView.PayoutView;
import io.orderstream.orderapi.view.OrderView.RefundView;
import io.orderstream.orderapi.view.OrderView.ShipmentLineView;
import io.orderstream.orderapi.view.OrderView.ShipmentView;
import io.orderstream.schemas.order.BuyerInvoice;
import io.orderstream.schemas.order.Fulfillment;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payment;
import io.orderstream.schemas.order.Payout;
import io.orderstream.schemas.order.Refund;
import io.orderstream.schemas.order.Shipment;
import io.orderstream.schemas.order.ShipmentLine;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The one mapping from the processor's order snapshot to what clients see. */
public final class OrderViews {

    /** A create-and-pay order stays invisible until its payment is captured, and for ever if it is declined. */
    public static final Set<OrderStatus> HIDDEN_STATUSES = Set.of(OrderStatus.PENDING_PAYMENT, OrderStatus.REJECTED);

    private OrderViews() {
    }

    /** The statuses clients may see and filter by, in lifecycle order. */
    public static final List<OrderStatus> VISIBLE_STATUSES = Arrays.stream(OrderStatus.values())
            .filter(status -> !HIDDEN_STATUSES.contains(status))
            .toList();

    public static boolean isVisible(OrderState state) {
        return !HIDDEN_STATUSES.contains(state.getStatus());
    }

    public static OrderView of(OrderState state) {
        return new OrderView(
                state.getOrderId(),
                state.getMerchantId(),
                state.getCustomerEmail(),
                state.getCurrency(),
                state.getStatus().name(),
                state.getPaymentTerms().name(),
                state.getLines().stream().map(OrderViews::line).toList(),
                state.getTotal(),
                state.getPaid(),
                state.getBalanceDue(),
                state.getShipped(),
                state.getReleased(),
                state.getPayments().stream().map(OrderViews::payment).toList(),
                state.getShipments().stream().map(OrderViews::shipment).toList(),
                state.getInvoices().stream().map(OrderViews::invoice).toList(),
                state.getRefunds().stream().map(OrderViews::refund).toList(),
                state.getFulfillment() == null ? null : fulfillment(state.getFulfillment()),
                state.getVersion(),
                state.getCreatedAt(),
                state.getUpdatedAt());
    }

    private static LineView line(OrderLine line) {
        return new LineView(line.getSku(), line.getName(), line.getQuantity(), line.getUnitPrice());
    }

    private static PaymentView payment(Payment payment) {
        return new PaymentView(payment.getPaymentId(), payment.getAmount(), payment.getAppliedAt());
    }

    private static ShipmentView shipment(Shipment shipment) {
        return new ShipmentView(shipment.getShipmentId(), shipment.getAmount(),
                shipmentLines(shipment.getLines()), shipment.getShippedAt(), shipment.getInvoiceNumber(),
                shipment.getTrackingCode(), shipment.getPayout() == null ? null : payout(shipment.getPayout()));
    }

    private static PayoutView payout(Payout payout) {
        return new PayoutView(payout.getPayoutId(), payout.getAmount(), payout.getFee(), payout.getStatus().name(),
                payout.getProviderId());
    }

    private static InvoiceView invoice(BuyerInvoice invoice) {
        return new InvoiceView(invoice.getInvoiceNumber(), invoice.getShipmentId(), invoice.getAmount(),
                invoice.getPaid(), invoice.getAmount() - invoice.getPaid(), invoice.getIssuedAt(), invoice.getDueAt());
    }

    private static RefundView refund(Refund refund) {
        return new RefundView(refund.getRefundId(), refund.getAmount(), refund.getReason(), refund.getStatus().name(),
                refund.getProviderId());
    }

    private static List<ShipmentLineView> shipmentLines(List<ShipmentLine> lines) {
        return lines.stream().map(line -> new ShipmentLineView(line.getSku(), line.getQuantity())).toList();
    }

    private static FulfillmentView fulfillment(Fulfillment fulfillment) {
        return new FulfillmentView(
                fulfillment.getRequestId(),
                fulfillment.getAttempts(),
                fulfillment.getOutcome() == null ? null : fulfillment.getOutcome().name(),
                fulfillment.getReason(),
                fulfillment.getRequestedAt(),
                fulfillment.getCompletedAt());
    }
}
