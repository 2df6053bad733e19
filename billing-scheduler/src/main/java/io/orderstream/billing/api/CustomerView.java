package io.orderstream.billing.api;

import io.orderstream.billing.domain.Customer;
import java.time.Instant;

/** A customer as {@code POST /customers} and {@code GET /customers/{id}} show it. */
record CustomerView(String id, String name, String currency, String providerCustomerId, Instant createdAt) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.id(), customer.name(), customer.currency(), customer.providerCustomerId(),
                customer.createdAt());
    }
}
