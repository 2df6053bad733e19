package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.paymentprovider.domain.LedgerTotals;
import java.util.List;

/** {@code GET /v1/ledger}: every charge, oldest first, with the totals. */
public record LedgerView(List<ChargeView> charges, LedgerTotals totals) {

    static LedgerView of(List<Charge> charges) {
        return new LedgerView(charges.stream().map(ChargeView::of).toList(), LedgerTotals.of(charges));
    }
}
