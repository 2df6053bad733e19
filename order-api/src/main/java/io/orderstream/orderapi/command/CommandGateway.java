package io.orderstream.orderapi.command;

import io.orderstream.schemas.order.CommandResult;
import io.orderstream.schemas.order.OrderCommand;
import java.time.Duration;
import java.util.Optional;

/** Where commands go to be decided by the order-processor. */
public interface CommandGateway {

    /**
     * Sends the command and waits for its result, up to {@code wait} from the call.
     *
     * @return the result, or empty when it did not come in time (the command may still be processed)
     * @throws CommandNotSentException when the command could not be handed to Kafka
     */
    Optional<CommandResult> send(OrderCommand command, Duration wait);
}
