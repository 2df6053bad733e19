package io.orderstream.orderapi.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event of an order's history as clients see it: {@code type} names the event (OrderCreated,
 * PaymentApplied, ...) and {@code data} holds its fields.
 */
public record OrderEventView(String eventId, long version, String type, Instant occurredAt, String causationId,
                             JsonNode data) {
}
