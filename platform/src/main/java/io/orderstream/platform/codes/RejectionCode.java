package io.orderstream.platform.codes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every refusal the order-processor can answer a command with, declared once for both sides: the processor's
 * domain decides with these constants, order-api turns them into problems with their status and title. Plain Java,
 * so the domain may use it. A code without a status is never shown to a client: it refuses the warehouse's or the
 * payment worker's answers, order-api answers it as the order itself (order_exists), or as {@code command_failed}
 * naming it (unsupported_command).
 */
public enum RejectionCode {
    VALIDATION_FAILED(422, "Invalid request"),
    ORDER_NOT_FOUND(404, "Order not found"),
    PAYMENT_ID_CONFLICT(409, "Payment id conflict"),
    INVALID_STATE(409, "Invalid order state"),
    INVALID_AMOUNT(422, "Invalid amount"),
    PAYMENT_EXCEEDS_BALANCE(422, "Payment exceeds the balance due"),
    PAYMENT_DECLINED(402, "Payment declined"),
    PAYMENT_FAILED(402, "Payment failed"),
    ORDER_LIMIT_REACHED(409, "Order limit reached"),
    /** A shipment notice that would take the shipments past the order's total; the message names what remains. */
    SHIPMENT_EXCEEDS_REMAINING(409, "Shipment exceeds the remaining amount"),
    /** The same shipment id again with another body. */
    SHIPMENT_ID_CONFLICT(409, "Shipment id conflict"),
    /** The command could not be processed at all (dead-lettered for an operator). */
    COMMAND_FAILED(422, "Command failed"),
    /** Another command id creating an existing order; order-api answers a create sent again with the order. */
    ORDER_EXISTS(0, "Order exists"),
    UNKNOWN_CHARGE_REQUEST(0, "Unknown charge request"),
    UNKNOWN_FULFILLMENT_REQUEST(0, "Unknown fulfillment request"),
    UNKNOWN_PAYOUT(0, "Unknown payout"),
    UNKNOWN_REFUND(0, "Unknown refund"),
    SHIPMENT_EXCEEDS_TOTAL(0, "Shipment exceeds the total"),
    SHIPMENTS_INCOMPLETE(0, "Shipments incomplete"),
    /** A command of a kind this processor does not know (a newer client); order-api answers it command_failed. */
    UNSUPPORTED_COMMAND(0, "Unsupported command");

    private final int status;
    private final String title;

    RejectionCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The code on the wire, such as {@code invalid_state}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The HTTP status a client gets it with; empty for a refusal no client is ever answered with. */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    public String title() {
        return title;
    }

    /** The catalogue's member of this wire code, if it is one. */
    public static Optional<RejectionCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
