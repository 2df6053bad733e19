package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.ChargeRequest;

/** The JSON body of {@code POST /v1/charges}, as sent: any field may be missing until validated. */
public record ChargeRequestBody(String customerId, Long amount, String currency, String reference) {

    /** The request, or a 400 {@code invalid_request} problem listing every invalid field. */
    public ChargeRequest toChargeRequest() {
        rules().throwIfInvalid("charge request");
        return new ChargeRequest(customerId, amount, currency, reference);
    }

    private BodyRules rules() {
        return new BodyRules().text("customerId", customerId).amount(amount).currency(currency)
                .text("reference", reference);
    }
}
