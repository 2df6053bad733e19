package io.orderstream.billing.domain;

import java.time.Instant;

/** Someone billed monthly; the payment provider knows them as {@code providerCustomerId}. */
public record Customer(String id, String name, String currency, String providerCustomerId, Instant createdAt) {
}
