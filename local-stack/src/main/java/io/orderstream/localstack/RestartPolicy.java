package io.orderstream.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the supervisor starts a dead process again: at once the first time, then after a pause that doubles with every
 * restart (up to {@code maxBackoff}); after {@code maxRestarts} restarts within {@code window} it gives up, since a
 * process that keeps dying needs a person (a second {@code up} gives it a fresh start).
 */
record RestartPolicy(int maxRestarts, Duration window, Duration firstBackoff, Duration maxBackoff) {

    static final RestartPolicy DEFAULT = new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(30));

    sealed interface Decision {
    }

    /** Restart it, but not before {@code at}. */
    record RestartAt(Instant at) implements Decision {
    }

    record GiveUp(int restartsInWindow) implements Decision {
    }

    /** @param restarts when it was restarted before, oldest first */
    Decision decide(List<Instant> restarts, Instant now) {
        List<Instant> recent = restarts.stream().filter(at -> at.isAfter(now.minus(window))).toList();
        if (recent.size() >= maxRestarts) {
            return new GiveUp(recent.size());
        }
        if (recent.isEmpty()) {
            return new RestartAt(now);
        }
        Instant due = recent.getLast().plus(backoff(recent.size()));
        return new RestartAt(due.isAfter(now) ? due : now);
    }

    private Duration backoff(int restartsSoFar) {
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(restartsSoFar - 1, 16));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
