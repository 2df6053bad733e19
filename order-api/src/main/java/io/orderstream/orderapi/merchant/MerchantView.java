package io.orderstream.orderapi.merchant;

import io.orderstream.schemas.merchant.Merchant;
import java.time.Instant;

/** A merchant as {@code GET /merchants/{id}} answers it; its API key (or hash) is never shown. */
public record MerchantView(String id, String legalName, String country, AddressView address,
                           PayoutAccountView payoutAccount, int feeBasisPoints, long version, Instant createdAt,
                           Instant updatedAt) {

    public record AddressView(String line1, String line2, String postalCode, String city) {
    }

    public record PayoutAccountView(String holder, String iban) {
    }

    public static MerchantView of(Merchant merchant) {
        var address = merchant.getAddress();
        var account = merchant.getPayoutAccount();
        return new MerchantView(merchant.getMerchantId(), merchant.getLegalName(), merchant.getCountry(),
                new AddressView(address.getLine1(), address.getLine2(), address.getPostalCode(), address.getCity()),
                new PayoutAccountView(account.getHolder(), account.getIban()), merchant.getFeeBasisPoints(),
                merchant.getVersion(), merchant.getCreatedAt(), merchant.getUpdatedAt());
    }
}
