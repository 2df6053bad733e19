package io.orderstream.billing.results;

import java.util.Set;

/** Results for invoices the database does not have: the record is dead-lettered, not retried for ever. */
final class UnknownInvoiceException extends RuntimeException {

    UnknownInvoiceException(Set<String> invoiceIds) {
        super("no invoice " + invoiceIds);
    }
}
