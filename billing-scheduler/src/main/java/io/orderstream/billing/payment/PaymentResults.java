package io.orderstream.billing.payment;

import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import io.orderstream.schemas.payment.PaymentStatus;
import java.time.Clock;

/**
 * Builds the result of a request, for its origin and keyed like it, completed now; its {@code kind} and
 * {@code reference} copied from the request, and in {@code chargeId} the provider's id of the charge, payout or refund.
 */
final class PaymentResults {

    private final Clock clock;

    PaymentResults(Clock clock) {
        this.clock = clock;
    }

    /** The result of an answer of the provider: captured, declined or rejected. */
    PaymentResult answered(PaymentRequest request, ChargeOutcome outcome, int attempts) {
        return switch (outcome) {
            case ChargeOutcome.Captured captured -> result(request, PaymentStatus.CAPTURED, attempts)
                    .setChargeId(captured.chargeId()).build();
            case ChargeOutcome.Declined declined -> result(request, PaymentStatus.DECLINED, attempts)
                    .setChargeId(declined.chargeId()).setCode(declined.code()).build();
            case ChargeOutcome.Rejected rejected -> result(request, PaymentStatus.REJECTED, attempts)
                    .setCode(rejected.code()).setReason(rejected.detail()).build();
            case ChargeOutcome.Unanswered unanswered -> throw notAnAnswer(unanswered);
            case ChargeOutcome.Malformed malformed -> throw notAnAnswer(malformed);
        };
    }

    PaymentResult failed(PaymentRequest request, String code, String reason, int attempts) {
        return result(request, PaymentStatus.FAILED, attempts).setCode(code).setReason(reason).build();
    }

    private PaymentResult.Builder result(PaymentRequest request, PaymentStatus status, int attempts) {
        return PaymentResult.newBuilder()
                .setRequestId(request.getRequestId())
                .setOrigin(request.getOrigin())
                .setOriginId(request.getOriginId())
                .setStatus(status)
                .setAmount(request.getAmount())
                .setCurrency(request.getCurrency())
                .setChargeId(null)
                .setCode(null)
                .setReason(null)
                .setAttempts(attempts)
                .setKind(request.getKind())
                .setReference(request.getReference())
                .setCompletedAt(clock.instant());
    }

    private static IllegalArgumentException notAnAnswer(ChargeOutcome outcome) {
        return new IllegalArgumentException("the provider gave no answer to report: " + outcome);
    }
}
