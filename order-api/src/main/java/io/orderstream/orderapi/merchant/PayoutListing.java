package io.orderstream.orderapi.merchant;

import io.orderstream.orderapi.store.PayoutStore.CurrencyTotal;
import io.orderstream.orderapi.store.PayoutStore.PayoutRow;
import java.util.List;

/** The answer of {@code GET /merchants/{id}/payouts}: every payout of the merchant, and its totals per currency. */
public record PayoutListing(String merchantId, List<PayoutRow> payouts, List<CurrencyTotal> totals) {
}
