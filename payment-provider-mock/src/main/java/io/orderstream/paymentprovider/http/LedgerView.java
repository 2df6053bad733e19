package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.Gateway;
import io.orderstream.paymentprovider.domain.LedgerTotals;
import java.util.List;

/** {@code GET /v1/ledger}: every charge (oldest first), payout and refund, with the totals. */
public record LedgerView(List<ChargeView> charges, List<PayoutView> payouts, List<RefundView> refunds,
                         LedgerTotals totals) {

    static LedgerView of(Gateway gateway) {
        var charges = gateway.charges();
        var payouts = gateway.payouts();
        var refunds = gateway.refunds();
        return new LedgerView(charges.stream().map(ChargeView::of).toList(),
                payouts.stream().map(PayoutView::of).toList(), refunds.stream().map(RefundView::of).toList(),
                LedgerTotals.of(charges, payouts, refunds));
    }
}
