package io.orderstream.platform.loop;

import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How a loop retries a record whose handling failed with a {@link RetryableException}: tier {@code n} (from 1)
 * holds the records that failed {@code n} times, each handled again {@code backoff(n)} after its last failure. After
 * a failure in the last tier the record goes to the dead-letter topic. No tiers: straight to the dead-letter topic.
 *
 * @param backoffs the backoff of each tier, in order
 */
public record RetryTiers(List<Duration> backoffs) {

    /** Comma-separated durations, ISO-8601 or milliseconds ({@code PT1S,PT10S,PT60S}); {@code none} for no tiers. */
    public static final String VARIABLE = "RETRY_BACKOFFS";
    private static final String NONE = "none";

    public RetryTiers {
        backoffs = List.copyOf(backoffs);
        for (Duration backoff : backoffs) {
            if (!backoff.isPositive()) {
                throw new IllegalArgumentException("a retry backoff must be positive, was " + backoff);
            }
        }
    }

    /** 1 s, 10 s, 60 s. */
    public static RetryTiers defaults() {
        return new RetryTiers(List.of(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60)));
    }

    public static RetryTiers none() {
        return new RetryTiers(List.of());
    }

    /** From {@value #VARIABLE}; {@link #defaults()} when unset. */
    public static RetryTiers from(Env env) {
        return env.optional(VARIABLE).map(text -> parse(VARIABLE, text)).orElseGet(RetryTiers::defaults);
    }

    static RetryTiers parse(String variable, String text) {
        if (text.strip().equalsIgnoreCase(NONE)) {
            return none();
        }
        try {
            return new RetryTiers(Arrays.stream(text.split(",")).map(String::strip).map(RetryTiers::duration).toList());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("environment variable " + variable + " has an invalid value '" + text
                    + "': expected durations such as PT1S,PT10S,PT60S, or none", e);
        }
    }

    private static Duration duration(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit)
                ? Duration.ofMillis(Long.parseLong(text))
                : Duration.parse(text);
    }

    public int count() {
        return backoffs.size();
    }

    /** How many times a record is handled at most: once, and once per tier. */
    public int maxAttempts() {
        return count() + 1;
    }

    /** The backoff of tier {@code tier}, from 1. */
    public Duration backoff(int tier) {
        return backoffs.get(tier - 1);
    }
}
