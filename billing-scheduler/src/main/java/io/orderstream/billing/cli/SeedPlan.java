package io.orderstream.billing.cli;

import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code billing seed} writes, decided from the numbers alone (no randomness, so a seed can be reasoned about):
 * customers {@code 1..customers}, each with {@code invoicesPerCustomer} invoices of which the first
 * {@code pendingPerCustomer} are {@code PENDING} in the period and the others {@code PAID} in the months before it,
 * at most {@code invoiceLimit} invoices in all. Every {@value #KIND_CYCLE}th customer is unknown to the provider,
 * the next pays only USD while billed in EUR, the next is always declined: every failure reason a run can meet
 * from the data occurs.
 *
 * <p>Ids are {@code cus-<tag>-<n>} and {@code inv-<tag>-<n>-<m>} with {@code n} and {@code m} zero-padded, so that
 * the order they are written in is their key order: every index of the tables (id, customer, period and status) then
 * grows at its right edge instead of taking each row at a random place, which is what makes a million rows load fast.
 *
 * @param tag different for each seed, so seeds never collide
 */
record SeedPlan(String tag, int customers, int invoicesPerCustomer, int pendingPerCustomer, long invoiceLimit, Period period) {

    static final int KIND_CYCLE = 20;
    static final List<String> CURRENCIES = List.of("EUR", "USD", "DKK", "SEK", "GBP");
    static final long MIN_AMOUNT = 1_000;
    static final long AMOUNT_SPREAD = 49_000;
    static final int CUSTOMER_DIGITS = 8;
    static final int INVOICE_DIGITS = 4;

    SeedPlan {
        if (customers < 1 || invoicesPerCustomer < 1 || pendingPerCustomer < 0 || pendingPerCustomer > invoicesPerCustomer
                || invoiceLimit < 0 || !tag.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("not a seed plan: " + tag + " " + customers + "x" + invoicesPerCustomer + " pending "
                    + pendingPerCustomer + " limit " + invoiceLimit);
        }
    }

    /** {@code billing seed}: one pending invoice per customer, the others paid before (Antaeus' demo data). */
    static SeedPlan demo(String tag, int customers, int invoicesPerCustomer, Period period) {
        return new SeedPlan(tag, customers, invoicesPerCustomer, 1, (long) customers * invoicesPerCustomer, period);
    }

    /** The benchmark: exactly {@code invoices} pending invoices in the period, ten a customer. */
    static SeedPlan allPending(String tag, int invoices, Period period) {
        int perCustomer = Math.min(10, invoices);
        int customers = (invoices + perCustomer - 1) / perCustomer;
        return new SeedPlan(tag, customers, perCustomer, perCustomer, invoices, period);
    }

    enum Kind {
        /** Pays in any currency; declined at the provider's decline ratio. */
        REGULAR,
        /** {@code missing-…}: customer_not_found. */
        UNKNOWN_TO_PROVIDER,
        /** {@code …:USD}, billed in EUR: currency_mismatch. */
        OTHER_CURRENCY,
        /** {@code decline-…}: insufficient_funds every time. */
        ALWAYS_DECLINED
    }

    record SeedCustomer(String id, String name, String currency, String providerCustomerId, Kind kind) {
    }

    record SeedInvoice(String id, String customerId, long amount, String currency, Period period, InvoiceStatus status) {
    }

    static Kind kindOf(int customer) {
        return switch (customer % KIND_CYCLE) {
            case 0 -> Kind.UNKNOWN_TO_PROVIDER;
            case 1 -> Kind.OTHER_CURRENCY;
            case 2 -> Kind.ALWAYS_DECLINED;
            default -> Kind.REGULAR;
        };
    }

    /** Customer {@code n}, 1-based. */
    SeedCustomer customer(int n) {
        Kind kind = kindOf(n);
        String base = tag + "-" + pad(n, CUSTOMER_DIGITS);
        return switch (kind) {
            case UNKNOWN_TO_PROVIDER -> new SeedCustomer("cus-" + base, "Customer " + n, currency(n), "missing-" + base, kind);
            case OTHER_CURRENCY -> new SeedCustomer("cus-" + base, "Customer " + n, "EUR", "cust-" + base + ":USD", kind);
            case ALWAYS_DECLINED -> new SeedCustomer("cus-" + base, "Customer " + n, currency(n), "decline-" + base, kind);
            case REGULAR -> new SeedCustomer("cus-" + base, "Customer " + n, currency(n), "cust-" + base, kind);
        };
    }

    /** The customer's invoices that fit under the limit; the first {@code pendingPerCustomer} are pending. */
    List<SeedInvoice> invoicesOf(int n, SeedCustomer customer) {
        long before = (long) (n - 1) * invoicesPerCustomer;
        int count = (int) Math.max(0, Math.min(invoicesPerCustomer, invoiceLimit - before));
        var invoices = new ArrayList<SeedInvoice>(count);
        for (int m = 1; m <= count; m++) {
            boolean pending = m <= pendingPerCustomer;
            Period month = pending ? period : monthsBefore(m - pendingPerCustomer);
            invoices.add(new SeedInvoice("inv-" + tag + "-" + pad(n, CUSTOMER_DIGITS) + "-" + pad(m, INVOICE_DIGITS), customer.id(), amount(n, m), customer.currency(), month,
                    pending ? InvoiceStatus.PENDING : InvoiceStatus.PAID));
        }
        return invoices;
    }

    /** How many customers have invoices under the limit. */
    int customersWithInvoices() {
        return (int) Math.min(customers, (invoiceLimit + invoicesPerCustomer - 1) / invoicesPerCustomer);
    }

    long invoices() {
        return Math.min(invoiceLimit, (long) customers * invoicesPerCustomer);
    }

    long pendingInvoices() {
        long full = invoiceLimit / invoicesPerCustomer;
        long rest = invoiceLimit % invoicesPerCustomer;
        long limited = full * pendingPerCustomer + Math.min(rest, pendingPerCustomer);
        return Math.min(limited, (long) customers * pendingPerCustomer);
    }

    private Period monthsBefore(int months) {
        var month = period.month().minusMonths(months);
        return Period.of(month.getYear(), month.getMonthValue());
    }

    private static String pad(int number, int digits) {
        String text = Integer.toString(number);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    private static String currency(int n) {
        return CURRENCIES.get(n % CURRENCIES.size());
    }

    /** 10.00 to 500.00, spread by customer and month. */
    static long amount(int n, int m) {
        return MIN_AMOUNT + Math.floorMod(n * 7_919L + m * 104_729L, AMOUNT_SPREAD);
    }
}
