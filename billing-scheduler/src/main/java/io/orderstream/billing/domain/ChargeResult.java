package io.orderstream.billing.domain;

import java.time.Instant;

/**
 * A charge's result for an invoice, as the payment worker reported it.
 *
 * @param key      the Idempotency-Key the charge was made under (the request id of an invoice's request)
 * @param code     the provider's or the worker's code: {@code insufficient_funds}, {@code customer_not_found},
 *                 {@code currency_mismatch}, {@code idempotency_key_reused}, {@code retries_exhausted}, ...; may be null
 * @param chargeId the provider's charge, when one was made
 */
public record ChargeResult(String invoiceId, String key, ResultStatus status, String code, String chargeId,
                           Instant completedAt) {
}
