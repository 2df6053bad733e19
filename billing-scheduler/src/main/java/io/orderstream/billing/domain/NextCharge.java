package io.orderstream.billing.domain;

import java.util.Optional;

/** The charge dunning sends for an invoice whose retry is due: under {@code key}, as dunning attempt {@code attempt}. */
public record NextCharge(String key, int attempt) {

    /**
     * The retry of an {@code ERROR} invoice: after a decline a NEW key, that of the next dunning attempt (the
     * provider would replay the decline under the old one); after an unknown outcome the SAME key, so that a charge
     * the provider did make is answered, not made again. Nothing for any other invoice.
     */
    public static Optional<NextCharge> after(Invoice invoice) {
        if (invoice.status() != InvoiceStatus.ERROR || invoice.failureReason() == null) {
            return Optional.empty();
        }
        String current = invoice.chargeKey() != null ? invoice.chargeKey()
                : ChargeKeys.forAttempt(invoice.id(), invoice.dunningAttempt());
        return switch (invoice.failureReason()) {
            case INSUFFICIENT_FUNDS -> {
                int next = invoice.dunningAttempt() + 1;
                yield Optional.of(new NextCharge(ChargeKeys.forAttempt(invoice.id(), next), next));
            }
            case NETWORK_ERROR, SYSTEM_ERROR -> Optional.of(new NextCharge(current, invoice.dunningAttempt()));
            case CUSTOMER_NOT_FOUND, CURRENCY_MISMATCH -> Optional.empty();
        };
    }
}
