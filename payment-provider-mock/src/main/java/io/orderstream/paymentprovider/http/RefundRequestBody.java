package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.RefundRequest;

/** The JSON body of {@code POST /v1/refunds}, as sent: any field may be missing until validated. */
public record RefundRequestBody(Long amount, String currency, String customer, String charge, String reference) {

    /** The request, or a 400 {@code invalid_request} problem listing every invalid field. */
    public RefundRequest toRefundRequest() {
        new BodyRules().amount(amount).currency(currency).text("customer", customer)
                .optionalText("charge", charge).optionalText("reference", reference)
                .throwIfInvalid("refund request");
        return new RefundRequest(customer, amount, currency, charge, reference);
    }
}
