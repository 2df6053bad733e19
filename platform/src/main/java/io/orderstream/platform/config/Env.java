package io.orderstream.platform.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration read from environment variables, each with a default.
 * Every variable a service reads goes through here, so a bad value fails at start-up with its name.
 */
public final class Env {

    private final Map<String, String> variables;

    public Env(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    public Env with(String name, String value) {
        var copy = new java.util.HashMap<>(variables);
        copy.put(name, value);
        return new Env(copy);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(variables.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String string(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    public int integer(String name, int defaultValue) {
        return optional(name).map(value -> parse(name, value, Integer::parseInt)).orElse(defaultValue);
    }

    public long longValue(String name, long defaultValue) {
        return optional(name).map(value -> parse(name, value, Long::parseLong)).orElse(defaultValue);
    }

    public double decimal(String name, double defaultValue) {
        return optional(name).map(value -> parse(name, value, Double::parseDouble)).orElse(defaultValue);
    }

    /** A duration as ISO-8601 ({@code PT5S}) or as whole milliseconds ({@code 5000}). */
    public Duration duration(String name, Duration defaultValue) {
        return optional(name).map(value -> parse(name, value, Env::parseDuration)).orElse(defaultValue);
    }

    private static Duration parseDuration(String value) {
        return value.chars().allMatch(Character::isDigit)
                ? Duration.ofMillis(Long.parseLong(value))
                : Duration.parse(value);
    }

    private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("environment variable " + name + " has an invalid value '" + value + "'", e);
        }
    }
}
