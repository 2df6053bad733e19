package io.orderstream.orderapi.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderstream.schemas.order.PaymentTerms;
import java.util.List;

/**
 * The body of {@code POST /orders}. Amounts are integer minor units. Numbers and flags are boxed so that
 * a missing one is told apart from a zero. With {@code payNow} the order is charged at once
 * ({@code paymentMethod} optional) and shown only once the charge is captured. {@code paymentTerms} is
 * {@code PREPAID} when missing; {@code INVOICE} (pay later, by invoice for what ships) is a merchant's only.
 * A request without terms has the fingerprint it had before terms existed (its Idempotency-Key stays valid).
 */
public record CreateOrderRequest(String customerEmail, String currency, List<Line> lines, Boolean payNow,
                                 String paymentMethod,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) PaymentTerms paymentTerms) {

    public record Line(String sku, String name, Integer quantity, Long unitPrice) {
    }

    public boolean paysNow() {
        return Boolean.TRUE.equals(payNow);
    }

    public PaymentTerms terms() {
        return paymentTerms == null ? PaymentTerms.PREPAID : paymentTerms;
    }
}
