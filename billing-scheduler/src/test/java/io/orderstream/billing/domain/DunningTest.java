package io.orderstream.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DunningTest {

    private static final Instant FAILED_AT = Instant.parse("2026-12-01T00:05:00Z");

    @Test
    void the_default_schedule_retries_after_three_five_and_seven_days() {
        DunningSchedule schedule = DunningSchedule.defaults();

        assertThat(schedule.steps()).containsExactly(Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7));
    }

    @Test
    void each_decline_waits_for_its_own_step_and_the_last_one_is_final() {
        DunningSchedule schedule = DunningSchedule.defaults();

        assertThat(schedule.nextAttemptAt(FailureReason.INSUFFICIENT_FUNDS, 0, FAILED_AT))
                .isEqualTo(FAILED_AT.plus(Duration.ofDays(3)));
        assertThat(schedule.nextAttemptAt(FailureReason.INSUFFICIENT_FUNDS, 2, FAILED_AT))
                .isEqualTo(FAILED_AT.plus(Duration.ofDays(7)));
        assertThat(schedule.nextAttemptAt(FailureReason.INSUFFICIENT_FUNDS, 3, FAILED_AT)).isNull();
    }

    @Test
    void an_unknown_customer_or_currency_is_never_retried() {
        DunningSchedule schedule = DunningSchedule.defaults();

        assertThat(schedule.nextAttemptAt(FailureReason.CUSTOMER_NOT_FOUND, 0, FAILED_AT)).isNull();
        assertThat(schedule.nextAttemptAt(FailureReason.CURRENCY_MISMATCH, 0, FAILED_AT)).isNull();
    }

    @Test
    void none_switches_dunning_off() {
        DunningSchedule schedule = DunningSchedule.parse("none", Duration.ofHours(1));

        assertThat(schedule.nextAttemptAt(FailureReason.INSUFFICIENT_FUNDS, 0, FAILED_AT)).isNull();
    }

    @Test
    void a_step_that_is_not_a_duration_is_refused_by_name() {
        assertThatThrownBy(() -> DunningSchedule.parse("P3D,soon", Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soon");
    }

    @Test
    void the_retry_after_a_decline_uses_a_new_key_of_the_next_dunning_attempt() {
        Invoice invoice = Invoices.failed("inv-1", "invoice/inv-1/charge", 0, FailureReason.INSUFFICIENT_FUNDS);

        assertThat(NextCharge.after(invoice)).contains(new NextCharge("invoice/inv-1/charge/dunning-1", 1));
    }

    @Test
    void the_retry_after_a_second_decline_uses_the_key_of_the_second_dunning_attempt() {
        Invoice invoice = Invoices.failed("inv-1", "invoice/inv-1/charge/dunning-1", 1,
                FailureReason.INSUFFICIENT_FUNDS);

        assertThat(NextCharge.after(invoice)).contains(new NextCharge("invoice/inv-1/charge/dunning-2", 2));
    }

    @Test
    void the_retry_after_an_unknown_outcome_reuses_the_current_key() {
        for (FailureReason unknown : List.of(FailureReason.NETWORK_ERROR, FailureReason.SYSTEM_ERROR)) {
            Invoice invoice = Invoices.failed("inv-1", "invoice/inv-1/charge/dunning-1", 1, unknown);

            assertThat(NextCharge.after(invoice)).contains(new NextCharge("invoice/inv-1/charge/dunning-1", 1));
        }
    }

    @Test
    void an_unknown_customer_or_currency_gets_no_next_charge() {
        for (FailureReason definite : List.of(FailureReason.CUSTOMER_NOT_FOUND, FailureReason.CURRENCY_MISMATCH)) {
            Invoice invoice = Invoices.failed("inv-1", "invoice/inv-1/charge", 0, definite);

            assertThat(NextCharge.after(invoice)).isEmpty();
        }
    }

    @Test
    void a_paid_invoice_gets_no_next_charge() {
        assertThat(NextCharge.after(Invoices.paid("inv-1", "invoice/inv-1/charge", "ch_1"))).isEmpty();
    }

    @Test
    void the_run_charge_key_carries_no_attempt_number() {
        assertThat(ChargeKeys.initial("inv-1")).isEqualTo("invoice/inv-1/charge");
        assertThat(ChargeKeys.forAttempt("inv-1", 0)).isEqualTo("invoice/inv-1/charge");
    }
}
