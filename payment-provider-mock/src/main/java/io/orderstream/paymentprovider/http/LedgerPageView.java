package io.orderstream.paymentprovider.http;

import io.orderstream.paymentprovider.domain.LedgerPage;
import java.util.List;

/** {@code GET /v1/ledger/charges}: a page of the ledger in recording order; ask again with {@code from=next} while {@code next < total}. */
public record LedgerPageView(List<ChargeView> charges, int next, int total) {

    static LedgerPageView of(LedgerPage page) {
        return new LedgerPageView(page.charges().stream().map(ChargeView::of).toList(), page.next(), page.total());
    }
}
