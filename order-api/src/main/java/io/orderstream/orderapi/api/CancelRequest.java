package io.orderstream.orderapi.api;

/** The optional body of {@code POST /orders/{id}/cancel} and {@code POST /orders/{id}/cancel-remainder}. */
public record CancelRequest(String reason) {

    static final CancelRequest WITHOUT_REASON = new CancelRequest(null);
}
