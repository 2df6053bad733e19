package io.orderstream.orderapi.command;

/** Kafka did not take the command (broker or registry unreachable, for instance): nothing will process it. */
public final class CommandNotSentException extends RuntimeException {

    public CommandNotSentException(String commandId, Throwable cause) {
        super("command " + commandId + " was not sent: " + cause.getMessage(), cause);
    }
}
