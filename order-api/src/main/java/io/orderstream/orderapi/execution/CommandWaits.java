package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.command.CommandKind;
import java.time.Duration;

/**
 * How long requests wait.
 *
 * @param command for the result of a command (ORDER_API_COMMAND_TIMEOUT)
 * @param payment for the result of a create-and-pay, which comes once the charge is settled
 *                (ORDER_API_PAYMENT_TIMEOUT)
 */
public record CommandWaits(Duration command, Duration payment) {

    /** What a repeat waits beyond the first request's own wait before it is told the key is in use. */
    static final Duration REPEAT_MARGIN = Duration.ofSeconds(2);
    /** What a first request may take beyond its wait (Kafka, the database) before its claim counts as abandoned. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(15);

    public CommandWaits {
        if (!command.isPositive() || !payment.isPositive()) {
            throw new IllegalArgumentException("command waits must be positive: " + command + ", " + payment);
        }
    }

    Duration forResult(CommandKind kind) {
        return kind == CommandKind.CREATE_ORDER_AND_PAY ? payment : command;
    }

    /** How long a repeat waits for the first request with its key to be answered. */
    Duration forFirstRequest(CommandKind kind) {
        return forResult(kind).plus(REPEAT_MARGIN);
    }

    /** After this an unanswered Idempotency-Key claim is abandoned: no request takes that long. */
    public Duration lease() {
        return (command.compareTo(payment) >= 0 ? command : payment).plus(LEASE_MARGIN);
    }
}
