package io.orderstream.paymentprovider.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderstream.paymentprovider.domain.Charge;
import java.time.Instant;
import java.util.Locale;

/** A charge as JSON; a declined one carries the decline {@code code}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargeView(
        String chargeId,
        String status,
        String code,
        String customerId,
        long amount,
        String currency,
        String reference,
        String idempotencyKey,
        Instant createdAt) {

    static final String DECLINE_CODE = "insufficient_funds";

    static ChargeView of(Charge charge) {
        return new ChargeView(charge.id(), charge.status().name().toLowerCase(Locale.ROOT),
                charge.succeeded() ? null : DECLINE_CODE, charge.customerId(), charge.amount(), charge.currency(),
                charge.reference(), charge.idempotencyKey(), charge.createdAt());
    }
}
