package io.orderstream.processor.domain;

/**
 * A shipment's payout to its merchant: the shipment's amount less the fee.
 *
 * @param providerId the provider's id of the payout; null until it is settled
 * @param reason     why it failed; null unless FAILED
 */
public record MerchantPayout(String payoutId, long amount, long fee, TransferState status, String providerId,
                     String reason) {

    /** The payout id of a shipment, also the provider's Idempotency-Key: a shipment id is unique only in its order. */
    public static String idOf(String orderId, String shipmentId) {
        return "payout/" + orderId + "/" + shipmentId;
    }

    MerchantPayout settled(TransferState outcome, String provider, String why) {
        return new MerchantPayout(payoutId, amount, fee, outcome, provider, why);
    }
}
