package io.orderstream.processor.stream;

import io.orderstream.platform.serde.RegistryFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * What becomes of a stream thread that died. A transient failure (the registry or the broker could not answer)
 * replaces the thread, which reads again from the last commit: the processor outlives any outage. Anything else is
 * replaced too, a few times; a failure that keeps coming back ({@link #MAX_OTHER_FAILURES} within
 * {@link #WINDOW}) shuts the client down, so readiness says DOWN instead of a thread failing for ever behind UP.
 * A failure caused by a single input (quarantined by the error handlers, see {@link CurrentInputs}) always replaces
 * the thread and never counts: the new thread dead-letters that input and goes on.
 */
public final class ThreadReplacement implements StreamsUncaughtExceptionHandler {

    static final int MAX_OTHER_FAILURES = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final System.Logger LOG = System.getLogger(ThreadReplacement.class.getName());

    private final CurrentInputs inputs;
    private final Clock clock;
    private final Deque<Instant> otherFailures = new ArrayDeque<>();

    public ThreadReplacement(CurrentInputs inputs) {
        this(inputs, Clock.systemUTC());
    }

    ThreadReplacement(CurrentInputs inputs, Clock clock) {
        this.inputs = inputs;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
        if (RegistryFailures.isTransient(failure)) {
            LOG.log(System.Logger.Level.WARNING, "a stream thread failed transiently; it is replaced", failure);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        if (inputs.anyQuarantined()) {
            LOG.log(System.Logger.Level.WARNING, "a stream thread failed on an input that is now quarantined; it is "
                    + "replaced and the input dead-lettered", failure);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        Instant now = clock.instant();
        otherFailures.addLast(now);
        while (otherFailures.getFirst().isBefore(now.minus(WINDOW))) {
            otherFailures.removeFirst();
        }
        if (otherFailures.size() > MAX_OTHER_FAILURES) {
            LOG.log(System.Logger.Level.ERROR, "stream threads keep failing; the processor stops", failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.log(System.Logger.Level.ERROR, "a stream thread failed; it is replaced", failure);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
