package io.orderstream.processor.domain;

/**
 * A shipment's payout to its merchant: the shipment's amount less the fee.
 *
 * @param providerId the provider's id of the payout; null until it is settled
 * @param reason     why it failed; null unless FAILED
 */
public record Payout(String payoutId, long amount, long fee, TransferStatus status, String providerId,
                     String reason) {

    /** The payout id of a shipment, also the provider's Idempotency-Key: a shipment id is unique only in its order. */
    public static String idOf(String orderId, String shipmentId) {
        return "payout/" + orderId + "/" + shipmentId;
    }

    Payout settled(TransferStatus outcome, String provider, String why) {
        return new Payout(payoutId, amount, fee, outcome, provider, why);
    }
}
