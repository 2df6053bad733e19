package io.orderstream.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.codes.FieldCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Customer ADA = new Customer("cus-1", "Ada", "EUR", "cust-1", NOW);

    private static InvoiceDraft invoice(Long amount, String currency, String period) {
        return new InvoiceDraft(null, "cus-1", amount, currency, period);
    }

    private static List<FieldCode> codesOf(InvoiceDraft draft, String field) {
        return draft.violations().stream().filter(v -> v.field().equals(field)).map(FieldViolation::code).toList();
    }

    @Test
    void an_invoice_with_every_field_within_its_rules_has_no_violations() {
        assertThat(new InvoiceDraft("inv-1", "cus-1", 1999L, "EUR", "2026-12").violations()).isEmpty();
    }

    @Test
    void a_valid_invoice_becomes_pending_with_no_charge_yet() {
        Invoice invoice = invoice(1999L, "EUR", "2026-12").invoice("inv_generated", NOW);

        assertThat(invoice).isEqualTo(new Invoice("inv_generated", "cus-1", 1999L, "EUR", Period.of(2026, 12),
                InvoiceStatus.PENDING, null, null, null, null, 0, null, null, NOW, NOW));
    }

    @Test
    void every_missing_field_but_the_id_is_required() {
        var draft = new InvoiceDraft(null, null, null, null, null);

        assertThat(draft.violations()).extracting(FieldViolation::field)
                .containsExactly("customerId", "amount", "currency", "period");
        assertThat(draft.violations()).extracting(FieldViolation::code).containsOnly(FieldCode.REQUIRED);
    }

    @Test
    void a_zero_or_negative_amount_is_not_positive() {
        assertThat(codesOf(invoice(0L, "EUR", "2026-12"), "amount")).containsExactly(FieldCode.NOT_POSITIVE);
        assertThat(codesOf(invoice(-1L, "EUR", "2026-12"), "amount")).containsExactly(FieldCode.NOT_POSITIVE);
    }

    @Test
    void an_amount_from_1_to_10_to_the_13_is_valid_and_beyond_out_of_range() {
        assertThat(invoice(1L, "EUR", "2026-12").violations()).isEmpty();
        assertThat(invoice(InvoiceDraft.MAX_AMOUNT, "EUR", "2026-12").violations()).isEmpty();
        assertThat(codesOf(invoice(InvoiceDraft.MAX_AMOUNT + 1, "EUR", "2026-12"), "amount"))
                .containsExactly(FieldCode.OUT_OF_RANGE);
    }

    @Test
    void an_unknown_currency_is_invalid() {
        assertThat(codesOf(invoice(100L, "ABC", "2026-12"), "currency")).containsExactly(FieldCode.INVALID_CURRENCY);
    }

    @Test
    void a_malformed_period_is_invalid() {
        for (String period : List.of("2026-13", "2026-1", "12-2026", "1999-12", "2026-12-01", "next month")) {
            assertThat(codesOf(invoice(100L, "EUR", period), "period")).as(period)
                    .containsExactly(FieldCode.PERIOD_INVALID);
        }
    }

    @Test
    void a_customer_id_or_id_not_of_the_id_shape_is_invalid() {
        var draft = new InvoiceDraft("inv 1", "cus\n1", 100L, "EUR", "2026-12");

        assertThat(codesOf(draft, "id")).containsExactly(FieldCode.INVOICE_ID_INVALID);
        assertThat(codesOf(draft, "customerId")).containsExactly(FieldCode.CONTROL_CHARACTER);
    }

    @Test
    void an_invoice_in_its_customers_currency_matches_and_in_another_does_not() {
        assertThat(invoice(100L, "EUR", "2026-12").currencyMatches(ADA)).isTrue();
        assertThat(invoice(100L, "USD", "2026-12").currencyMatches(ADA)).isFalse();
    }
}
