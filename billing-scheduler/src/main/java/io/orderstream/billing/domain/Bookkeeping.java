package io.orderstream.billing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What a charge result does to its invoice. The result's key is compared with the invoice's current charge key
 * ({@code invoice/<id>/charge} while none is stored: a result may overtake the commit that marks the invoice
 * CHARGING):
 * <ul>
 *   <li>An invoice under review changes no more: {@link Booking.Ignored}.</li>
 *   <li>A result under another key: a capture is money the books do not expect ({@link Booking.NeedsReview}) unless
 *       it is the very charge the invoice is paid with; anything else moved no money and is stale
 *       ({@link Booking.Ignored}).</li>
 *   <li>A result under the current key of a PAID invoice: the same capture again is a duplicate ({@link
 *       Booking.Ignored}); a capture with another charge id is a second charge ({@link Booking.NeedsReview}); a
 *       failure cannot undo the capture ({@link Booking.Ignored}).</li>
 *   <li>Of an ERROR invoice with a definite answer (declined, customer not found, currency mismatch): a capture
 *       contradicts it ({@link Booking.NeedsReview}); anything else is a duplicate ({@link Booking.Ignored}).</li>
 *   <li>Otherwise (PENDING, CHARGING, or ERROR after an unknown outcome, whose late answer settles it) the result is
 *       booked: CAPTURED → PAID; DECLINED → insufficient_funds; REJECTED → customer_not_found, currency_mismatch,
 *       or NEEDS_REVIEW for idempotency_key_reused (the provider holds another request under the key), any other
 *       code system_error; FAILED → network_error when the worker had no answer (retries_exhausted,
 *       outcome_unknown), system_error otherwise.</li>
 * </ul>
 */
public final class Bookkeeping {

    private Bookkeeping() {
    }

    public static Booking book(Invoice invoice, ChargeResult result, DunningSchedule dunning, Instant now) {
        if (invoice.status() == InvoiceStatus.NEEDS_REVIEW) {
            return new Booking.Ignored("the invoice is under review");
        }
        boolean captured = result.status() == ResultStatus.CAPTURED;
        boolean sameCharge = captured && invoice.status() == InvoiceStatus.PAID
                && Objects.equals(invoice.chargeId(), result.chargeId());
        if (sameCharge) {
            return new Booking.Ignored("duplicate capture " + result.chargeId());
        }
        if (!result.key().equals(currentKey(invoice))) {
            return captured
                    ? new Booking.NeedsReview("captured " + result.chargeId() + " under " + result.key()
                            + ", not the invoice's current key " + currentKey(invoice))
                    : new Booking.Ignored("stale " + result.status() + " under " + result.key());
        }
        return switch (invoice.status()) {
            case PAID -> captured
                    ? new Booking.NeedsReview("second capture " + result.chargeId() + " of an invoice paid by "
                            + invoice.chargeId())
                    : new Booking.Ignored(result.status() + " after the invoice was paid");
            case ERROR -> isDefinite(invoice.failureReason())
                    ? afterDefiniteFailure(invoice, result)
                    : outcome(invoice, result, dunning, now);
            case PENDING, CHARGING -> outcome(invoice, result, dunning, now);
            case NEEDS_REVIEW -> throw new IllegalStateException("handled above");
        };
    }

    /** The key the invoice's next result is expected under. */
    public static String currentKey(Invoice invoice) {
        return invoice.chargeKey() != null ? invoice.chargeKey() : ChargeKeys.initial(invoice.id());
    }

    private static Booking afterDefiniteFailure(Invoice invoice, ChargeResult result) {
        return result.status() == ResultStatus.CAPTURED
                ? new Booking.NeedsReview("captured " + result.chargeId() + " after " + invoice.failureReason().code())
                : new Booking.Ignored("duplicate " + result.status() + " under " + result.key());
    }

    private static Booking outcome(Invoice invoice, ChargeResult result, DunningSchedule dunning, Instant now) {
        return switch (result.status()) {
            case CAPTURED -> result.chargeId() == null
                    ? new Booking.NeedsReview("captured without a charge id")
                    : new Booking.Paid(result.chargeId());
            case DECLINED -> failed(FailureReason.INSUFFICIENT_FUNDS, invoice, dunning, now);
            case REJECTED -> rejected(invoice, result, dunning, now);
            case FAILED -> failed(isUnanswered(result.code()) ? FailureReason.NETWORK_ERROR
                    : FailureReason.SYSTEM_ERROR, invoice, dunning, now);
        };
    }

    private static Booking rejected(Invoice invoice, ChargeResult result, DunningSchedule dunning, Instant now) {
        if ("idempotency_key_reused".equals(result.code())) {
            return new Booking.NeedsReview("the provider holds another request under " + result.key());
        }
        FailureReason reason = FailureReason.ofCode(result.code())
                .filter(code -> code == FailureReason.CUSTOMER_NOT_FOUND || code == FailureReason.CURRENCY_MISMATCH)
                .orElse(FailureReason.SYSTEM_ERROR);
        return failed(reason, invoice, dunning, now);
    }

    private static Booking failed(FailureReason reason, Invoice invoice, DunningSchedule dunning, Instant now) {
        return new Booking.Failed(reason, dunning.nextAttemptAt(reason, invoice.dunningAttempt(), now));
    }

    private static boolean isUnanswered(String code) {
        return "retries_exhausted".equals(code) || "outcome_unknown".equals(code);
    }

    private static boolean isDefinite(FailureReason reason) {
        return reason == FailureReason.INSUFFICIENT_FUNDS || reason == FailureReason.CUSTOMER_NOT_FOUND
                || reason == FailureReason.CURRENCY_MISMATCH;
    }
}
