package io.orderstream.billing.domain;

import io.orderstream.platform.codes.FieldCode;
import java.time.Instant;
import java.util.List;

/**
 * A customer as a client asks for it ({@code POST /customers}): {@code id} may be left out (null), every other field
 * is required. {@link #violations()} says what is wrong with it; one without violations becomes a {@link Customer}.
 */
public record CustomerDraft(String id, String name, String currency, String providerCustomerId) {

    /** Every broken rule, each field at most once; empty for a customer that may be stored. */
    public List<FieldViolation> violations() {
        return new FieldRules()
                .optionalId(id, "id", FieldCode.CUSTOMER_ID_INVALID)
                .name(name, "name")
                .currency(currency, "currency")
                .id(providerCustomerId, "providerCustomerId", FieldCode.PROVIDER_CUSTOMER_ID_INVALID)
                .violations();
    }

    /** The customer, under its own id or {@code generatedId} when it has none. */
    public Customer customer(String generatedId, Instant now) {
        return new Customer(id == null ? generatedId : id, name, currency, providerCustomerId, now);
    }
}
