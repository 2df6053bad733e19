package io.orderstream.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.codes.FieldCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static List<FieldCode> codesOf(CustomerDraft draft, String field) {
        return draft.violations().stream().filter(v -> v.field().equals(field)).map(FieldViolation::code).toList();
    }

    @Test
    void a_customer_with_every_field_within_its_rules_has_no_violations() {
        var draft = new CustomerDraft("cus-1", "Ada Lovelace", "EUR", "cust-1");

        assertThat(draft.violations()).isEmpty();
    }

    @Test
    void a_customer_without_an_id_is_valid_and_gets_the_generated_one() {
        var draft = new CustomerDraft(null, "Ada", "EUR", "cust-1");

        Customer customer = draft.customer("cus_generated", NOW);

        assertThat(draft.violations()).isEmpty();
        assertThat(customer).isEqualTo(new Customer("cus_generated", "Ada", "EUR", "cust-1", NOW));
    }

    @Test
    void a_customer_with_its_own_id_keeps_it() {
        assertThat(new CustomerDraft("cus-1", "Ada", "EUR", "cust-1").customer("cus_generated", NOW).id())
                .isEqualTo("cus-1");
    }

    @Test
    void missing_name_currency_and_provider_customer_id_are_each_required() {
        var draft = new CustomerDraft(null, " ", null, null);

        assertThat(draft.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", FieldCode.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("currency", FieldCode.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("providerCustomerId", FieldCode.REQUIRED));
    }

    @Test
    void an_id_that_is_not_of_the_id_shape_is_invalid() {
        assertThat(codesOf(new CustomerDraft("cus 1", "Ada", "EUR", "cust-1"), "id"))
                .containsExactly(FieldCode.CUSTOMER_ID_INVALID);
        assertThat(codesOf(new CustomerDraft("c".repeat(65), "Ada", "EUR", "cust-1"), "id"))
                .containsExactly(FieldCode.CUSTOMER_ID_INVALID);
        assertThat(codesOf(new CustomerDraft("", "Ada", "EUR", "cust-1"), "id"))
                .containsExactly(FieldCode.CUSTOMER_ID_INVALID);
    }

    @Test
    void an_id_of_64_id_characters_is_valid() {
        assertThat(new CustomerDraft("a.b_c:d-" + "e".repeat(56), "Ada", "EUR", "cust-1").violations()).isEmpty();
    }

    @Test
    void a_name_over_200_characters_is_invalid_and_one_of_200_is_not() {
        assertThat(codesOf(new CustomerDraft(null, "n".repeat(201), "EUR", "cust-1"), "name"))
                .containsExactly(FieldCode.NAME_INVALID);
        assertThat(new CustomerDraft(null, "n".repeat(200), "EUR", "cust-1").violations()).isEmpty();
    }

    @Test
    void a_control_character_in_a_name_is_refused_as_such() {
        assertThat(codesOf(new CustomerDraft(null, "Ada\u0000", "EUR", "cust-1"), "name"))
                .containsExactly(FieldCode.CONTROL_CHARACTER);
    }

    @Test
    void a_currency_that_is_no_iso_4217_code_is_invalid() {
        assertThat(codesOf(new CustomerDraft(null, "Ada", "EURO", "cust-1"), "currency"))
                .containsExactly(FieldCode.INVALID_CURRENCY);
        assertThat(codesOf(new CustomerDraft(null, "Ada", "eur", "cust-1"), "currency"))
                .containsExactly(FieldCode.INVALID_CURRENCY);
        assertThat(codesOf(new CustomerDraft(null, "Ada", "XXX", "cust-1"), "currency"))
                .containsExactly(FieldCode.INVALID_CURRENCY);
    }

    @Test
    void a_provider_customer_id_of_the_mocks_kinds_is_valid() {
        assertThat(new CustomerDraft(null, "Ada", "USD", "cust-7:USD").violations()).isEmpty();
        assertThat(new CustomerDraft(null, "Ada", "EUR", "missing-1").violations()).isEmpty();
    }

    @Test
    void a_provider_customer_id_that_is_not_of_the_id_shape_is_invalid() {
        assertThat(codesOf(new CustomerDraft(null, "Ada", "EUR", "cust/1"), "providerCustomerId"))
                .containsExactly(FieldCode.PROVIDER_CUSTOMER_ID_INVALID);
    }
}
