package io.orderstream.paymentprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTotalsTest {

    private static Charge charge(long amount, String currency, ChargeStatus status) {
        return new Charge("ch", "key", "cust-1", amount, currency, "order-1", status, TestGateways.NOW);
    }

    @Test
    void totals_count_the_charges_and_sum_only_succeeded_amounts_per_currency() {
        var totals = LedgerTotals.of(List.of(
                charge(1000, "EUR", ChargeStatus.SUCCEEDED),
                charge(250, "EUR", ChargeStatus.SUCCEEDED),
                charge(700, "USD", ChargeStatus.SUCCEEDED),
                charge(5000, "EUR", ChargeStatus.DECLINED)));

        assertThat(totals).isEqualTo(new LedgerTotals(4, 3, 1, Map.of("EUR", 1250L, "USD", 700L)));
    }

    @Test
    void an_empty_ledger_has_zero_totals() {
        assertThat(LedgerTotals.of(List.of())).isEqualTo(new LedgerTotals(0, 0, 0, Map.of()));
    }
}
