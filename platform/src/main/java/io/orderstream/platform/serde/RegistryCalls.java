package io.orderstream.platform.serde;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call that may reach the schema registry with a time limit. Apicurio's client (kiota over Vert.x) has no
 * timeout of its own: a hung call must cost its caller (a stream thread, a loop, a request) no more than the limit.
 * Each call runs on a virtual thread; one left hanging by the registry costs nothing but its memory.
 */
public final class RegistryCalls {

    private static final ExecutorService CALLS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("registry-call-", 0).factory());

    private final Duration timeout;

    public RegistryCalls(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * The call's result. Its own runtime failure is rethrown as it is; a timeout or an interruption becomes a
     * {@link SchemaRegistryUnavailableException}.
     */
    public <T> T call(String what, Callable<T> call) {
        Future<T> result = CALLS.submit(call);
        try {
            return result.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new SchemaRegistryUnavailableException("the schema registry did not answer within " + timeout
                    + " (" + what + ")", e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new SchemaRegistryUnavailableException("interrupted while waiting for the registry (" + what + ")", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
