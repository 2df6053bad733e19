package io.orderstream.billing.domain;

import io.orderstream.platform.codes.FieldCode;
import java.time.Instant;
import java.util.List;

/**
 * An invoice as a client asks for it ({@code POST /invoices}): {@code id} may be left out (null), every other field
 * is required; {@code period} is the text {@code YYYY-MM}. {@link #violations()} says what is wrong with it on its own;
 * {@link #currencyMatches(Customer)} whether it suits its customer. A valid one becomes a {@code PENDING}
 * {@link Invoice}.
 */
public record InvoiceDraft(String id, String customerId, Long amount, String currency, String period) {

    /** The largest amount an invoice bills, in minor units (10^13: a hundred billion of a two-decimal currency). */
    public static final long MAX_AMOUNT = 10_000_000_000_000L;

    /** Every broken rule, each field at most once; empty for an invoice that may be stored if its customer agrees. */
    public List<FieldViolation> violations() {
        FieldRules rules = new FieldRules()
                .optionalId(id, "id", FieldCode.INVOICE_ID_INVALID)
                .id(customerId, "customerId", FieldCode.CUSTOMER_ID_INVALID);
        amount(rules);
        rules.currency(currency, "currency");
        if (rules.required(period, "period") && Period.parse(period).isEmpty()) {
            rules.add("period", FieldCode.PERIOD_INVALID, "The period is a month written YYYY-MM, such as 2026-12.");
        }
        return rules.violations();
    }

    private void amount(FieldRules rules) {
        if (!rules.required(amount, "amount")) {
            return;
        }
        if (amount <= 0) {
            rules.add("amount", FieldCode.NOT_POSITIVE, "The amount is a positive number of minor units.");
        } else if (amount > MAX_AMOUNT) {
            rules.add("amount", FieldCode.OUT_OF_RANGE, "The amount is at most " + MAX_AMOUNT + " minor units.");
        }
    }

    /** An invoice is billed in its customer's currency: the provider charges a customer in one currency only. */
    public boolean currencyMatches(Customer customer) {
        return customer.currency().equals(currency);
    }

    /** The {@code PENDING} invoice of a valid draft, under its own id or {@code generatedId} when it has none. */
    public Invoice invoice(String generatedId, Instant now) {
        Period month = Period.parse(period).orElseThrow(() -> new IllegalStateException("not a period: " + period));
        return new Invoice(id == null ? generatedId : id, customerId, amount, currency, month, InvoiceStatus.PENDING,
                null, null, null, null, 0, null, null, now, now);
    }
}
