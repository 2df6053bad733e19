package io.orderstream.billing.store;

import io.orderstream.billing.domain.InvoiceStatus;
import io.orderstream.billing.domain.Period;
import java.util.Optional;

/**
 * Which invoices to list: those matching every filter given, at most {@code limit}, in id order, starting after the
 * invoice id {@code after} (from the start when empty).
 */
public record InvoiceListing(Optional<InvoiceStatus> status, Optional<String> customerId, Optional<Period> period,
                             int limit, Optional<String> after) {

    public InvoiceListing {
        if (limit < 1) {
            throw new IllegalArgumentException("a listing has at least one invoice per page, not " + limit);
        }
    }
}
