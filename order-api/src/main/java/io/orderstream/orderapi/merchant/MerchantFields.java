package io.orderstream.orderapi.merchant;

import io.orderstream.schemas.merchant.Address;
import io.orderstream.schemas.merchant.Merchant;
import io.orderstream.schemas.merchant.PayoutAccount;

/** A validated body's fields set on a merchant: those given replace the merchant's, an IBAN normalized. */
final class MerchantFields {

    private MerchantFields() {
    }

    static Merchant.Builder applied(Merchant.Builder merchant, MerchantBody body) {
        if (body.legalName() != null) {
            merchant.setLegalName(body.legalName());
        }
        if (body.country() != null) {
            merchant.setCountry(body.country());
        }
        if (body.address() != null) {
            var address = body.address();
            merchant.setAddress(new Address(address.line1(), address.line2(), address.postalCode(), address.city()));
        }
        if (body.payoutAccount() != null) {
            var account = body.payoutAccount();
            merchant.setPayoutAccount(new PayoutAccount(account.holder(), Iban.normalized(account.iban())));
        }
        if (body.feeBasisPoints() != null) {
            merchant.setFeeBasisPoints(body.feeBasisPoints());
        }
        return merchant;
    }

    /** Whether the body changes nothing at all ({@code {}}). */
    static boolean isEmpty(MerchantBody body) {
        return body.legalName() == null && body.country() == null && body.address() == null
                && body.payoutAccount() == null && body.feeBasisPoints() == null;
    }
}
