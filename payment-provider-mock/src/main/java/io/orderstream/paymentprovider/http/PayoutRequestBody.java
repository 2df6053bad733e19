package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.PayoutRequest;

/** The JSON body of {@code POST /v1/payouts}, as sent: any field may be missing until validated. */
public record PayoutRequestBody(Long amount, String currency, String merchant, String reference) {

    /** The request, or a 400 {@code invalid_request} problem listing every invalid field. */
    public PayoutRequest toPayoutRequest() {
        new BodyRules().amount(amount).currency(currency).text("merchant", merchant)
                .optionalText("reference", reference)
                .throwIfInvalid("payout request");
        return new PayoutRequest(merchant, amount, currency, reference);
    }
}
