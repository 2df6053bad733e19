package io.orderstream.billing.api;

import java.util.List;

/** One page of {@code GET /invoices}: the invoices in id order and the cursor of the next page (null on the last). */
record InvoicePageView(List<InvoiceView> items, String next) {
}
