package io.orderstream.orderapi.merchant;

/**
 * The JSON body of {@code POST /merchants} and of {@code PATCH /merchants/{id}} (where every field is optional and an
 * absent or null one is left as it is). Unknown fields are refused ({@code invalid_json_type}).
 */
public record MerchantBody(String legalName, String country, AddressBody address, PayoutAccountBody payoutAccount,
                           Integer feeBasisPoints) {

    public record AddressBody(String line1, String line2, String postalCode, String city) {
    }

    public record PayoutAccountBody(String holder, String iban) {
    }
}
