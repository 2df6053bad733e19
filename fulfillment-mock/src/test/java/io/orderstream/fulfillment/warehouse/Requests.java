package io.orderstream.fulfillment.warehouse;

import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.RequestedLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Fulfillment requests for tests: consistent ones (total = sum of lines) unless built otherwise. */
final class Requests {

    static final Instant REQUESTED_AT = Instant.parse("2026-11-21T10:15:30.123Z");

    private Requests() {
    }

    static FulfillmentRequest of(String requestId, RequestedLine... lines) {
        long total = List.of(lines).stream().mapToLong(line -> line.getQuantity() * line.getUnitPrice()).sum();
        return withTotal(requestId, total, lines);
    }

    static FulfillmentRequest withTotal(String requestId, long total, RequestedLine... lines) {
        return FulfillmentRequest.newBuilder()
                .setRequestId(requestId)
                .setOrderId("order-" + requestId)
                .setAttempt(1)
                .setCurrency("EUR")
                .setTotal(total)
                .setLines(List.of(lines))
                .setRequestedAt(REQUESTED_AT)
                .build();
    }

    static RequestedLine line(String sku, int quantity, long unitPrice) {
        return new RequestedLine(sku, quantity, unitPrice);
    }

    /** {@code count} varied orders of 1 to 4 lines, 1 to 6 units each, SKUs sometimes repeated. */
    static List<FulfillmentRequest> varied(int count) {
        var random = new SplittableRandom(7);
        return IntStream.range(0, count).mapToObj(i -> of("request-" + i, lines(random))).toList();
    }

    private static RequestedLine[] lines(SplittableRandom random) {
        List<RequestedLine> lines = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            lines.add(line("SKU-" + random.nextInt(5), 1 + random.nextInt(6), random.nextLong(0, 10_000)));
        }
        return lines.toArray(RequestedLine[]::new);
    }
}
