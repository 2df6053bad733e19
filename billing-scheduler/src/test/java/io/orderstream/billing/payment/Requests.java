package io.orderstream.billing.payment;

import io.orderstream.schemas.payment.PaymentOrigin;
import io.orderstream.schemas.payment.PaymentRequest;
import java.time.Instant;

/** Payment requests for tests. */
public final class Requests {

    public static final Instant REQUESTED_AT = Instant.parse("2026-11-21T10:00:00Z");

    private Requests() {
    }

    public static PaymentRequest order(String orderId, String customerId) {
        return PaymentRequest.newBuilder()
                .setRequestId(orderId + "/charge-1")
                .setOrigin(PaymentOrigin.ORDER)
                .setOriginId(orderId)
                .setCustomerId(customerId)
                .setAmount(2500)
                .setCurrency("EUR")
                .setIdempotencyKey("order/" + orderId + "/charge")
                .setRequestedAt(REQUESTED_AT)
                .build();
    }
}
