package io.orderstream.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookkeepingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:05:00Z");
    private static final DunningSchedule DUNNING = DunningSchedule.defaults();
    private static final String KEY = "invoice/inv-1/charge";

    private static ChargeResult result(String key, ResultStatus status, String code, String chargeId) {
        return new ChargeResult("inv-1", key, status, code, chargeId, NOW);
    }

    private static Booking book(Invoice invoice, ChargeResult result) {
        return Bookkeeping.book(invoice, result, DUNNING, NOW);
    }

    @Test
    void a_capture_pays_the_charging_invoice_with_its_charge_id() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_1"));

        assertThat(booking).isEqualTo(new Booking.Paid("ch_1"));
    }

    @Test
    void a_decline_fails_the_invoice_for_insufficient_funds_and_schedules_the_first_dunning_step() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        Booking booking = book(invoice, result(KEY, ResultStatus.DECLINED, "insufficient_funds", "ch_d"));

        assertThat(booking).isEqualTo(new Booking.Failed(FailureReason.INSUFFICIENT_FUNDS, NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void a_decline_of_the_last_dunning_step_is_not_retried() {
        String key = ChargeKeys.forAttempt("inv-1", 3);
        Invoice invoice = Invoices.charging("inv-1", key, 3);

        Booking booking = book(invoice, result(key, ResultStatus.DECLINED, "insufficient_funds", "ch_d"));

        assertThat(booking).isEqualTo(new Booking.Failed(FailureReason.INSUFFICIENT_FUNDS, null));
    }

    @Test
    void a_rejection_for_an_unknown_customer_fails_for_good() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        Booking booking = book(invoice, result(KEY, ResultStatus.REJECTED, "customer_not_found", null));

        assertThat(booking).isEqualTo(new Booking.Failed(FailureReason.CUSTOMER_NOT_FOUND, null));
    }

    @Test
    void a_rejection_for_another_currency_fails_for_good() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        Booking booking = book(invoice, result(KEY, ResultStatus.REJECTED, "currency_mismatch", null));

        assertThat(booking).isEqualTo(new Booking.Failed(FailureReason.CURRENCY_MISMATCH, null));
    }

    @Test
    void a_rejection_for_a_reused_key_needs_review() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        Booking booking = book(invoice, result(KEY, ResultStatus.REJECTED, "idempotency_key_reused", null));

        assertThat(booking).isInstanceOf(Booking.NeedsReview.class);
    }

    @Test
    void a_rejection_with_an_unknown_code_is_a_system_error() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        Booking booking = book(invoice, result(KEY, ResultStatus.REJECTED, "http_422", null));

        assertThat(booking).isEqualTo(new Booking.Failed(FailureReason.SYSTEM_ERROR, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void a_failure_without_an_answer_is_a_network_error_retried_later() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        assertThat(book(invoice, result(KEY, ResultStatus.FAILED, "retries_exhausted", null)))
                .isEqualTo(new Booking.Failed(FailureReason.NETWORK_ERROR, NOW.plus(Duration.ofHours(1))));
        assertThat(book(invoice, result(KEY, ResultStatus.FAILED, "outcome_unknown", null)))
                .isEqualTo(new Booking.Failed(FailureReason.NETWORK_ERROR, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void a_failure_of_the_worker_is_a_system_error() {
        Invoice invoice = Invoices.charging("inv-1", KEY, 0);

        Booking booking = book(invoice, result(KEY, ResultStatus.FAILED, "processing_error", null));

        assertThat(booking).isEqualTo(new Booking.Failed(FailureReason.SYSTEM_ERROR, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void a_result_overtaking_the_commit_that_marks_the_invoice_charging_is_booked() {
        Invoice invoice = Invoices.pending("inv-1");

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_1"));

        assertThat(booking).isEqualTo(new Booking.Paid("ch_1"));
    }

    @Test
    void the_same_capture_again_is_ignored_as_a_duplicate() {
        Invoice invoice = Invoices.paid("inv-1", KEY, "ch_1");

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_1"));

        assertThat(booking).isInstanceOf(Booking.Ignored.class);
    }

    @Test
    void a_second_capture_with_another_charge_id_needs_review() {
        Invoice invoice = Invoices.paid("inv-1", KEY, "ch_1");

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_2"));

        assertThat(booking).isInstanceOf(Booking.NeedsReview.class);
    }

    @Test
    void a_failure_after_the_invoice_was_paid_is_ignored() {
        Invoice invoice = Invoices.paid("inv-1", KEY, "ch_1");

        Booking booking = book(invoice, result(KEY, ResultStatus.FAILED, "retries_exhausted", null));

        assertThat(booking).isInstanceOf(Booking.Ignored.class);
    }

    @Test
    void a_capture_under_a_key_that_is_not_the_current_one_needs_review() {
        Invoice invoice = Invoices.charging("inv-1", ChargeKeys.forAttempt("inv-1", 1), 1);

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_old"));

        assertThat(booking).isInstanceOf(Booking.NeedsReview.class);
    }

    @Test
    void a_failure_under_a_key_that_is_not_the_current_one_is_ignored_as_stale() {
        Invoice invoice = Invoices.charging("inv-1", ChargeKeys.forAttempt("inv-1", 1), 1);

        Booking booking = book(invoice, result(KEY, ResultStatus.DECLINED, "insufficient_funds", "ch_d"));

        assertThat(booking).isInstanceOf(Booking.Ignored.class);
    }

    @Test
    void the_capture_an_invoice_is_paid_with_under_an_older_key_is_a_duplicate() {
        Invoice invoice = Invoices.paid("inv-1", ChargeKeys.forAttempt("inv-1", 1), "ch_1");

        Booking booking = book(invoice, result(ChargeKeys.forAttempt("inv-1", 1), ResultStatus.CAPTURED, null, "ch_1"));

        assertThat(booking).isInstanceOf(Booking.Ignored.class);
    }

    @Test
    void a_capture_for_an_invoice_already_declined_under_that_key_needs_review() {
        Invoice invoice = Invoices.failed("inv-1", KEY, 0, FailureReason.INSUFFICIENT_FUNDS);

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_1"));

        assertThat(booking).isInstanceOf(Booking.NeedsReview.class);
    }

    @Test
    void the_same_decline_again_is_ignored_as_a_duplicate() {
        Invoice invoice = Invoices.failed("inv-1", KEY, 0, FailureReason.INSUFFICIENT_FUNDS);

        Booking booking = book(invoice, result(KEY, ResultStatus.DECLINED, "insufficient_funds", "ch_d"));

        assertThat(booking).isInstanceOf(Booking.Ignored.class);
    }

    @Test
    void a_late_capture_after_a_network_error_under_the_same_key_pays_the_invoice() {
        Invoice invoice = Invoices.failed("inv-1", KEY, 0, FailureReason.NETWORK_ERROR);

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_1"));

        assertThat(booking).isEqualTo(new Booking.Paid("ch_1"));
    }

    @Test
    void nothing_changes_an_invoice_under_review() {
        Invoice invoice = Invoices.underReview("inv-1", KEY);

        Booking booking = book(invoice, result(KEY, ResultStatus.CAPTURED, null, "ch_1"));

        assertThat(booking).isInstanceOf(Booking.Ignored.class);
    }
}
