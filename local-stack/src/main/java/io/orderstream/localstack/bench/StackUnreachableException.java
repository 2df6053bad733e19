package io.orderstream.localstack.bench;

/** The stack the benchmark was pointed at does not answer: nothing was measured. */
public final class StackUnreachableException extends RuntimeException {

    public StackUnreachableException(String message) {
        super(message);
    }
}
