package io.orderstream.paymentprovider.domain;

import java.util.List;

/**
 * One page of a ledger (charges, payouts or refunds) in recording order.
 *
 * @param entries the page's entries
 * @param next    the position to ask for next: more entries are there once {@code next < total}
 * @param total   how many entries the ledger holds now
 */
public record LedgerPage<E>(List<E> entries, int next, int total) {

    public LedgerPage {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return next < total;
    }
}
