package io.orderstream.processor.domain;

import java.util.List;

/** What may be asked of an order: by a client, by the warehouse's answer, or by the passing of time. */
public sealed interface Command {

    /** Identifies the request; the same command delivered twice is answered the same way. */
    String commandId();

    /** @param payNow create-and-pay: the order stays hidden until its charge is captured */
    record CreateOrder(String commandId, String customerEmail, String currency, List<LineItem> lines,
                       boolean payNow) implements Command {
        public CreateOrder {
            lines = List.copyOf(lines);
        }
    }

    record ApplyPayment(String commandId, String paymentId, long amount) implements Command {
    }

    record CancelOrder(String commandId, String reason) implements Command {
    }

    /** The warehouse answered a fulfillment request. */
    record RecordFulfillmentResult(String commandId, String requestId, RequestedFulfillment.Outcome outcome,
                                   List<RecordedShipment> shipments, String reason) implements Command {
        public RecordFulfillmentResult {
            shipments = List.copyOf(shipments);
        }
    }

    /** The payment worker answered a create-and-pay order's charge. */
    record RecordChargeResult(String commandId, String requestId, ChargeStatus status, String chargeId,
                              String code, String reason) implements Command {
    }

    enum ChargeStatus { CAPTURED, DECLINED, REJECTED, FAILED }

    /** The charge deadline of a create-and-pay order passed without an answer. */
    record ExpireCharge(String commandId) implements Command {
    }

    /** The fulfillment deadline of the order passed without an answer. */
    record ExpireFulfillment(String commandId) implements Command {
    }
}
