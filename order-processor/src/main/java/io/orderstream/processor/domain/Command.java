package io.orderstream.processor.domain;

import java.util.List;

/** What may be asked of an order: by a client, by the warehouse's answer, or by the passing of time. */
public sealed interface Command {

    /** Identifies the request; the same command delivered twice is answered the same way. */
    String commandId();

    /** A client's command: sent by the platform's own shop (merchantId null) or by a merchant's key. */
    sealed interface FromClient extends Command {
        /** The merchant whose key sent the command; null for the platform's own shop. */
        String merchantId();
    }

    /**
     * @param payNow         create-and-pay: the order stays hidden until its charge is captured
     * @param merchantId     the merchant the order belongs to; null for the platform's own shop
     * @param feeBasisPoints the merchant's fee, in basis points of each shipment
     */
    record CreateOrder(String commandId, String customerEmail, String currency, List<LineItem> lines,
                       boolean payNow, String merchantId, int feeBasisPoints, PaymentTerms paymentTerms)
            implements FromClient {
        public CreateOrder {
            lines = List.copyOf(lines);
            paymentTerms = paymentTerms == null ? PaymentTerms.PREPAID : paymentTerms;
        }

        /** An order of the platform's own shop, paid before shipping. */
        public CreateOrder(String commandId, String customerEmail, String currency, List<LineItem> lines,
                           boolean payNow) {
            this(commandId, customerEmail, currency, lines, payNow, null, 0, PaymentTerms.PREPAID);
        }

        OrderTerms terms() {
            return new OrderTerms(merchantId, feeBasisPoints, paymentTerms);
        }
    }

    record ApplyPayment(String commandId, String paymentId, long amount, String merchantId) implements FromClient {
        public ApplyPayment(String commandId, String paymentId, long amount) {
            this(commandId, paymentId, amount, null);
        }
    }

    record CancelOrder(String commandId, String reason, String merchantId) implements FromClient {
        public CancelOrder(String commandId, String reason) {
            this(commandId, reason, null);
        }
    }

    /** A merchant's shipment notice; lines are optional. */
    record RecordShipment(String commandId, String shipmentId, long amount, List<RecordedShipment.ShippedLine> lines,
                          String invoiceNumber, String trackingCode, String merchantId) implements FromClient {
        public RecordShipment {
            lines = List.copyOf(lines);
        }
    }

    /** After a partial shipment: what has not shipped never will. */
    record CancelRemainder(String commandId, String reason, String merchantId) implements FromClient {
    }

    /** The warehouse answered a fulfillment request. */
    record RecordFulfillmentResult(String commandId, String requestId, RequestedFulfillment.Outcome outcome,
                                   List<RecordedShipment> shipments, String reason) implements Command {
        public RecordFulfillmentResult {
            shipments = List.copyOf(shipments);
        }
    }

    /** The payment worker answered a create-and-pay order's charge. */
    record RecordChargeResult(String commandId, String requestId, ChargeStatus status, String chargeId,
                              String code, String reason) implements Command {
    }

    enum ChargeStatus { CAPTURED, DECLINED, REJECTED, FAILED }

    /**
     * The payment worker answered a payout or a refund (CAPTURED: the money was sent).
     *
     * @param transferId the payout's or the refund's id (the request id)
     * @param providerId the provider's id of the transfer
     */
    record RecordTransferResult(String commandId, Transfer transfer, String transferId, ChargeStatus status,
                                String providerId, String reason) implements Command {
    }

    enum Transfer { PAYOUT, REFUND }

    /** The charge deadline of a create-and-pay order passed without an answer. */
    record ExpireCharge(String commandId) implements Command {
    }

    /** The fulfillment deadline of the order passed without an answer. */
    record ExpireFulfillment(String commandId) implements Command {
    }
}
