package io.orderstream.billing.domain;

/**
 * The provider Idempotency-Keys of an invoice's charges. The run's charge is {@code invoice/<id>/charge}; dunning
 * step {@code n} after a decline is {@code invoice/<id>/charge/dunning-<n>}. A key is never reused for a different
 * attempt, and a retry after an unknown outcome reuses the key whose outcome is unknown.
 */
public final class ChargeKeys {

    private ChargeKeys() {
    }

    /** The key of the run's charge (dunning attempt 0). */
    public static String initial(String invoiceId) {
        return "invoice/" + invoiceId + "/charge";
    }

    /** The key of dunning attempt {@code attempt}: the run's key for 0, a key of its own for every later one. */
    public static String forAttempt(String invoiceId, int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("no dunning attempt " + attempt);
        }
        return attempt == 0 ? initial(invoiceId) : initial(invoiceId) + "/dunning-" + attempt;
    }
}
