package io.orderstream.billing.store;

import io.orderstream.billing.domain.Invoice;
import java.util.List;
import java.util.Optional;

/** One page of a listing and, unless it is the last, the invoice id the next page starts after. */
public record InvoicePage(List<Invoice> invoices, Optional<String> next) {
}
