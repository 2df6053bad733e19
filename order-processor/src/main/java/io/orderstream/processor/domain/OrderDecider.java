package io.orderstream.processor.domain;

import static io.orderstream.platform.codes.RejectionCode.INVALID_AMOUNT;
import static io.orderstream.platform.codes.RejectionCode.INVALID_STATE;
import static io.orderstream.platform.codes.RejectionCode.ORDER_EXISTS;
import static io.orderstream.platform.codes.RejectionCode.ORDER_LIMIT_REACHED;
import static io.orderstream.platform.codes.RejectionCode.ORDER_NOT_FOUND;
import static io.orderstream.platform.codes.RejectionCode.PAYMENT_DECLINED;
import static io.orderstream.platform.codes.RejectionCode.PAYMENT_EXCEEDS_BALANCE;
import static io.orderstream.platform.codes.RejectionCode.PAYMENT_FAILED;
import static io.orderstream.platform.codes.RejectionCode.PAYMENT_ID_CONFLICT;
import static io.orderstream.platform.codes.RejectionCode.SHIPMENTS_INCOMPLETE;
import static io.orderstream.platform.codes.RejectionCode.SHIPMENT_EXCEEDS_REMAINING;
import static io.orderstream.platform.codes.RejectionCode.SHIPMENT_EXCEEDS_TOTAL;
import static io.orderstream.platform.codes.RejectionCode.SHIPMENT_ID_CONFLICT;
import static io.orderstream.platform.codes.RejectionCode.UNKNOWN_CHARGE_REQUEST;
import static io.orderstream.platform.codes.RejectionCode.UNKNOWN_FULFILLMENT_REQUEST;
import static io.orderstream.platform.codes.RejectionCode.UNKNOWN_PAYOUT;
import static io.orderstream.platform.codes.RejectionCode.UNKNOWN_REFUND;
import static io.orderstream.platform.codes.RejectionCode.VALIDATION_FAILED;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.limits.OrderLimits;
import io.orderstream.processor.domain.Command.ApplyPayment;
import io.orderstream.processor.domain.Command.CancelOrder;
import io.orderstream.processor.domain.Command.CancelRemainder;
import io.orderstream.processor.domain.Command.CreateOrder;
import io.orderstream.processor.domain.Command.ExpireCharge;
import io.orderstream.processor.domain.Command.ExpireFulfillment;
import io.orderstream.processor.domain.Command.RecordChargeResult;
import io.orderstream.processor.domain.Command.RecordFulfillmentResult;
import io.orderstream.processor.domain.Command.RecordShipment;
import io.orderstream.processor.domain.Command.RecordTransferResult;
import io.orderstream.processor.domain.Decision.FieldError;
import io.orderstream.processor.domain.Event.ChargeRequested;
import io.orderstream.processor.domain.Event.FulfillmentCompleted;
import io.orderstream.processor.domain.Event.FulfillmentRequested;
import io.orderstream.processor.domain.Event.InvoiceIssued;
import io.orderstream.processor.domain.Event.OrderCancelled;
import io.orderstream.processor.domain.Event.OrderClosed;
import io.orderstream.processor.domain.Event.OrderCreated;
import io.orderstream.processor.domain.Event.OrderPaid;
import io.orderstream.processor.domain.Event.OrderRejected;
import io.orderstream.processor.domain.Event.OrderShipped;
import io.orderstream.processor.domain.Event.PaymentApplied;
import io.orderstream.processor.domain.Event.PayoutRequested;
import io.orderstream.processor.domain.Event.PayoutSettled;
import io.orderstream.processor.domain.Event.RefundRequested;
import io.orderstream.processor.domain.Event.RefundSettled;
import io.orderstream.processor.domain.Event.RemainderCancelled;
import io.orderstream.processor.domain.Event.ShipmentRecorded;
import io.orderstream.processor.domain.RequestedFulfillment.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The order state machine's decisions: a pure function from the current order and a command to
 * the events it causes or the reason it is refused. {@link OrderEvolution} applies the events.
 * A client's command the order has applied already (the same command id, {@link AppliedCommands}) is answered as
 * the first time and changes nothing; a refused command changes nothing and is decided again.
 *
 * <p>An order belongs to a merchant or to the platform's own shop ({@link OrderTerms}); a client's command sent
 * for another merchant (or by the shop for a merchant's order) is refused {@code order_not_found}, as if the order
 * did not exist.
 *
 * <pre>
 * Prepaid (PREPAID, the default):
 *   (none) --CreateOrder--> CREATED --ApplyPayment (balance reaches 0)--> PAID --> IN_FULFILLMENT
 *   (none) --CreateOrder payNow--> PENDING_PAYMENT --charge CAPTURED--> PAID --> IN_FULFILLMENT
 *   PENDING_PAYMENT --charge not captured / attempts exhausted--> REJECTED
 *   CREATED --CancelOrder (nothing paid)--> CANCELLED
 *   IN_FULFILLMENT --RecordShipment (notice; stays until shipped in full)--> IN_FULFILLMENT
 *   IN_FULFILLMENT --fulfillment result / attempts exhausted--> CLOSED (SUCCEEDED | FAILED: refund of what was paid
 *                                                                      and not shipped)
 *   IN_FULFILLMENT --notices ship the total / CancelRemainder (refund of the rest)--> CLOSED (SUCCEEDED)
 *
 * Pay-later (INVOICE, a merchant's order only; no fulfillment request, the merchant ships and notifies):
 *   (none) --CreateOrder--> CREATED --CancelOrder--> CANCELLED
 *   CREATED --RecordShipment (first; invoice issued)--> IN_FULFILLMENT --RecordShipment--> IN_FULFILLMENT
 *   IN_FULFILLMENT --RecordShipment (shipped = total) / CancelRemainder--> SHIPPED
 *   IN_FULFILLMENT --ApplyPayment (oldest open invoice first)--> IN_FULFILLMENT
 *   SHIPPED --ApplyPayment (every invoice paid)--> CLOSED (SUCCEEDED)
 *   (CancelRemainder with every invoice paid already: IN_FULFILLMENT --> SHIPPED --> CLOSED at once)
 *
 * Every accepted shipment of a merchant's order asks the merchant's payout (PayoutRequested); the payment worker's
 * answer settles it (PayoutSettled), as a refund's settles the refund (RefundSettled), in any later status.
 * </pre>
 */
public final class OrderDecider {

    private final OrderPolicy policy;

    public OrderDecider(OrderPolicy policy) {
        this.policy = policy;
    }

    /** @param order the current order, or null when none exists yet */
    public Decision decide(Order order, Command command, Instant now) {
        if (order == null) {
            return command instanceof CreateOrder create
                    ? create(create, now)
                    : Decision.reject(ORDER_NOT_FOUND, "No order with this id exists.");
        }
        if (command instanceof Command.FromClient client && !(command instanceof CreateOrder)
                && !Objects.equals(client.merchantId(), order.terms().merchantId())) {
            return Decision.reject(ORDER_NOT_FOUND, "No order with this id exists.");
        }
        return switch (command) {
            case CreateOrder create -> order.commands().isCreator(create.commandId())
                    ? createdAgain(order)
                    : Decision.reject(ORDER_EXISTS, "An order with this id exists already.");
            case ApplyPayment pay -> order.commands().hasApplied(pay.commandId()) ? Decision.accept()
                    : pay(order, pay, now);
            case CancelOrder cancel -> order.commands().hasApplied(cancel.commandId()) ? Decision.accept()
                    : cancel(order, cancel, now);
            case RecordShipment notice -> order.commands().hasApplied(notice.commandId()) ? Decision.accept()
                    : recordShipment(order, notice, now);
            case CancelRemainder cancel -> order.commands().hasApplied(cancel.commandId()) ? Decision.accept()
                    : cancelRemainder(order, cancel, now);
            case RecordChargeResult result -> recordCharge(order, result, now);
            case RecordTransferResult result -> recordTransfer(order, result, now);
            case ExpireCharge ignored -> expireCharge(order, now);
            case RecordFulfillmentResult result -> recordFulfillment(order, result, now);
            case ExpireFulfillment ignored -> expireFulfillment(order, now);
        };
    }

    private Decision create(CreateOrder command, Instant now) {
        var errors = CreateOrderRules.check(command, policy);
        if (!errors.isEmpty()) {
            return new Decision.Rejected(VALIDATION_FAILED, "The order is not valid.", errors);
        }
        long total = command.lines().stream().mapToLong(LineItem::amount).sum();
        var created = new OrderCreated(command.customerEmail(), command.currency(), command.lines(), total,
                command.payNow(), command.terms(), now);
        // one request id for every attempt of the charge (OrderReactions answers the creating command by its own id)
        return command.payNow()
                ? Decision.defer(created, new ChargeRequested(command.commandId(), total, 1, now))
                : Decision.accept(created);
    }

    /**
     * The create that made the order, delivered again: answered as the first time, with the order as it is now.
     * A create-and-pay still waiting for its charge is answered when the charge is settled, as the first time.
     */
    private static Decision createdAgain(Order order) {
        return switch (order.status()) {
            case PENDING_PAYMENT -> Decision.defer();
            case REJECTED -> order.rejection() == null
                    // rejected before the reason was kept: what the first answer said is not known
                    ? Decision.reject(ORDER_EXISTS, "An order with this id exists already.")
                    : new Decision.Rejected(order.rejection().code(), order.rejection().message(), List.of());
            default -> Decision.accept();
        };
    }

    private static Decision recordCharge(Order order, RecordChargeResult result, Instant now) {
        PendingCharge charge = order.charge();
        if (charge == null || !charge.requestId().equals(result.requestId())) {
            return Decision.reject(UNKNOWN_CHARGE_REQUEST, "The order has no charge " + result.requestId() + ".");
        }
        if (order.status() != Status.PENDING_PAYMENT) {
            return Decision.accept(); // a repeated answer: the order has its outcome already
        }
        List<FieldError> errors = ResultRules.check(result);
        if (!errors.isEmpty()) {
            return new Decision.Rejected(VALIDATION_FAILED, "The payment worker's answer is not valid.", errors);
        }
        return switch (result.status()) {
            case CAPTURED -> Decision.accept(new PaymentApplied(result.chargeId(), charge.amount(), now),
                    new OrderPaid(order.total(), now),
                    new FulfillmentRequested(RequestedFulfillment.requestIdOf(order.id()), 1, now));
            case DECLINED, REJECTED -> Decision.accept(new OrderRejected(PAYMENT_DECLINED.code(), result.code(), now));
            case FAILED -> Decision.accept(new OrderRejected(PAYMENT_FAILED.code(), result.reason(), now));
        };
    }

    private Decision expireCharge(Order order, Instant now) {
        PendingCharge charge = order.charge();
        if (order.status() != Status.PENDING_PAYMENT
                || now.isBefore(policy.chargeDueAt(charge.requestedAt()))) {
            return Decision.accept(); // answered meanwhile, or not due yet
        }
        if (charge.attempts() < policy.chargeAttempts()) {
            return Decision.accept(new ChargeRequested(charge.requestId(), charge.amount(), charge.attempts() + 1, now));
        }
        return Decision.accept(new OrderRejected(PAYMENT_FAILED.code(), "payment_timeout", now));
    }

    private Decision pay(Order order, ApplyPayment command, Instant now) {
        if (!FieldRules.isValidRequired(command.paymentId(), OrderLimits.MAX_ID_LENGTH)) {
            return invalidField("paymentId", FieldRules.textCode(command.paymentId(), FieldCode.PAYMENT_ID_INVALID),
                    "The payment id is required, has at most "
                    + OrderLimits.MAX_ID_LENGTH + " characters and no control characters.");
        }
        var earlier = order.payment(command.paymentId());
        if (earlier.isPresent()) {
            return earlier.get().amount() == command.amount()
                    ? Decision.accept()
                    : Decision.reject(PAYMENT_ID_CONFLICT,
                            "Payment " + command.paymentId() + " was applied already with another amount.");
        }
        boolean payLater = order.terms().isPayLater();
        if (payLater ? order.status() != Status.IN_FULFILLMENT && order.status() != Status.SHIPPED
                : order.status() != Status.CREATED) {
            return invalidState(order, payLater ? "takes no payment: only invoiced shipments are paid"
                    : "takes no payment");
        }
        if (command.amount() <= 0) {
            return Decision.reject(INVALID_AMOUNT, "A payment must be positive.");
        }
        long balance = payLater ? order.openInvoiced() : order.balanceDue();
        if (command.amount() > balance) {
            return Decision.reject(PAYMENT_EXCEEDS_BALANCE, "The payment exceeds the balance due of " + balance + ".");
        }
        if (order.payments().size() >= OrderLimits.MAX_PAYMENTS_PER_ORDER) {
            return limitReached("An order takes at most " + OrderLimits.MAX_PAYMENTS_PER_ORDER + " payments.");
        }
        List<Event> events = new ArrayList<>();
        events.add(new PaymentApplied(command.paymentId(), command.amount(), now));
        if (command.amount() == balance && payLater && order.status() == Status.SHIPPED) {
            events.add(new OrderClosed(Outcome.SUCCEEDED, now));
        } else if (command.amount() == balance && !payLater) {
            events.add(new OrderPaid(order.total(), now));
            events.add(new FulfillmentRequested(RequestedFulfillment.requestIdOf(order.id()), 1, now));
        }
        return new Decision.Accepted(events);
    }

    private static Decision cancel(Order order, CancelOrder command, Instant now) {
        if (!FieldRules.isValidOptional(command.reason(), OrderLimits.MAX_REASON_LENGTH)) {
            return invalidField("reason", FieldRules.textCode(command.reason(), FieldCode.REASON_TOO_LONG),
                    "The reason has at most "
                    + OrderLimits.MAX_REASON_LENGTH + " characters and no control characters.");
        }
        if (order.status() != Status.CREATED || order.paid() > 0) {
            return invalidState(order, "cannot be cancelled: only an order with nothing paid can");
        }
        return Decision.accept(new OrderCancelled(command.reason(), now));
    }

    private static Decision recordFulfillment(Order order, RecordFulfillmentResult result, Instant now) {
        RequestedFulfillment fulfillment = order.fulfillment();
        if (fulfillment == null || !fulfillment.requestId().equals(result.requestId())) {
            return Decision.reject(UNKNOWN_FULFILLMENT_REQUEST,
                    "The order has no fulfillment request " + result.requestId() + ".");
        }
        if (!fulfillment.isPending()) {
            return Decision.accept(); // a late or repeated answer: the order has its result already
        }
        List<FieldError> errors = ResultRules.check(result);
        if (!errors.isEmpty()) {
            return new Decision.Rejected(VALIDATION_FAILED, "The warehouse's answer is not valid.", errors);
        }
        return result.outcome() == Outcome.SUCCEEDED
                ? shipped(order, result.shipments(), now)
                : fulfillmentFailed(order, result.reason(), now);
    }

    /** The warehouse will not ship: what was paid for goods that did not ship goes back to the buyer. */
    private static Decision fulfillmentFailed(Order order, String reason, Instant now) {
        List<Event> events = new ArrayList<>();
        events.add(new FulfillmentCompleted(Outcome.FAILED, reason, now));
        long unshipped = order.paid() - order.shipped();
        if (unshipped > 0) {
            events.add(new RefundRequested(Refund.idOf(order.id(), Refund.FULFILLMENT_FAILED), unshipped,
                    Refund.FULFILLMENT_FAILED, now));
        }
        events.add(new OrderClosed(Outcome.FAILED, now));
        return new Decision.Accepted(events);
    }

    private static Decision shipped(Order order, List<RecordedShipment> shipments, Instant now) {
        List<RecordedShipment> fresh = shipments.stream().filter(s -> !order.hasShipment(s.shipmentId())).toList();
        if (order.shipments().size() + fresh.size() > OrderLimits.MAX_SHIPMENTS_PER_ORDER) {
            return limitReached("An order has at most " + OrderLimits.MAX_SHIPMENTS_PER_ORDER + " shipments.");
        }
        if (fresh.stream().anyMatch(s -> s.amount() <= 0 || s.amount() > order.total())) {
            return Decision.reject(INVALID_AMOUNT, "A shipment's amount must be positive and within the total.");
        }
        // each amount is within the total and there are at most MAX_SHIPMENTS_PER_ORDER: the sum cannot overflow
        long shippedAfter = order.shipped() + fresh.stream().mapToLong(RecordedShipment::amount).sum();
        if (shippedAfter > order.total()) {
            return Decision.reject(SHIPMENT_EXCEEDS_TOTAL,
                    "Shipments of " + shippedAfter + " would exceed the order total of " + order.total() + ".");
        }
        if (shippedAfter < order.total()) {
            return Decision.reject(SHIPMENTS_INCOMPLETE, "A successful fulfillment ships the whole order: "
                    + shippedAfter + " of " + order.total() + ".");
        }
        List<Event> events = new ArrayList<>();
        fresh.forEach(s -> events.addAll(shipmentRecorded(order, s, now)));
        events.add(new FulfillmentCompleted(Outcome.SUCCEEDED, null, now));
        events.add(new OrderClosed(Outcome.SUCCEEDED, now));
        return new Decision.Accepted(events);
    }

    private Decision expireFulfillment(Order order, Instant now) {
        RequestedFulfillment fulfillment = order.fulfillment();
        boolean waiting = order.status() == Status.IN_FULFILLMENT && fulfillment != null
                && fulfillment.isPending();
        if (!waiting || now.isBefore(policy.fulfillmentDueAt(fulfillment.requestedAt()))) {
            return Decision.accept(); // answered meanwhile, or not due yet
        }
        if (fulfillment.attempts() < policy.fulfillmentAttempts()) {
            return Decision.accept(new FulfillmentRequested(fulfillment.requestId(), fulfillment.attempts() + 1, now));
        }
        return fulfillmentFailed(order, RequestedFulfillment.TIMEOUT_REASON, now);
    }

    /**
     * A merchant's shipment notice. The sum of the shipments never exceeds the order's total (less what was
     * released): one that completes it exactly is accepted, one beyond it refused naming what remains. The same
     * shipment id with the same body is the same notice again (accepted, nothing new); with another body a conflict.
     */
    private Decision recordShipment(Order order, RecordShipment notice, Instant now) {
        List<FieldError> errors = ShipmentRules.check(notice);
        if (!errors.isEmpty()) {
            return new Decision.Rejected(VALIDATION_FAILED, "The shipment notice is not valid.", errors);
        }
        var earlier = order.shipment(notice.shipmentId());
        if (earlier.isPresent()) {
            return earlier.get().sameBodyAs(notice.amount(), notice.lines(), notice.invoiceNumber(),
                    notice.trackingCode())
                    ? Decision.accept()
                    : Decision.reject(SHIPMENT_ID_CONFLICT,
                            "Shipment " + notice.shipmentId() + " was recorded already with another body.");
        }
        if (!acceptsNotices(order)) {
            return invalidState(order, order.terms().isPayLater() ? "takes no shipment notice"
                    : "takes no shipment notice: a prepaid order is shipped once it is paid, until it is closed");
        }
        if (notice.amount() <= 0) {
            return Decision.reject(INVALID_AMOUNT, "A shipment's amount must be positive.");
        }
        if (order.shipments().size() >= OrderLimits.MAX_SHIPMENTS_PER_ORDER) {
            return limitReached("An order has at most " + OrderLimits.MAX_SHIPMENTS_PER_ORDER + " shipments.");
        }
        long remaining = order.remaining();
        if (notice.amount() > remaining) {
            return Decision.reject(SHIPMENT_EXCEEDS_REMAINING, "The shipment of " + notice.amount()
                    + " exceeds the remaining amount of " + remaining + ".");
        }
        List<FieldError> lineErrors = ShipmentRules.checkAgainst(order, notice);
        if (!lineErrors.isEmpty()) {
            return new Decision.Rejected(VALIDATION_FAILED, "The shipment notice does not match the order.",
                    lineErrors);
        }
        var shipment = new RecordedShipment(notice.shipmentId(), notice.amount(), notice.lines(), now,
                notice.invoiceNumber(), notice.trackingCode(), null);
        List<Event> events = new ArrayList<>(shipmentRecorded(order, shipment, now));
        if (order.terms().isPayLater()) {
            String number = notice.invoiceNumber() != null ? notice.invoiceNumber()
                    : BuyerInvoice.generatedNumber(order.id(), order.shipments().size() + 1);
            events.add(new InvoiceIssued(number, notice.shipmentId(), notice.amount(), policy.invoiceDueAt(now), now));
        }
        if (notice.amount() == remaining) {
            events.addAll(order.terms().isPayLater()
                    ? List.of(new OrderShipped(order.shipped() + notice.amount(), now))
                    : completed(order, now));
        }
        return new Decision.Accepted(events);
    }

    /** A pay-later order until it has shipped everything; a prepaid one once paid, until it is closed. */
    private static boolean acceptsNotices(Order order) {
        return order.terms().isPayLater()
                ? order.status() == Status.CREATED || order.status() == Status.IN_FULFILLMENT
                : order.status() == Status.PAID || order.status() == Status.IN_FULFILLMENT;
    }

    /** A shipment, and for a merchant's order its payout: the amount less the fee, rounded down. */
    private static List<Event> shipmentRecorded(Order order, RecordedShipment shipment, Instant now) {
        if (!order.terms().hasMerchant()) {
            return List.of(new ShipmentRecorded(shipment));
        }
        long fee = order.terms().feeOf(shipment.amount());
        return List.of(new ShipmentRecorded(shipment), new PayoutRequested(
                Payout.idOf(order.id(), shipment.shipmentId()), shipment.shipmentId(), shipment.amount() - fee, fee,
                now));
    }

    /** A prepaid order with nothing left to ship: its fulfillment (if still asked of the warehouse) ends, it closes. */
    private static List<Event> completed(Order order, Instant now) {
        List<Event> events = new ArrayList<>();
        if (order.fulfillment() != null && order.fulfillment().isPending()) {
            events.add(new FulfillmentCompleted(Outcome.SUCCEEDED, null, now));
        }
        events.add(new OrderClosed(Outcome.SUCCEEDED, now));
        return events;
    }

    /**
     * After a partial shipment, what has not shipped never will. Pay-later: the order is SHIPPED for what shipped
     * (and CLOSED when its invoices are paid already). Prepaid: what was paid and not shipped is refunded, it closes.
     */
    private static Decision cancelRemainder(Order order, CancelRemainder command, Instant now) {
        if (!FieldRules.isValidOptional(command.reason(), OrderLimits.MAX_REASON_LENGTH)) {
            return invalidField("reason", FieldRules.textCode(command.reason(), FieldCode.REASON_TOO_LONG),
                    "The reason has at most "
                    + OrderLimits.MAX_REASON_LENGTH + " characters and no control characters.");
        }
        long shipped = order.shipped();
        if (order.status() != Status.IN_FULFILLMENT || shipped == 0 || order.remaining() == 0) {
            return invalidState(order, "cannot cancel its remainder: only a partly shipped order can");
        }
        List<Event> events = new ArrayList<>();
        events.add(new RemainderCancelled(order.total() - shipped, command.reason(), now));
        if (order.terms().isPayLater()) {
            events.add(new OrderShipped(shipped, now));
            if (order.openInvoiced() == 0) {
                events.add(new OrderClosed(Outcome.SUCCEEDED, now));
            }
            return new Decision.Accepted(events);
        }
        long unshipped = order.paid() - shipped;
        if (unshipped > 0) {
            events.add(new RefundRequested(Refund.idOf(order.id(), Refund.REMAINDER_CANCELLED), unshipped,
                    Refund.REMAINDER_CANCELLED, now));
        }
        events.addAll(completed(order, now));
        return new Decision.Accepted(events);
    }

    /** The payment worker's answer to a payout or a refund; a repeated answer changes nothing. */
    private static Decision recordTransfer(Order order, RecordTransferResult result, Instant now) {
        return result.transfer() == Command.Transfer.PAYOUT
                ? order.shipmentPaidOutBy(result.transferId())
                        .map(shipment -> settle(shipment.payout().status(), result, (outcome, reason) ->
                                new PayoutSettled(result.transferId(), shipment.shipmentId(), outcome,
                                        result.providerId(), reason, now)))
                        .orElseGet(() -> Decision.reject(UNKNOWN_PAYOUT,
                                "The order has no payout " + result.transferId() + "."))
                : order.refund(result.transferId())
                        .map(refund -> settle(refund.status(), result, (outcome, reason) ->
                                new RefundSettled(result.transferId(), outcome, result.providerId(), reason, now)))
                        .orElseGet(() -> Decision.reject(UNKNOWN_REFUND,
                                "The order has no refund " + result.transferId() + "."));
    }

    /** CAPTURED: the money was sent (SUCCEEDED); anything else FAILED, with the worker's reason. */
    private static Decision settle(TransferStatus current, RecordTransferResult result,
                                   BiFunction<TransferStatus, String, Event> settled) {
        if (current != TransferStatus.REQUESTED) {
            return Decision.accept(); // a repeated answer: the transfer is settled already
        }
        List<FieldError> errors = ResultRules.check(result);
        if (!errors.isEmpty()) {
            return new Decision.Rejected(VALIDATION_FAILED, "The payment worker's answer is not valid.", errors);
        }
        return result.status() == Command.ChargeStatus.CAPTURED
                ? Decision.accept(settled.apply(TransferStatus.SUCCEEDED, null))
                : Decision.accept(settled.apply(TransferStatus.FAILED,
                        Objects.requireNonNullElse(result.reason(), result.status().name())));
    }

    /**
     * The ids a client's command carries: what any id is, or the command is refused before the order is looked at
     * (the order remembers command ids, so they are bounded like the others).
     */
    public static List<FieldError> checkIds(String commandId, String orderId) {
        List<FieldError> errors = new ArrayList<>();
        if (!FieldRules.isValidRequired(commandId, OrderLimits.MAX_ID_LENGTH)) {
            errors.add(new FieldError("commandId", FieldRules.textCode(commandId, FieldCode.COMMAND_ID_INVALID),
                    "The command id is required, has at most "
                    + OrderLimits.MAX_ID_LENGTH + " characters and no control characters."));
        }
        if (!FieldRules.isValidRequired(orderId, OrderLimits.MAX_ID_LENGTH)) {
            errors.add(new FieldError("orderId", FieldRules.textCode(orderId, FieldCode.ORDER_ID_INVALID),
                    "The order id is required, has at most "
                    + OrderLimits.MAX_ID_LENGTH + " characters and no control characters."));
        }
        return List.copyOf(errors);
    }

    private static Decision invalidField(String field, FieldCode code, String message) {
        return new Decision.Rejected(VALIDATION_FAILED, "The command is not valid.",
                List.of(new FieldError(field, code, message)));
    }

    private static Decision limitReached(String message) {
        return Decision.reject(ORDER_LIMIT_REACHED, message);
    }

    private static Decision invalidState(Order order, String what) {
        return Decision.reject(INVALID_STATE, "An order in status " + order.status() + " " + what + ".");
    }
}
