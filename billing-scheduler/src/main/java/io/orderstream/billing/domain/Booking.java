package io.orderstream.billing.domain;

import java.time.Instant;

/** What a charge result changes on its invoice ({@link Bookkeeping#book}). */
public sealed interface Booking {

    /** The invoice is {@code PAID} by the charge. */
    record Paid(String chargeId) implements Booking {
    }

    /**
     * The invoice is {@code ERROR} for {@code reason}; {@code nextAttemptAt} is when it is charged again, null when
     * never automatically.
     */
    record Failed(FailureReason reason, Instant nextAttemptAt) implements Booking {
    }

    /** Money may have moved but the books disagree: {@code NEEDS_REVIEW}, never charged again automatically. */
    record NeedsReview(String why) implements Booking {
    }

    /** Nothing changes: a duplicate or stale result that moved no money the books do not know of. */
    record Ignored(String why) implements Booking {
    }
}
