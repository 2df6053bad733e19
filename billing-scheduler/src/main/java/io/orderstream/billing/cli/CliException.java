package io.orderstream.billing.cli;

/** A command that cannot go on, with the message the user reads; {@link #usage()} when the command line was wrong. */
final class CliException extends RuntimeException {

    private final boolean usage;

    private CliException(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    static CliException usage(String message) {
        return new CliException(message, true, null);
    }

    static CliException failed(String message) {
        return new CliException(message, false, null);
    }

    static CliException failed(String message, Throwable cause) {
        return new CliException(message, false, cause);
    }

    boolean usage() {
        return usage;
    }
}
