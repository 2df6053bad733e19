package io.orderstream.paymentprovider.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of the ledger's charges, and the money moved per currency (minor units). */
public record LedgerTotals(int charges, int succeeded, int declined, Map<String, Long> succeededAmounts) {

    public LedgerTotals {
        succeededAmounts = Map.copyOf(succeededAmounts);
    }

    public static LedgerTotals of(List<Charge> charges) {
        var amounts = new TreeMap<String, Long>();
        int succeeded = 0;
        for (Charge charge : charges) {
            if (charge.succeeded()) {
                succeeded++;
                amounts.merge(charge.currency(), charge.amount(), Math::addExact);
            }
        }
        return new LedgerTotals(charges.size(), succeeded, charges.size() - succeeded, amounts);
    }
}
