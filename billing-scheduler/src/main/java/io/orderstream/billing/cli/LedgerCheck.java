package io.orderstream.billing.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's check of the provider's ledger against the books: exactly one successful charge per PAID invoice,
 * none for any other, and the captured amounts sum to the PAID invoices' amounts, per currency. Charges whose
 * reference is none of the given invoices (orders, other periods) are not the check's business.
 *
 * @param doubleCharged     invoices with more than one successful charge
 * @param paidWithoutCharge PAID invoices the provider has no successful charge for
 * @param chargedNotPaid    invoices in another status that the provider charged successfully
 */
record LedgerCheck(long paidInvoices, long capturedCharges, List<String> doubleCharged, List<String> paidWithoutCharge,
                   List<String> chargedNotPaid, Map<String, Long> paidAmounts, Map<String, Long> capturedAmounts) {

    static final String PAID = "PAID";

    /** An invoice as the books have it. */
    record BookedInvoice(String id, String status, long amount, String currency) {
    }

    /** A successful charge in the provider's ledger; {@code reference} is the invoice id the worker charged for. */
    record CapturedCharge(String reference, long amount, String currency) {
    }

    static LedgerCheck of(List<BookedInvoice> invoices, List<CapturedCharge> charges) {
        var byId = new HashMap<String, BookedInvoice>(invoices.size() * 2);
        invoices.forEach(invoice -> byId.put(invoice.id(), invoice));
        var chargeCounts = new HashMap<String, Integer>();
        var capturedAmounts = new TreeMap<String, Long>();
        long captured = 0;
        for (CapturedCharge charge : charges) {
            if (byId.containsKey(charge.reference())) {
                chargeCounts.merge(charge.reference(), 1, Integer::sum);
                capturedAmounts.merge(charge.currency(), charge.amount(), Math::addExact);
                captured++;
            }
        }
        var doubleCharged = new ArrayList<String>();
        var paidWithoutCharge = new ArrayList<String>();
        var chargedNotPaid = new ArrayList<String>();
        var paidAmounts = new TreeMap<String, Long>();
        long paid = 0;
        for (BookedInvoice invoice : invoices) {
            int count = chargeCounts.getOrDefault(invoice.id(), 0);
            if (count > 1) {
                doubleCharged.add(invoice.id());
            }
            if (PAID.equals(invoice.status())) {
                paid++;
                paidAmounts.merge(invoice.currency(), invoice.amount(), Math::addExact);
                if (count == 0) {
                    paidWithoutCharge.add(invoice.id());
                }
            } else if (count > 0) {
                chargedNotPaid.add(invoice.id());
            }
        }
        return new LedgerCheck(paid, captured, List.copyOf(doubleCharged), List.copyOf(paidWithoutCharge),
                List.copyOf(chargedNotPaid), Map.copyOf(paidAmounts), Map.copyOf(capturedAmounts));
    }

    boolean passed() {
        return doubleCharged.isEmpty() && paidWithoutCharge.isEmpty() && chargedNotPaid.isEmpty()
                && paidAmounts.equals(capturedAmounts);
    }

    /** The check as a few lines: OK or each finding with up to five example invoice ids. */
    String describe() {
        var text = new StringBuilder();
        text.append(String.format("ledger check: %s — %,d PAID invoices, %,d successful charges for them%n",
                passed() ? "OK" : "FAILED", paidInvoices, capturedCharges));
        finding(text, "charged more than once", doubleCharged);
        finding(text, "PAID without a successful charge", paidWithoutCharge);
        finding(text, "charged but not PAID", chargedNotPaid);
        text.append(String.format("  PAID amounts %s, captured %s%s%n", new TreeMap<>(paidAmounts), new TreeMap<>(capturedAmounts),
                paidAmounts.equals(capturedAmounts) ? " (equal)" : " (DIFFERENT)"));
        return text.toString();
    }

    private static void finding(StringBuilder text, String what, List<String> ids) {
        text.append(String.format("  %s: %,d%s%n", what, ids.size(),
                ids.isEmpty() ? "" : " e.g. " + String.join(", ", ids.subList(0, Math.min(5, ids.size())))));
    }
}
