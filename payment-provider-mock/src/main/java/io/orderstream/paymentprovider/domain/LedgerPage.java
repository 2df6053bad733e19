package io.orderstream.paymentprovider.domain;

import java.util.List;

/**
 * One page of the ledger in recording order.
 *
 * @param charges the page's charges
 * @param next    the position to ask for next: more charges are there once {@code next < total}
 * @param total   how many charges the ledger holds now
 */
public record LedgerPage(List<Charge> charges, int next, int total) {

    public LedgerPage {
        charges = List.copyOf(charges);
    }

    public boolean hasMore() {
        return next < total;
    }
}
