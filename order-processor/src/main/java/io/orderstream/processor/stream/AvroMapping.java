package io.orderstream.processor.stream;

import io.orderstream.processor.domain.AppliedCommands;
import io.orderstream.processor.domain.AppliedPayment;
import io.orderstream.processor.domain.BuyerInvoice;
import io.orderstream.processor.domain.ChargeRejection;
import io.orderstream.processor.domain.Command;
import io.orderstream.processor.domain.Event;
import io.orderstream.processor.domain.LineItem;
import io.orderstream.processor.domain.Order;
import io.orderstream.processor.domain.OrderTerms;
import io.orderstream.processor.domain.PaymentTerms;
import io.orderstream.processor.domain.Payout;
import io.orderstream.processor.domain.PendingCharge;
import io.orderstream.processor.domain.Reactions;
import io.orderstream.processor.domain.RecordedShipment;
import io.orderstream.processor.domain.Refund;
import io.orderstream.processor.domain.RequestedFulfillment;
import io.orderstream.processor.domain.Status;
import io.orderstream.processor.domain.TransferStatus;
import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.FulfillmentResult;
import io.orderstream.schemas.fulfillment.FulfillmentStatus;
import io.orderstream.schemas.fulfillment.RequestedLine;
import io.orderstream.schemas.fulfillment.ShipmentReport;
import io.orderstream.schemas.order.ApplyPayment;
import io.orderstream.schemas.order.CancelOrder;
import io.orderstream.schemas.order.CancelRemainder;
import io.orderstream.schemas.order.Charge;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.CreateOrder;
import io.orderstream.schemas.order.FieldError;
import io.orderstream.schemas.order.Fulfillment;
import io.orderstream.schemas.order.FulfillmentCompleted;
import io.orderstream.schemas.order.FulfillmentOutcome;
import io.orderstream.schemas.order.FulfillmentRequested;
import io.orderstream.schemas.order.InvoiceIssued;
import io.orderstream.schemas.order.OrderCancelled;
import io.orderstream.schemas.order.OrderClosed;
import io.orderstream.schemas.order.OrderCommand;
import io.orderstream.schemas.order.OrderCreated;
import io.orderstream.schemas.order.OrderEvent;
import io.orderstream.schemas.order.OrderLine;
import io.orderstream.schemas.order.OrderPaid;
import io.orderstream.schemas.order.OrderRejected;
import io.orderstream.schemas.order.OrderShipped;
import io.orderstream.schemas.order.OrderState;
import io.orderstream.schemas.order.OrderStatus;
import io.orderstream.schemas.order.Payment;
import io.orderstream.schemas.order.PaymentApplied;
import io.orderstream.schemas.order.PaymentRequested;
import io.orderstream.schemas.order.PayoutRequested;
import io.orderstream.schemas.order.PayoutSettled;
import io.orderstream.schemas.order.RecordShipment;
import io.orderstream.schemas.order.RefundRequested;
import io.orderstream.schemas.order.RefundSettled;
import io.orderstream.schemas.order.Rejection;
import io.orderstream.schemas.order.RemainderCancelled;
import io.orderstream.schemas.order.Shipment;
import io.orderstream.schemas.order.ShipmentLine;
import io.orderstream.schemas.order.ShipmentRecorded;
import io.orderstream.schemas.payment.PaymentKind;
import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Translates between the Avro messages on the topics and the plain domain types. Public for the tests of order-api,
 * which run the real order rules behind their command gateway; production code of other modules must not use it.
 */
public final class AvroMapping {

    private AvroMapping() {
    }

    /** A client's command, sent by the merchant the envelope names (null: the platform's own shop). */
    public static Command command(OrderCommand envelope) {
        String id = envelope.getCommandId();
        String merchantId = envelope.getMerchantId();
        return switch (envelope.getPayload()) {
            case CreateOrder create -> new Command.CreateOrder(id, create.getCustomerEmail(),
                    create.getCurrency(), create.getLines().stream().map(AvroMapping::line).toList(),
                    create.getPayNow(), create.getMerchantId() != null ? create.getMerchantId() : merchantId,
                    create.getMerchantFeeBasisPoints(), PaymentTerms.valueOf(create.getPaymentTerms().name()));
            case ApplyPayment pay -> new Command.ApplyPayment(id, pay.getPaymentId(), pay.getAmount(), merchantId);
            case CancelOrder cancel -> new Command.CancelOrder(id, cancel.getReason(), merchantId);
            case RecordShipment notice -> new Command.RecordShipment(id, notice.getShipmentId(), notice.getAmount(),
                    notice.getLines().stream().map(l -> new RecordedShipment.ShippedLine(l.getSku(), l.getQuantity()))
                            .toList(),
                    notice.getInvoiceNumber(), notice.getTrackingCode(), merchantId);
            case CancelRemainder cancel -> new Command.CancelRemainder(id, cancel.getReason(), merchantId);
            default -> throw new UnsupportedCommandException(envelope.getPayload().getClass().getSimpleName());
        };
    }

    static Command command(FulfillmentResult result) {
        return new Command.RecordFulfillmentResult("fulfillment-result/" + result.getRequestId(),
                result.getRequestId(),
                result.getStatus() == FulfillmentStatus.SUCCEEDED
                        ? RequestedFulfillment.Outcome.SUCCEEDED : RequestedFulfillment.Outcome.FAILED,
                result.getShipments().stream().map(AvroMapping::shipment).toList(),
                result.getReason());
    }

    /** A charge's, a payout's or a refund's result, told apart by its kind. */
    static Command command(PaymentResult result) {
        if (result.getKind() != null && result.getKind() != PaymentKind.CHARGE) {
            return new Command.RecordTransferResult("payment-result/" + result.getRequestId(),
                    result.getKind() == PaymentKind.PAYOUT ? Command.Transfer.PAYOUT : Command.Transfer.REFUND,
                    result.getRequestId(), Command.ChargeStatus.valueOf(result.getStatus().name()),
                    result.getChargeId(), result.getReason() != null ? result.getReason() : result.getCode());
        }
        return new Command.RecordChargeResult("payment-result/" + result.getRequestId(), result.getRequestId(),
                Command.ChargeStatus.valueOf(result.getStatus().name()), result.getChargeId(),
                result.getCode(), result.getReason());
    }

    static PaymentRequest paymentRequest(Order order, Event.ChargeRequested requested) {
        return PaymentRequest.newBuilder()
                .setRequestId(requested.requestId())
                .setOrigin(PaymentOrigin.ORDER)
                .setOriginId(order.id())
                .setCustomerId(order.customerEmail())
                .setAmount(requested.amount())
                .setCurrency(order.currency())
                .setIdempotencyKey(order.charge().idempotencyKey())
                .setRequestedAt(requested.at())
                .build();
    }

    /** A shipment's payout, on payouts.requests: the merchant is paid under the payout id as Idempotency-Key. */
    static PaymentRequest payoutRequest(Order order, Event.PayoutRequested requested) {
        return PaymentRequest.newBuilder()
                .setKind(PaymentKind.PAYOUT)
                .setRequestId(requested.payoutId())
                .setIdempotencyKey(requested.payoutId())
                .setOrigin(PaymentOrigin.ORDER)
                .setOriginId(order.id())
                .setCustomerId(order.terms().merchantId())
                .setAmount(requested.amount())
                .setCurrency(order.currency())
                .setReference(requested.shipmentId())
                .setRequestedAt(requested.at())
                .build();
    }

    /** A refund to the buyer, on payments.requests, referring to the captured charge of a create-and-pay order. */
    static PaymentRequest refundRequest(Order order, Event.RefundRequested requested) {
        return PaymentRequest.newBuilder()
                .setKind(PaymentKind.REFUND)
                .setRequestId(requested.refundId())
                .setIdempotencyKey(requested.refundId())
                .setOrigin(PaymentOrigin.ORDER)
                .setOriginId(order.id())
                .setCustomerId(order.customerEmail())
                .setAmount(requested.amount())
                .setCurrency(order.currency())
                .setReference(order.capturedChargeId())
                .setRequestedAt(requested.at())
                .build();
    }

    static FulfillmentRequest fulfillmentRequest(Order order, Event.FulfillmentRequested requested) {
        return FulfillmentRequest.newBuilder()
                .setRequestId(requested.requestId())
                .setOrderId(order.id())
                .setAttempt(requested.attempt())
                .setCurrency(order.currency())
                .setTotal(order.total())
                .setLines(order.lines().stream()
                        .map(l -> new RequestedLine(l.sku(), l.quantity(), l.unitPrice())).toList())
                .setRequestedAt(requested.at())
                .build();
    }

    /** An event as published on the order's event stream, caused by the command {@code causationId}. */
    static OrderEvent event(String orderId, Reactions.NumberedEvent numbered,
                                                         String causationId) {
        return OrderEvent.newBuilder()
                .setEventId(orderId + "/" + numbered.version())
                .setOrderId(orderId)
                .setVersion(numbered.version())
                .setOccurredAt(numbered.event().at())
                .setCausationId(causationId)
                .setPayload(eventPayload(numbered.event()))
                .build();
    }

    /** The reply to a client's command, with the order as it is now (null when there is none). */
    public static CommandResult result(String orderId, Reactions.Reply reply, OrderState order, Instant now) {
        return CommandResult.newBuilder()
                .setCommandId(reply.commandId())
                .setOrderId(orderId)
                .setProcessedAt(now)
                .setOutcome(CommandOutcome.valueOf(reply.outcome().name()))
                .setErrorCode(reply.code())
                .setErrorMessage(reply.message())
                .setFieldErrors(reply.fieldErrors().stream()
                        .map(e -> new FieldError(e.field(), e.code(), e.message())).toList())
                .setOrder(order)
                .build();
    }

    static Object eventPayload(Event event) {
        return switch (event) {
            case Event.OrderCreated created -> new OrderCreated(created.customerEmail(), created.currency(),
                    created.lines().stream().map(AvroMapping::line).toList(), created.total(), created.payNow());
            case Event.PaymentApplied applied -> new PaymentApplied(applied.paymentId(), applied.amount());
            case Event.OrderPaid paid -> new OrderPaid(paid.paid());
            case Event.ChargeRequested requested ->
                    new PaymentRequested(requested.requestId(), requested.amount(), requested.attempt());
            case Event.OrderRejected rejected -> new OrderRejected(rejected.code(),
                    Objects.requireNonNullElse(rejected.reason(), rejected.code()));
            case Event.FulfillmentRequested requested ->
                    new FulfillmentRequested(requested.requestId(), requested.attempt());
            case Event.ShipmentRecorded recorded -> new ShipmentRecorded(recorded.shipment().shipmentId(),
                    recorded.shipment().amount(), shipmentLines(recorded.shipment()),
                    recorded.shipment().invoiceNumber(), recorded.shipment().trackingCode());
            case Event.FulfillmentCompleted completed ->
                    new FulfillmentCompleted(outcome(completed.outcome()), completed.reason());
            case Event.OrderClosed closed -> new OrderClosed(outcome(closed.outcome()));
            case Event.OrderCancelled cancelled -> new OrderCancelled(cancelled.reason());
            case Event.PayoutRequested requested -> new PayoutRequested(requested.payoutId(), requested.shipmentId(),
                    requested.amount(), requested.fee());
            case Event.PayoutSettled settled -> new PayoutSettled(settled.payoutId(), settled.shipmentId(),
                    transferStatus(settled.status()), settled.providerId(), settled.reason());
            case Event.InvoiceIssued issued -> new InvoiceIssued(issued.invoiceNumber(), issued.shipmentId(),
                    issued.amount(), issued.dueAt());
            case Event.RemainderCancelled cancelled -> new RemainderCancelled(cancelled.released(),
                    cancelled.reason());
            case Event.OrderShipped shipped -> new OrderShipped(shipped.shipped());
            case Event.RefundRequested requested -> new RefundRequested(requested.refundId(), requested.amount(),
                    requested.reason());
            case Event.RefundSettled settled -> new RefundSettled(settled.refundId(), transferStatus(settled.status()),
                    settled.providerId(), settled.reason());
        };
    }

    public static Order order(OrderState state) {
        if (state == null) {
            return null;
        }
        return new Order(state.getOrderId(), state.getCustomerEmail(), state.getCurrency(),
                Status.valueOf(state.getStatus().name()),
                state.getLines().stream().map(AvroMapping::line).toList(),
                state.getTotal(), state.getPaid(),
                state.getPayments().stream()
                        .map(p -> new AppliedPayment(p.getPaymentId(), p.getAmount(), p.getAppliedAt())).toList(),
                state.getShipments().stream().map(AvroMapping::shipment).toList(),
                fulfillment(state.getFulfillment()), charge(state.getCharge()),
                state.getVersion(), state.getCreatedAt(), state.getUpdatedAt(),
                new AppliedCommands(createdBy(state), state.getAppliedCommandIds()), rejection(state.getRejection()),
                new OrderTerms(state.getMerchantId(), state.getMerchantFeeBasisPoints(),
                        PaymentTerms.valueOf(state.getPaymentTerms().name())),
                state.getReleased(),
                state.getInvoices().stream().map(i -> new BuyerInvoice(i.getInvoiceNumber(), i.getShipmentId(),
                        i.getAmount(), i.getPaid(), i.getIssuedAt(), i.getDueAt())).toList(),
                state.getRefunds().stream().map(r -> new Refund(r.getRefundId(), r.getAmount(), r.getReason(),
                        TransferStatus.valueOf(r.getStatus().name()), r.getProviderId(), r.getFailureReason(),
                        r.getRequestedAt())).toList());
    }

    /**
     * The command that created the order. A snapshot from before it was kept has it only for a create-and-pay:
     * its charge was requested under the creating command's id.
     */
    private static String createdBy(OrderState state) {
        if (state.getCreatedBy() != null) {
            return state.getCreatedBy();
        }
        return state.getCharge() == null ? null : state.getCharge().getRequestId();
    }

    public static OrderState state(Order order) {
        return OrderState.newBuilder()
                .setOrderId(order.id())
                .setCustomerEmail(order.customerEmail())
                .setCurrency(order.currency())
                .setStatus(OrderStatus.valueOf(order.status().name()))
                .setLines(order.lines().stream().map(AvroMapping::line).toList())
                .setTotal(order.total())
                .setPaid(order.paid())
                .setBalanceDue(order.balanceDue())
                .setShipped(order.shipped())
                .setPayments(order.payments().stream()
                        .map(p -> new Payment(p.paymentId(), p.amount(), p.appliedAt()))
                        .toList())
                .setShipments(order.shipments().stream().map(AvroMapping::shipment).toList())
                .setFulfillment(fulfillment(order.fulfillment()))
                .setVersion(order.version())
                .setCreatedAt(order.createdAt())
                .setUpdatedAt(order.updatedAt())
                .setCharge(charge(order.charge()))
                .setCreatedBy(order.commands().createdBy())
                .setAppliedCommandIds(order.commands().applied())
                .setRejection(rejection(order.rejection()))
                .setMerchantId(order.terms().merchantId())
                .setMerchantFeeBasisPoints(order.terms().feeBasisPoints())
                .setPaymentTerms(io.orderstream.schemas.order.PaymentTerms.valueOf(order.terms().paymentTerms().name()))
                .setReleased(order.released())
                .setInvoices(order.invoices().stream().map(i -> new io.orderstream.schemas.order.BuyerInvoice(
                        i.invoiceNumber(), i.shipmentId(), i.amount(), i.paid(), i.issuedAt(), i.dueAt())).toList())
                .setRefunds(order.refunds().stream().map(r -> new io.orderstream.schemas.order.Refund(r.refundId(),
                        r.amount(), r.reason(), transferStatus(r.status()), r.providerId(), r.failureReason(),
                        r.requestedAt())).toList())
                .build();
    }

    private static ChargeRejection rejection(Rejection r) {
        return r == null ? null : new ChargeRejection(r.getCode(), r.getReason());
    }

    private static Rejection rejection(ChargeRejection r) {
        return r == null ? null : new Rejection(r.code(), r.reason());
    }

    private static PendingCharge charge(Charge c) {
        return c == null ? null
                : new PendingCharge(c.getRequestId(), c.getIdempotencyKey(), c.getAmount(), c.getAttempts(),
                        c.getRequestedAt());
    }

    private static Charge charge(PendingCharge c) {
        return c == null ? null
                : new Charge(c.requestId(), c.idempotencyKey(), c.amount(), c.attempts(), c.requestedAt());
    }

    private static RequestedFulfillment fulfillment(Fulfillment f) {
        return f == null ? null : new RequestedFulfillment(f.getRequestId(), f.getAttempts(), f.getRequestedAt(),
                f.getOutcome() == null ? null : RequestedFulfillment.Outcome.valueOf(f.getOutcome().name()),
                f.getReason(), f.getCompletedAt());
    }

    private static Fulfillment fulfillment(RequestedFulfillment f) {
        return f == null ? null : new Fulfillment(f.requestId(), f.attempts(),
                f.requestedAt(), f.outcome() == null ? null : outcome(f.outcome()), f.reason(), f.completedAt());
    }

    private static FulfillmentOutcome outcome(RequestedFulfillment.Outcome outcome) {
        return FulfillmentOutcome.valueOf(outcome.name());
    }

    private static RecordedShipment shipment(ShipmentReport report) {
        return new RecordedShipment(report.getShipmentId(), report.getAmount(),
                report.getLines().stream()
                        .map(l -> new RecordedShipment.ShippedLine(l.getSku(), l.getQuantity())).toList(),
                report.getShippedAt());
    }

    private static RecordedShipment shipment(Shipment s) {
        return new RecordedShipment(s.getShipmentId(), s.getAmount(),
                s.getLines().stream().map(l -> new RecordedShipment.ShippedLine(l.getSku(), l.getQuantity()))
                        .toList(),
                s.getShippedAt(), s.getInvoiceNumber(), s.getTrackingCode(), payout(s.getPayout()));
    }

    private static Shipment shipment(RecordedShipment s) {
        return new Shipment(s.shipmentId(), s.amount(), shipmentLines(s), s.shippedAt(), s.invoiceNumber(),
                s.trackingCode(), payout(s.payout()));
    }

    private static Payout payout(io.orderstream.schemas.order.Payout p) {
        return p == null ? null : new Payout(p.getPayoutId(), p.getAmount(), p.getFee(),
                TransferStatus.valueOf(p.getStatus().name()), p.getProviderId(), p.getReason());
    }

    private static io.orderstream.schemas.order.Payout payout(Payout p) {
        return p == null ? null : new io.orderstream.schemas.order.Payout(p.payoutId(), p.amount(), p.fee(),
                transferStatus(p.status()), p.providerId(), p.reason());
    }

    private static io.orderstream.schemas.order.TransferStatus transferStatus(TransferStatus status) {
        return io.orderstream.schemas.order.TransferStatus.valueOf(status.name());
    }

    private static List<ShipmentLine> shipmentLines(RecordedShipment s) {
        return s.lines().stream().map(l -> new ShipmentLine(l.sku(), l.quantity())).toList();
    }

    private static LineItem line(OrderLine line) {
        return new LineItem(line.getSku(), line.getName(), line.getQuantity(), line.getUnitPrice());
    }

    private static OrderLine line(LineItem line) {
        return new OrderLine(line.sku(), line.name(), line.quantity(), line.unitPrice());
    }

    /** A command this version of the processor does not handle yet; it is answered as rejected. */
    public static final class UnsupportedCommandException extends RuntimeException {
        UnsupportedCommandException(String type) {
            super(type + " is not supported by this order-processor", null, false, false);
        }
    }
}
