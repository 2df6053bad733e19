package io.orderstream.billing.payment;

import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.time.Clock;

/**
 * Carries out payment requests at the provider and says how each ended, whatever its origin (an order, an invoice):
 * by the request's kind a charge, a payout (to a merchant) or a refund. Every attempt at a request makes the same call
 * under the request's idempotency key, so however often it is asked, the provider charges (pays out, refunds) at most
 * once. A refused refund ({@code refund_exceeds_captured}) is REJECTED at once, like a refused charge.
 *
 * <p>A FAILED result is never sent while the provider's ledger shows a charge under the key: before giving up, the
 * worker looks the call up and reports what it finds.
 */
public final class PaymentWorker {

    /** FAILED: the provider refused the request as malformed; nothing was charged. */
    public static final String INVALID_REQUEST = "invalid_request";
    /** FAILED: no attempt got an answer, and the provider's ledger shows no charge under the key. */
    public static final String RETRIES_EXHAUSTED = "retries_exhausted";
    /** FAILED: no answer, and the ledger could not be read either; a charge may exist. */
    public static final String OUTCOME_UNKNOWN = "outcome_unknown";
    /** FAILED: the worker itself failed on the request (a bug); the ledger shows no charge under the key. */
    public static final String PROCESSING_ERROR = "processing_error";

    private final PaymentProvider provider;
    private final PaymentResults results;

    public PaymentWorker(PaymentProvider provider, Clock clock) {
        this.provider = provider;
        this.results = new PaymentResults(clock);
    }

    /**
     * One attempt at a request: CAPTURED, DECLINED or REJECTED as the provider answered. On the last attempt an
     * unanswered call is looked up in the ledger, so a charge made on an earlier attempt is reported, not lost.
     *
     * @throws OutcomeUnknownException  the provider did not answer: ask again later with the same key
     * @throws MalformedChargeException the provider refused the request as malformed
     */
    public PaymentResult pay(PaymentRequest request, Attempt attempt)
            throws OutcomeUnknownException, MalformedChargeException, InterruptedException {
        ChargeCall call = ChargeCall.of(request);
        ChargeOutcome outcome = provider.charge(call);
        if (outcome instanceof ChargeOutcome.Unanswered && attempt.isLast()
                && provider.lookUp(call) instanceof LedgerLookup.Found found) {
            outcome = found.outcome();
        }
        return switch (outcome) {
            case ChargeOutcome.Unanswered unanswered -> throw new OutcomeUnknownException(unanswered);
            case ChargeOutcome.Malformed malformed -> throw new MalformedChargeException(malformed.detail());
            default -> results.answered(request, outcome, attempt.number());
        };
    }

    /**
     * The answer to a request the worker gives up on, so that its origin is not left waiting: what the ledger shows
     * under its key, or FAILED with a code that says how sure that is.
     */
    public PaymentResult givenUp(PaymentRequest request, int attempts, Exception lastFailure)
            throws InterruptedException {
        if (lastFailure instanceof MalformedChargeException) {
            return results.failed(request, INVALID_REQUEST, lastFailure.getMessage(), attempts);
        }
        return switch (provider.lookUp(ChargeCall.of(request))) {
            case LedgerLookup.Found found -> results.answered(request, found.outcome(), attempts);
            case LedgerLookup.NotFound notFound -> results.failed(request,
                    lastFailure instanceof OutcomeUnknownException ? RETRIES_EXHAUSTED : PROCESSING_ERROR,
                    lastFailure.getMessage(), attempts);
            case LedgerLookup.Unreadable unreadable -> results.failed(request, OUTCOME_UNKNOWN,
                    lastFailure.getMessage() + "; the ledger could not be read: " + unreadable.detail(), attempts);
        };
    }
}
