package io.orderstream.processor.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The tunable limits of the order rules.
 *
 * @param maxTotalMajorUnits    largest order total in whole currency units (1,000,000.00 by default)
 * @param fulfillmentTimeout    how long the warehouse may take to answer before it is asked again
 * @param fulfillmentAttempts   how many times it is asked before the order closes as FAILED
 * @param chargeTimeout         how long a create-and-pay order waits for its charge before asking again
 * @param chargeAttempts        how many times the charge is asked before the order is rejected
 * @param invoicePaymentTerm    how long after its shipment a pay-later order's buyer invoice is due (30 days)
 */
public record OrderPolicy(long maxTotalMajorUnits, Duration fulfillmentTimeout, int fulfillmentAttempts,
                          Duration chargeTimeout, int chargeAttempts, Duration invoicePaymentTerm) {

    public static final Duration DEFAULT_INVOICE_PAYMENT_TERM = Duration.ofDays(30);

    public static final OrderPolicy DEFAULT =
            new OrderPolicy(1_000_000, Duration.ofSeconds(60), 3, Duration.ofSeconds(30), 5);

    public OrderPolicy {
        if (maxTotalMajorUnits <= 0 || fulfillmentAttempts < 1 || !fulfillmentTimeout.isPositive()
                || chargeAttempts < 1 || !chargeTimeout.isPositive() || !invoicePaymentTerm.isPositive()) {
            throw new IllegalArgumentException("invalid order policy " + this);
        }
    }

    /** With the default invoice payment term. */
    public OrderPolicy(long maxTotalMajorUnits, Duration fulfillmentTimeout, int fulfillmentAttempts,
                       Duration chargeTimeout, int chargeAttempts) {
        this(maxTotalMajorUnits, fulfillmentTimeout, fulfillmentAttempts, chargeTimeout, chargeAttempts,
                DEFAULT_INVOICE_PAYMENT_TERM);
    }

    /** When a buyer invoice issued at {@code issuedAt} is due. */
    public Instant invoiceDueAt(Instant issuedAt) {
        return issuedAt.plus(invoicePaymentTerm);
    }

    /** When a charge requested at {@code requestedAt} is overdue: asked again, or the order rejected. */
    public Instant chargeDueAt(Instant requestedAt) {
        return requestedAt.plus(chargeTimeout);
    }

    /** When a fulfillment requested at {@code requestedAt} is overdue: asked again, or the order closed FAILED. */
    public Instant fulfillmentDueAt(Instant requestedAt) {
        return requestedAt.plus(fulfillmentTimeout);
    }
}
