package io.orderstream.orderapi.api;

import io.helidon.webserver.http.ServerRequest;
import io.orderstream.orderapi.command.OrderApiCode;
import java.util.Optional;

/** The optional {@code Idempotency-Key} header (the platform's rule), refused as order-api's {@code invalid_idempotency_key}. */
final class IdempotencyKeyHeader {

    private IdempotencyKeyHeader() {
    }

    static Optional<String> of(ServerRequest request) {
        return io.orderstream.platform.http.IdempotencyKeyHeader.of(request, OrderApiCode.INVALID_IDEMPOTENCY_KEY);
    }
}
