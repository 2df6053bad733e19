package io.orderstream.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * When a failed invoice is charged again. After a decline ({@code insufficient_funds}) of dunning attempt {@code n}
 * (0 = the run's charge) the next attempt comes {@code steps[n]} later, under a new key; after the last step it stays
 * {@code ERROR}. After an unknown outcome ({@code network_error}, {@code system_error}) the same charge is asked again
 * {@code unknownOutcomeRetry} later under the same key, until an answer comes: the key cannot charge twice.
 * {@code customer_not_found} and {@code currency_mismatch} are never retried.
 */
public record DunningSchedule(List<Duration> steps, Duration unknownOutcomeRetry) {

    public static final String DEFAULT_STEPS = "P3D,P5D,P7D";
    public static final Duration DEFAULT_UNKNOWN_OUTCOME_RETRY = Duration.ofHours(1);

    public DunningSchedule {
        steps = List.copyOf(steps);
        if (steps.stream().anyMatch(step -> step.isNegative() || step.isZero())
                || !unknownOutcomeRetry.isPositive()) {
            throw new IllegalArgumentException("dunning delays must be positive: " + steps + ", " + unknownOutcomeRetry);
        }
    }

    public static DunningSchedule defaults() {
        return parse(DEFAULT_STEPS, DEFAULT_UNKNOWN_OUTCOME_RETRY);
    }

    /**
     * Steps written as ISO-8601 durations separated by commas ({@code P3D,P5D,P7D}); {@code none} or blank for no
     * dunning.
     *
     * @throws IllegalArgumentException naming the step that is not a duration
     */
    public static DunningSchedule parse(String steps, Duration unknownOutcomeRetry) {
        if (steps == null || steps.isBlank() || steps.strip().equalsIgnoreCase("none")) {
            return new DunningSchedule(List.of(), unknownOutcomeRetry);
        }
        return new DunningSchedule(Arrays.stream(steps.split(",")).map(String::strip).map(DunningSchedule::step)
                .toList(), unknownOutcomeRetry);
    }

    private static Duration step(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration in the dunning schedule: " + text, e);
        }
    }

    /** When an invoice failed for {@code reason} at {@code failedAt} in dunning attempt {@code attempt} is tried again. */
    public Instant nextAttemptAt(FailureReason reason, int attempt, Instant failedAt) {
        return switch (reason) {
            case INSUFFICIENT_FUNDS -> attempt < steps.size() ? failedAt.plus(steps.get(attempt)) : null;
            case NETWORK_ERROR, SYSTEM_ERROR -> failedAt.plus(unknownOutcomeRetry);
            case CUSTOMER_NOT_FOUND, CURRENCY_MISMATCH -> null;
        };
    }
}
