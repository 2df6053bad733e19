package io.orderstream.paymentprovider.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Counts of the ledger's charges and the money they moved per currency (minor units), and the same for its payouts
 * and refunds.
 */
public record LedgerTotals(int charges, int succeeded, int declined, Map<String, Long> succeededAmounts,
                           Transfers payouts, Transfers refunds) {

    /** How many payouts (or refunds) were made and how much they moved per currency. */
    public record Transfers(int count, Map<String, Long> amounts) {

        public static final Transfers NONE = new Transfers(0, Map.of());

        public Transfers {
            amounts = Map.copyOf(amounts);
        }

        static <T> Transfers of(List<T> transfers, Function<T, String> currency,
                                ToLongFunction<T> amount) {
            var amounts = new TreeMap<String, Long>();
            transfers.forEach(transfer -> amounts.merge(currency.apply(transfer), amount.applyAsLong(transfer),
                    Math::addExact));
            return new Transfers(transfers.size(), amounts);
        }
    }

    public LedgerTotals {
        succeededAmounts = Map.copyOf(succeededAmounts);
    }

    /** Totals of charges alone. */
    public LedgerTotals(int charges, int succeeded, int declined, Map<String, Long> succeededAmounts) {
        this(charges, succeeded, declined, succeededAmounts, Transfers.NONE, Transfers.NONE);
    }

    public static LedgerTotals of(List<Charge> charges) {
        return of(charges, List.of(), List.of());
    }

    public static LedgerTotals of(List<Charge> charges, List<Payout> payouts, List<Refund> refunds) {
        var amounts = new TreeMap<String, Long>();
        int succeeded = 0;
        for (Charge charge : charges) {
            if (charge.succeeded()) {
                succeeded++;
                amounts.merge(charge.currency(), charge.amount(), Math::addExact);
            }
        }
        return new LedgerTotals(charges.size(), succeeded, charges.size() - succeeded, amounts,
                Transfers.of(payouts, Payout::currency, Payout::amount),
                Transfers.of(refunds, Refund::currency, Refund::amount));
    }
}
