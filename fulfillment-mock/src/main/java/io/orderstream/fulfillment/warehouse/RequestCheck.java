package io.orderstream.fulfillment.warehouse;

import io.orderstream.schemas.fulfillment.FulfillmentRequest;
import io.orderstream.schemas.fulfillment.RequestedLine;

/** Whether a request can be shipped at all: it has lines, each of some units, and they add up to its total. */
final class RequestCheck {

    private RequestCheck() {
    }

    static boolean isShippable(FulfillmentRequest request) {
        if (request.getLines().isEmpty()) {
            return false;
        }
        long sum = 0;
        for (RequestedLine line : request.getLines()) {
            if (line.getQuantity() <= 0 || line.getUnitPrice() < 0) {
                return false;
            }
            try {
                sum = Math.addExact(sum, Math.multiplyExact(line.getUnitPrice(), line.getQuantity()));
            } catch (ArithmeticException overflow) {
                return false;
            }
        }
        return sum == request.getTotal();
    }
}
