package io.orderstream.orderapi.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.merchant.MerchantBody.AddressBody;
import io.orderstream.orderapi.merchant.MerchantBody.PayoutAccountBody;
import io.orderstream.platform.http.Problem.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerchantValidationTest {

    private static final AddressBody ADDRESS = new AddressBody("Hauptstr. 1", null, "10115", "Berlin");
    private static final PayoutAccountBody ACCOUNT = new PayoutAccountBody("Acme GmbH", "DE89370400440532013000");
    private static final MerchantBody ACME = new MerchantBody("Acme GmbH", "DE", ADDRESS, ACCOUNT, 250);
    private static final MerchantBody NO_CHANGE = new MerchantBody(null, null, null, null, null);

    private static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(problem -> problem.field() + ":" + problem.code()).toList();
    }

    @Test
    void a_complete_merchant_is_valid() {
        assertThat(MerchantValidation.ofNew(ACME)).isEmpty();
    }

    @Test
    void a_new_merchant_needs_every_field_but_the_second_address_line() {
        assertThat(codes(MerchantValidation.ofNew(NO_CHANGE))).containsExactly("legalName:required",
                "country:required", "address:required", "payoutAccount:required", "feeBasisPoints:required");
    }

    @Test
    void a_change_needs_no_field() {
        assertThat(MerchantValidation.ofChanges(NO_CHANGE)).isEmpty();
    }

    @Test
    void a_country_is_an_iso_alpha_2_code_in_capitals() {
        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody(null, "XX", null, null, null))))
                .containsExactly("country:country_invalid");
        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody(null, "de", null, null, null))))
                .containsExactly("country:country_invalid");
        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody(null, "DEU", null, null, null))))
                .containsExactly("country:country_invalid");
    }

    @Test
    void an_iban_with_wrong_check_digits_is_refused() {
        var account = new PayoutAccountBody("Acme GmbH", "DE89370400440532013001");

        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody(null, null, null, account, null))))
                .containsExactly("payoutAccount.iban:iban_invalid");
    }

    @Test
    void an_iban_in_groups_of_four_is_accepted() {
        var account = new PayoutAccountBody("Acme GmbH", "DE89 3704 0044 0532 0130 00");

        assertThat(MerchantValidation.ofChanges(new MerchantBody(null, null, null, account, null))).isEmpty();
    }

    @Test
    void the_fee_is_0_to_10000_basis_points() {
        assertThat(MerchantValidation.ofChanges(new MerchantBody(null, null, null, null, 0))).isEmpty();
        assertThat(MerchantValidation.ofChanges(new MerchantBody(null, null, null, null, 10_000))).isEmpty();
        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody(null, null, null, null, 10_001))))
                .containsExactly("feeBasisPoints:fee_out_of_range");
        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody(null, null, null, null, -1))))
                .containsExactly("feeBasisPoints:fee_out_of_range");
    }

    @Test
    void an_address_given_in_a_change_is_checked_whole() {
        var partial = new AddressBody("Hauptstr. 2", null, null, null);

        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody(null, null, partial, null, null))))
                .containsExactly("address.postalCode:required", "address.city:required");
    }

    @Test
    void texts_are_bounded_and_free_of_control_characters() {
        var address = new AddressBody("Haupt\u0000str. 1", "x".repeat(201), "1".repeat(17), "\tBerlin");
        var body = new MerchantBody("A".repeat(201), "DE", address, new PayoutAccountBody("Acme\nGmbH", "DE89370400440532013000"), 250);

        assertThat(codes(MerchantValidation.ofNew(body))).containsExactly("legalName:text_too_long",
                "address.line1:control_character", "address.line2:text_too_long", "address.postalCode:text_too_long",
                "address.city:control_character", "payoutAccount.holder:control_character");
    }

    @Test
    void a_blank_text_is_no_value() {
        assertThat(codes(MerchantValidation.ofChanges(new MerchantBody("  ", null, null, null, null))))
                .containsExactly("legalName:required");
    }
}
