package io.orderstream.platform.loop;

import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;

/** Which failures end the loop; every other failure of a transaction aborts it and reads its records again. */
final class LoopFailures {

    private LoopFailures() {
    }

    static boolean endsTheLoop(Throwable failure) {
        return isFencing(failure) || isStopSignal(failure)
                || failure instanceof AuthorizationException
                || failure instanceof AuthenticationException
                || failure instanceof UnsupportedVersionException;
    }

    /** Another producer with the same transactional id took over; the producer may report it wrapped. */
    static boolean isFencing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProducerFencedException) {
                return true;
            }
        }
        return false;
    }

    /** {@link TransactionalLoop#close()} woke the consumer, or the thread was interrupted. */
    static boolean isStopSignal(Throwable failure) {
        return failure instanceof WakeupException || failure instanceof InterruptException;
    }
}
