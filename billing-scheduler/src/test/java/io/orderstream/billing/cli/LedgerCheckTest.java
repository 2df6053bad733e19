package io.orderstream.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.billing.cli.LedgerCheck.BookedInvoice;
import io.orderstream.billing.cli.LedgerCheck.CapturedCharge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerCheckTest {

    private static BookedInvoice paid(String id, long amount) {
        return new BookedInvoice(id, "PAID", amount, "EUR");
    }

    private static BookedInvoice failed(String id, long amount) {
        return new BookedInvoice(id, "ERROR", amount, "EUR");
    }

    private static CapturedCharge charge(String reference, long amount) {
        return new CapturedCharge(reference, amount, "EUR");
    }

    @Test
    void one_charge_per_paid_invoice_and_none_for_the_others_passes() {
        var check = LedgerCheck.of(List.of(paid("inv-1", 100), paid("inv-2", 250), failed("inv-3", 70)),
                List.of(charge("inv-1", 100), charge("inv-2", 250)));

        assertThat(check.passed()).isTrue();
        assertThat(check.paidInvoices()).isEqualTo(2);
        assertThat(check.capturedCharges()).isEqualTo(2);
        assertThat(check.paidAmounts()).isEqualTo(Map.of("EUR", 350L));
        assertThat(check.capturedAmounts()).isEqualTo(Map.of("EUR", 350L));
    }

    @Test
    void an_invoice_charged_twice_fails_the_check_and_is_named() {
        var check = LedgerCheck.of(List.of(paid("inv-1", 100)), List.of(charge("inv-1", 100), charge("inv-1", 100)));

        assertThat(check.passed()).isFalse();
        assertThat(check.doubleCharged()).containsExactly("inv-1");
        assertThat(check.describe()).contains("FAILED", "charged more than once: 1 e.g. inv-1");
    }

    @Test
    void a_paid_invoice_without_a_charge_fails_the_check() {
        var check = LedgerCheck.of(List.of(paid("inv-1", 100)), List.of());

        assertThat(check.passed()).isFalse();
        assertThat(check.paidWithoutCharge()).containsExactly("inv-1");
    }

    @Test
    void a_charged_invoice_that_is_not_paid_fails_the_check() {
        var check = LedgerCheck.of(List.of(failed("inv-1", 100)), List.of(charge("inv-1", 100)));

        assertThat(check.passed()).isFalse();
        assertThat(check.chargedNotPaid()).containsExactly("inv-1");
    }

    @Test
    void a_charge_of_another_amount_than_the_invoice_fails_the_sums() {
        var check = LedgerCheck.of(List.of(paid("inv-1", 100)), List.of(charge("inv-1", 90)));

        assertThat(check.passed()).isFalse();
        assertThat(check.describe()).contains("(DIFFERENT)");
    }

    @Test
    void sums_are_kept_per_currency() {
        var check = LedgerCheck.of(List.of(paid("inv-1", 100), new BookedInvoice("inv-2", "PAID", 100, "SEK")),
                List.of(charge("inv-1", 100), new CapturedCharge("inv-2", 100, "DKK")));

        assertThat(check.passed()).isFalse();
        assertThat(check.paidAmounts()).isEqualTo(Map.of("EUR", 100L, "SEK", 100L));
    }

    @Test
    void charges_for_references_that_are_none_of_the_invoices_are_ignored() {
        var check = LedgerCheck.of(List.of(paid("inv-1", 100)),
                List.of(charge("inv-1", 100), charge("order-7", 999), charge("bench-sequential-x-1", 5)));

        assertThat(check.passed()).isTrue();
        assertThat(check.capturedCharges()).isEqualTo(1);
    }

    @Test
    void no_invoices_and_no_charges_pass_with_nothing_to_show() {
        var check = LedgerCheck.of(List.of(), List.of());

        assertThat(check.passed()).isTrue();
        assertThat(check.describe()).startsWith("ledger check: OK");
    }
}
