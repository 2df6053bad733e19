package io.orderstream.localstack;

/** A process that did not come up; names it, and its message ends with the tail of its log. */
public final class StartupFailedException extends IllegalStateException {

    private final String component;

    StartupFailedException(String component, String message) {
        super(message);
        this.component = component;
    }

    /** The name of the process that failed: {@code kafka}, {@code registry}, {@code postgres} or a service's. */
    public String component() {
        return component;
    }
}
