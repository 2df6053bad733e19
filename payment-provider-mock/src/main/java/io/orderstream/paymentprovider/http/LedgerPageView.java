package io.orderstream.paymentprovider.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderstream.paymentprovider.domain.Charge;
import io.orderstream.paymentprovider.domain.LedgerPage;
import io.orderstream.paymentprovider.domain.Payout;
import io.orderstream.paymentprovider.domain.Refund;
import java.util.List;

/**
 * {@code GET /v1/ledger/charges}, {@code /payouts} or {@code /refunds}: a page of that ledger in recording order
 * (one of the three lists); ask again with {@code from=next} while {@code next < total}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerPageView(List<ChargeView> charges, List<PayoutView> payouts, List<RefundView> refunds,
                             int next, int total) {

    static LedgerPageView ofCharges(LedgerPage<Charge> page) {
        return new LedgerPageView(page.entries().stream().map(ChargeView::of).toList(), null, null,
                page.next(), page.total());
    }

    static LedgerPageView ofPayouts(LedgerPage<Payout> page) {
        return new LedgerPageView(null, page.entries().stream().map(PayoutView::of).toList(), null,
                page.next(), page.total());
    }

    static LedgerPageView ofRefunds(LedgerPage<Refund> page) {
        return new LedgerPageView(null, null, page.entries().stream().map(RefundView::of).toList(),
                page.next(), page.total());
    }
}
