package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.access.Caller;
import io.orderstream.orderapi.command.CommandKind;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * A POST that sends a command, as its handler understood it.
 *
 * @param fingerprint    tells this request from another with the same Idempotency-Key ({@link io.orderstream.platform.http.RequestFingerprint})
 * @param idempotencyKey the request's Idempotency-Key, if it has one
 * @param orderId        the order the command is about, or null when it creates one
 * @param payload        the command itself: CreateOrder, ApplyPayment, CancelOrder, RecordShipment, CancelRemainder
 * @param caller         who sends it: the order's merchant, or the platform's own shop
 */
public record CommandRequest(String fingerprint, Optional<String> idempotencyKey, String orderId,
                             SpecificRecord payload, Caller caller) {

    public CommandKind kind() {
        return CommandKind.ofPayload(payload);
    }
}
