package io.orderstream.orderapi.view;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as clients see it, in {@code POST /orders} answers, in {@code GET /orders/{id}} and in
 * the read model's {@code body} column. Amounts are integer minor units of {@code currency}.
 * {@code merchantId} is null for an order of the platform's own shop; {@code released} is what cancel-remainder
 * released (never shipped, never invoiced). Rows written before merchants existed read with the defaults: prepaid,
 * nothing released, no invoices, no refunds.
 */
public record OrderView(
        String id,
        String merchantId,
        String customerEmail,
        String currency,
        String status,
        String paymentTerms,
        List<LineView> lines,
        long total,
        long paid,
        long balanceDue,
        long shipped,
        @JsonSetter(nulls = Nulls.AS_EMPTY) long released,
        List<PaymentView> payments,
        List<ShipmentView> shipments,
        List<InvoiceView> invoices,
        List<RefundView> refunds,
        FulfillmentView fulfillment,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static final String PREPAID = "PREPAID";

    public OrderView {
        paymentTerms = Objects.requireNonNullElse(paymentTerms, PREPAID);
        invoices = Objects.requireNonNullElse(invoices, List.of());
        refunds = Objects.requireNonNullElse(refunds, List.of());
    }

    public record LineView(String sku, String name, int quantity, long unitPrice) {
    }

    public record PaymentView(String id, long amount, Instant appliedAt) {
    }

    /**
     * A shipment, with its payout to the merchant (null for the shop's orders). Named {@code id} before merchants
     * existed: rows of that time read with it.
     */
    public record ShipmentView(@JsonAlias("id") String shipmentId, long amount, List<ShipmentLineView> lines,
                               Instant shippedAt, String invoiceNumber, String trackingCode, PayoutView payout) {
    }

    public record ShipmentLineView(String sku, int quantity) {
    }

    /** A shipment's payout: {@code status} REQUESTED, SUCCEEDED or FAILED; {@code providerId} once paid out. */
    public record PayoutView(String payoutId, long amount, long fee, String status, String providerId) {
    }

    /** A pay-later order's invoice to the buyer for one shipment; {@code balance} is what remains to pay of it. */
    public record InvoiceView(String invoiceNumber, String shipmentId, long amount, long paid, long balance,
                              Instant issuedAt, Instant dueAt) {
    }

    /** Money going back to the buyer: {@code reason} says why, {@code status} REQUESTED, SUCCEEDED or FAILED. */
    public record RefundView(String refundId, long amount, String reason, String status, String providerId) {
    }

    /**
     * The warehouse's work on the order: {@code result} is SUCCEEDED or FAILED, and it and
     * {@code completedAt} stay null until the warehouse answers (or the attempts run out).
     */
    public record FulfillmentView(String requestId, int attempts, String result, String reason, Instant requestedAt,
                                  Instant completedAt) {
    }
}
