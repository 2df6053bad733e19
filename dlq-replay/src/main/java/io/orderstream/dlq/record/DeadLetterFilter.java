package io.orderstream.dlq.record;

import java.time.Instant;
import java.util.Optional;

/**
 * Which dead letters {@code list} shows.
 *
 * @param failedSince only those that failed (last) at or after this instant; see {@link DeadLetter#failedAt()}
 * @param code        only those whose failure the code names
 */
public record DeadLetterFilter(Optional<Instant> failedSince, Optional<CodeFilter> code) {

    public static DeadLetterFilter none() {
        return new DeadLetterFilter(Optional.empty(), Optional.empty());
    }

    public boolean matches(DeadLetter letter) {
        return failedSince.map(since -> !letter.failedAt().isBefore(since)).orElse(true)
                && code.map(filter -> filter.matches(letter.failure())).orElse(true);
    }
}
