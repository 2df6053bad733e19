package io.orderstream.processor.domain;

/**
 * Whose order it is and how it is paid, fixed when the order is created.
 *
 * @param merchantId      the merchant the order belongs to; null for the platform's own shop
 * @param feeBasisPoints  the merchant's fee at the time of the order, in basis points of each shipment (0..10,000)
 * @param paymentTerms    PREPAID (pay before shipping) or INVOICE (pay later, only for a merchant's order)
 */
public record OrderTerms(String merchantId, int feeBasisPoints, PaymentTerms paymentTerms) {

    public static final int MAX_FEE_BASIS_POINTS = 10_000;

    /** The platform's own shop, paying before shipping: every order from before merchants existed. */
    public static final OrderTerms SHOP = new OrderTerms(null, 0, PaymentTerms.PREPAID);

    public OrderTerms {
        paymentTerms = paymentTerms == null ? PaymentTerms.PREPAID : paymentTerms;
    }

    public boolean hasMerchant() {
        return merchantId != null;
    }

    public boolean isPayLater() {
        return paymentTerms == PaymentTerms.INVOICE;
    }

    /** The merchant's fee on a shipment of {@code amount}: rounded down, never more than the amount. */
    public long feeOf(long amount) {
        return Math.multiplyExact(amount, (long) feeBasisPoints) / MAX_FEE_BASIS_POINTS;
    }
}
