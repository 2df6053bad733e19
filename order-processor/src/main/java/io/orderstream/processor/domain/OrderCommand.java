package io.orderstream.processor.domain;

import java.util.List;

/** What may be asked of an order. */
public sealed interface OrderCommand {

    /** Identifies the request; the same command delivered twice is answered the same way. */
    String commandId();

    record CreateOrder(String commandId, String customerEmail, String currency, List<OrderLine> lines)
            implements OrderCommand {
        public CreateOrder {
            lines = List.copyOf(lines);
        }
    }

    record ApplyPayment(String commandId, String paymentId, long amount) implements OrderCommand {
    }

    record CancelOrder(String commandId, String reason) implements OrderCommand {
    }
}
