package io.orderstream.dlq;

/** A failure the user can act on: the command prints its message and exits with 1. */
public final class DlqException extends RuntimeException {

    public DlqException(String message) {
        super(message);
    }

    public DlqException(String message, Throwable cause) {
        super(message, cause);
    }
}
